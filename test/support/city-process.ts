import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cityMain = fileURLToPath(new URL('../../services/city/src/main.ts', import.meta.url));

/** A city node running as its own process, as an operator runs it. */
export interface CityProcess {
  pid: number | undefined;
  exited: Promise<number | null>;
  /** The exit code, or null while it runs. */
  exitCode: () => number | null;
  stdout: () => string;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

/** Starts services/city/src/main.ts with only PATH and `env` as its environment. */
export function runCity(env: Record<string, string>): CityProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', cityMain], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    pid: child.pid,
    exited: new Promise((resolve) => child.on('exit', resolve)),
    exitCode: () => child.exitCode,
    stdout: () => stdout,
    stderr: () => stderr,
    kill: (signal) => child.kill(signal),
  };
}

/** Polls `probe` every 100 ms until it returns a value; fails after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The node's base URL, from its "ready" log line (it listens on PORT=0). */
export async function readyUrlOf(run: CityProcess, division: string): Promise<string> {
  const ready = await waitFor(() => {
    if (run.exitCode() !== null) {
      throw new Error(`the node exited with ${run.exitCode()}:\n${run.stderr()}`);
    }
    const line = run
      .stdout()
      .split('\n')
      .find((entry) => entry.includes(`node ${division}`) && entry.includes('ready'));
    return line ? (JSON.parse(line) as { url: string }) : undefined;
  }, 'the ready log line');
  return ready.url.replace(/\/graphql$/, '');
}
