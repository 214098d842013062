import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { findSourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Profiling support for `pnpm bench profile`: the harness runs under `node --cpu-prof`, which
 * profiles the whole process (start-up and seeding included). These records let the summary
 * cut the profile to each variant's measured window, and map TypeScript positions back to
 * source lines with the very source maps tsx produced in this process.
 */
export interface ProfileWindow {
  label: string;
  /** Microseconds on the monotonic clock V8's profiler also uses (CLOCK_MONOTONIC). */
  startUs: number;
  endUs: number;
}

const windows: ProfileWindow[] = [];
const profileDirectory = process.env['BENCH_PROFILE_DIR'];

export function recordProfileWindow(label: string, start: bigint, end: bigint): void {
  if (!profileDirectory) return;
  windows.push({ label, startUs: Number(start / 1000n), endUs: Number(end / 1000n) });
}

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_FOLDERS = ['services', 'gateway', 'schema', 'migrations', 'bench', 'test'];

function typeScriptFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Writes windows.json and sourcemaps.json into BENCH_PROFILE_DIR; a no-op otherwise. */
export function saveProfileSupport(): void {
  if (!profileDirectory) return;
  const maps: Record<string, unknown> = {};
  for (const folder of SOURCE_FOLDERS) {
    for (const file of typeScriptFiles(path.join(repositoryRoot, folder))) {
      const url = pathToFileURL(file).href;
      // Only modules this process loaded have a map; ESM ones are keyed by URL.
      const map = findSourceMap(url) ?? findSourceMap(file);
      if (map) maps[url] = map.payload;
    }
  }
  writeFileSync(path.join(profileDirectory, 'windows.json'), JSON.stringify(windows, null, 2));
  writeFileSync(path.join(profileDirectory, 'sourcemaps.json'), JSON.stringify(maps));
}
