import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { waitForQuietMachine, watchCpu } from './cpu-watch.js';
import type { LoadSpec } from './load-spec.js';
import { recordProfileWindow } from './profile-windows.js';
import type { LoadResult } from './result.js';

const workerPath = fileURLToPath(new URL('./load-worker.ts', import.meta.url));
// The worker is TypeScript; load it through tsx's loader, found from this package.
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

type WorkerMessage =
  { ok: true; result: LoadResult } | { ok: false; error: string } | { phase: 'measure' };

/**
 * Runs one load in a separate process (its own event loop and core), bounded in time.
 * `label` names the measured window in a profile (see profile-windows.ts); `onMeasure` is
 * called when the measured window starts (after the warm-up), for samplers of the run.
 */
export async function runLoad(
  spec: LoadSpec,
  label: string,
  quietWaitSeconds: number,
  onMeasure?: () => void,
): Promise<LoadResult> {
  const waited = quietWaitSeconds > 0 ? await waitForQuietMachine(quietWaitSeconds) : 0;
  if (waited > 1.5)
    process.stderr.write(`    (waited ${waited} s for other processes to quieten)\n`);
  const limitMs =
    'durationSeconds' in spec
      ? (spec.warmupSeconds + spec.durationSeconds) * 1000 + 60_000
      : // A batch insert runs until its rows are written.
        15 * 60_000;
  const cpu = watchCpu();
  return new Promise<LoadResult>((resolve, reject) => {
    const child = fork(workerPath, [], {
      execArgv: ['--import', tsxLoader],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let settled = false;
    let measuredFrom: bigint | undefined;
    const finish = (error: Error | undefined, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        if (child.exitCode === null) child.kill('SIGKILL');
        reject(error);
      } else {
        // The window closes before the CPU accounting reads /proc, which is not load.
        if (measuredFrom !== undefined) {
          recordProfileWindow(label, measuredFrom, process.hrtime.bigint());
        }
        const share = cpu.stop();
        resolve({ ...(result as LoadResult), ...(share ? { cpu: share } : {}) });
      }
    };
    const timer = setTimeout(
      () => finish(new Error(`the load process did not finish within ${limitMs / 1000} s`)),
      limitMs,
    );
    child.on('message', (message: WorkerMessage) => {
      if ('phase' in message) {
        measuredFrom = process.hrtime.bigint();
        onMeasure?.();
      } else if (message.ok) finish(undefined, message.result);
      else finish(new Error(message.error));
    });
    child.once('error', (error) => finish(error));
    child.once('exit', (code) =>
      finish(new Error(`the load process exited with code ${code} before answering`)),
    );
    child.send(spec);
  });
}
