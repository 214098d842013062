import { readFile, readdir } from 'node:fs/promises';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProfileWindow } from './harness/profile-windows.js';

/** The parts of a V8 .cpuprofile (what `node --cpu-prof` writes) this summary reads. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    positionTicks?: { line: number; ticks: number }[];
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotSpot {
  selfMs: number;
  /** Of the window's non-idle time. */
  percent: number;
  functionName: string;
  /** repo-relative `file:line` (TypeScript lines for our code), or a V8 pseudo-frame. */
  location: string;
  /** The line with the most ticks inside the function, when V8 recorded line ticks. */
  hottestLine?: string;
  ours: boolean;
  /** For library frames: the nearest frame of our code above it (the call site to change). */
  viaOurs?: string;
}

export interface WindowSummary {
  label: string;
  seconds: number;
  busyMs: number;
  idleMs: number;
  hotSpots: HotSpot[];
  /** The same ranking restricted to frames of our own code. */
  ourHotSpots: HotSpot[];
  /** Self time by package (`our code`, `graphql`, `pg`, …), for where-to-look decisions. */
  byPackage: { name: string; selfMs: number; percent: number }[];
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

function relative(url: string): string {
  const file = url.startsWith('file://') ? fileURLToPath(url) : url;
  return file.startsWith(repositoryRoot) ? file.slice(repositoryRoot.length) : file;
}

/** Where self time goes, coarse enough to decide what to change. */
function packageOf(url: string, functionName = ''): string {
  if (!url) {
    // Native frames: the socket writes (pg to PostgreSQL, fetch to nodes) show up as these.
    if (
      functionName === 'writev' ||
      functionName === 'writeBuffer' ||
      functionName === 'writeUtf8String'
    )
      return 'socket writes (native)';
    return functionName || '(V8/native)';
  }
  if (url.startsWith('wasm://')) return 'wasm (undici llhttp parser)';
  if (url.startsWith('node:internal/deps/undici')) return 'undici (fetch)';
  if (/^node:(_http|http|internal\/http)/.test(url)) return 'node http';
  if (/^node:(net|internal\/stream_base_commons|internal\/streams|stream)/.test(url))
    return 'node streams/sockets';
  if (/^node:internal\/(per_context\/domexception|abort_controller|event_target)/.test(url))
    return 'AbortSignal/DOMException';
  if (url.startsWith('node:')) return 'node internals (other)';
  const file = relative(url);
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (match?.[1]) return match[1];
  return url.startsWith('file://') && !file.startsWith('/') ? 'our code' : file;
}

class Locator {
  private readonly maps = new Map<string, SourceMap>();
  constructor(payloads: Record<string, unknown>) {
    for (const [url, payload] of Object.entries(payloads)) {
      this.maps.set(url, new SourceMap(payload as ConstructorParameters<typeof SourceMap>[0]));
    }
  }

  /**
   * 0-based generated position → `file:line` (1-based), through tsx's source map when there is
   * one. Without a column (a line tick), the line's last mapping stands for the whole line.
   */
  isMapped(url: string): boolean {
    return this.maps.has(url);
  }

  locate(url: string, line: number, column?: number): string {
    const map = this.maps.get(url);
    if (map) {
      for (const at of column === undefined ? [100_000] : [column, 100_000]) {
        const entry = map.findEntry(line, at) as { generatedLine?: number; originalLine?: number };
        if (entry.originalLine !== undefined && entry.generatedLine === line) {
          return `${relative(url)}:${entry.originalLine + 1}`;
        }
      }
      // No mapping on that generated line: say so rather than print a wrong TypeScript line.
      return `${relative(url)}:(generated line ${line + 1})`;
    }
    return `${relative(url)}:${line + 1}`;
  }
}

/** Self time per function inside one window of the profile. */
export function summarizeWindow(
  profile: CpuProfile,
  window: ProfileWindow,
  locator: Locator,
  top: number,
): WindowSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  }
  const isOurs = (id: number) => packageOf(byId.get(id)?.callFrame.url ?? '') === 'our code';
  const nearestOurs = (id: number): number | undefined => {
    for (let current = parentOf.get(id); current !== undefined; current = parentOf.get(current)) {
      if (isOurs(current)) return current;
    }
    return undefined;
  };
  const self = new Map<number, number>();
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index++) {
    time += profile.timeDeltas[index] ?? 0;
    // A sample stands for the time until the next one.
    const duration = profile.timeDeltas[index + 1] ?? 0;
    if (time < window.startUs || time > window.endUs) continue;
    const id = profile.samples[index] ?? -1;
    self.set(id, (self.get(id) ?? 0) + duration);
  }

  const functions = new Map<string, { selfUs: number; nodeIds: number[] }>();
  let idleUs = 0;
  let busyUs = 0;
  const packages = new Map<string, number>();
  for (const [id, micros] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleUs += micros;
      continue;
    }
    busyUs += micros;
    const key = `${functionName}|${url}|${lineNumber}|${columnNumber}`;
    const entry = functions.get(key) ?? { selfUs: 0, nodeIds: [] };
    entry.selfUs += micros;
    entry.nodeIds.push(id);
    functions.set(key, entry);
    const name = packageOf(url, functionName);
    packages.set(name, (packages.get(name) ?? 0) + micros);
  }

  const describe = ({ selfUs, nodeIds }: { selfUs: number; nodeIds: number[] }): HotSpot => {
    const node = byId.get(nodeIds[0] ?? -1);
    const frame = node?.callFrame ?? { functionName: '?', url: '', lineNumber: 0, columnNumber: 0 };
    const ticks = new Map<number, number>();
    const callers = new Map<string, number>();
    for (const id of nodeIds) {
      for (const { line, ticks: count } of byId.get(id)?.positionTicks ?? []) {
        ticks.set(line, (ticks.get(line) ?? 0) + count);
      }
      const caller = nearestOurs(id);
      const callerFrame = caller === undefined ? undefined : byId.get(caller)?.callFrame;
      if (callerFrame) {
        const where = `${callerFrame.functionName || '(anonymous)'} ${locator.locate(callerFrame.url, callerFrame.lineNumber, callerFrame.columnNumber)}`;
        callers.set(where, (callers.get(where) ?? 0) + (self.get(id) ?? 0));
      }
    }
    const hottest = [...ticks].sort((a, b) => b[1] - a[1])[0];
    const ours = packageOf(frame.url) === 'our code';
    const via = [...callers].sort((a, b) => b[1] - a[1])[0];
    return {
      selfMs: Math.round(selfUs / 100) / 10,
      percent: busyUs > 0 ? Math.round((selfUs / busyUs) * 1000) / 10 : 0,
      functionName: frame.functionName || '(anonymous)',
      location: frame.url
        ? locator.locate(frame.url, frame.lineNumber, frame.columnNumber)
        : frame.functionName,
      // tsx emits each module on one line, so line ticks say nothing inside our TypeScript.
      ...(hottest && frame.url && !locator.isMapped(frame.url)
        ? { hottestLine: locator.locate(frame.url, hottest[0] - 1) }
        : {}),
      ours,
      ...(!ours && via ? { viaOurs: via[0] } : {}),
    };
  };
  const ranked = [...functions.values()].sort((a, b) => b.selfUs - a.selfUs);
  const hotSpots = ranked.slice(0, top).map(describe);
  const ourHotSpots = ranked
    .filter(({ nodeIds }) => isOurs(nodeIds[0] ?? -1))
    .slice(0, top)
    .map(describe);

  return {
    label: window.label,
    seconds: Math.round((window.endUs - window.startUs) / 1e5) / 10,
    busyMs: Math.round(busyUs / 1000),
    idleMs: Math.round(idleUs / 1000),
    hotSpots,
    ourHotSpots,
    byPackage: [...packages]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, micros]) => ({
        name,
        selfMs: Math.round(micros / 1000),
        percent: busyUs > 0 ? Math.round((micros / busyUs) * 1000) / 10 : 0,
      })),
  };
}

/** Reads the .cpuprofile, windows.json and sourcemaps.json that a profiled run left in `directory`. */
export async function summarizeProfileDirectory(
  directory: string,
  top = 10,
): Promise<WindowSummary[]> {
  // --cpu-prof writes one file per thread (CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile);
  // the servers run on the main thread, 0.
  const files = (await readdir(directory)).filter((name) => name.endsWith('.cpuprofile'));
  const profileFile = files.find((name) => /\.\d+\.0\.\d+\.cpuprofile$/.test(name)) ?? files[0];
  if (!profileFile) throw new Error(`no .cpuprofile in ${directory}`);
  const profile = JSON.parse(
    await readFile(path.join(directory, profileFile), 'utf8'),
  ) as CpuProfile;
  const windows = JSON.parse(
    await readFile(path.join(directory, 'windows.json'), 'utf8'),
  ) as ProfileWindow[];
  const locator = new Locator(
    JSON.parse(await readFile(path.join(directory, 'sourcemaps.json'), 'utf8')) as Record<
      string,
      unknown
    >,
  );
  return windows.map((window) => summarizeWindow(profile, window, locator, top));
}

export function renderSummaries(
  scenario: string,
  command: string,
  summaries: WindowSummary[],
): string {
  const lines = [
    `# CPU profile: ${scenario}`,
    '',
    `Command: \`${command}\`. Self time of the harness process (identity issuer, nodes and gateway) inside each variant's measured window; the load generator and PostgreSQL are other processes and not in it. TypeScript locations are mapped through tsx's source maps.`,
  ];
  for (const summary of summaries) {
    lines.push(
      '',
      `## ${summary.label}`,
      '',
      `${summary.seconds} s window: ${summary.busyMs} ms busy, ${summary.idleMs} ms idle.`,
      '',
      '| self ms | % of busy | function | where | hottest line | reached from our code at |',
      '| --- | --- | --- | --- | --- | --- |',
      ...summary.hotSpots.map(
        (spot) =>
          `| ${spot.selfMs} | ${spot.percent} | ${spot.ours ? '**' : ''}${spot.functionName}${spot.ours ? '**' : ''} | ${spot.location} | ${spot.hottestLine ?? ''} | ${spot.viaOurs ?? ''} |`,
      ),
      '',
      'Our own code only:',
      '',
      '| self ms | % of busy | function | where |',
      '| --- | --- | --- | --- |',
      ...summary.ourHotSpots.map(
        (spot) => `| ${spot.selfMs} | ${spot.percent} | ${spot.functionName} | ${spot.location} |`,
      ),
      '',
      `By package: ${summary.byPackage.map((entry) => `${entry.name} ${entry.percent}%`).join(', ')}.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
