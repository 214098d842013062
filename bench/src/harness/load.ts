import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LoadSpec } from './load-spec.js';
import type { LoadResult } from './result.js';

const workerPath = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
// The worker is TypeScript; load it through tsx's loader, found from this package.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

type WorkerAnswer = { ok: true; result: LoadResult } | { ok: false; error: string };

/** Runs one load in a separate process (its own event loop and core), bounded in time. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const limitMs = (spec.warmupSeconds + spec.durationSeconds) * 1000 + 60_000;
  return new Promise((resolve, reject) => {
    const child = fork(workerPath, [], {
      execArgv: ['--import', tsxLoader],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    const finish = (error: Error | undefined, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill('SIGKILL');
      if (error) reject(error);
      else resolve(result as LoadResult);
    };
    const timer = setTimeout(
      () => finish(new Error(`the load process did not finish within ${limitMs / 1000} s`)),
      limitMs,
    );
    child.once('message', (answer: WorkerAnswer) =>
      answer.ok ? finish(undefined, answer.result) : finish(new Error(answer.error)),
    );
    child.once('error', (error) => finish(error));
    child.once('exit', (code) =>
      finish(new Error(`the load process exited with code ${code} before answering`)),
    );
    child.send(spec);
  });
}
