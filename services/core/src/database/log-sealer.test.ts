import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '@city-ops/kernel';
import { startLogSealer } from './log-sealer.js';
import type { LogSealer } from './log-sealer.js';

/** Log lines as the sealer writes them, parsed. */
function recordingLogger() {
  const lines: { level: number; msg: string }[] = [];
  const logger = createLogger('log-sealer-test', 'debug', {
    write: (line) => lines.push(JSON.parse(line) as { level: number; msg: string }),
  });
  return { logger, lines };
}

const INTERVAL_MS = 1_000;
let sealer: LogSealer | undefined;

afterEach(async () => {
  await sealer?.stop();
  sealer = undefined;
  vi.useRealTimers();
});

describe('startLogSealer', () => {
  it('seals batch after batch until one comes back short, once per tick', async () => {
    vi.useFakeTimers();
    const { logger } = recordingLogger();
    const backlog = [3, 3, 1];
    const batches: number[] = [];
    let passes = 0;
    sealer = startLogSealer({
      log: 'the test log',
      logger,
      intervalMs: INTERVAL_MS,
      batchSize: 3,
      sealBatch: async (batchSize) => {
        batches.push(batchSize);
        return backlog.shift() ?? 0;
      },
      onFailure: () => {},
      onPassDone: () => (passes += 1),
    });
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(batches).toEqual([3, 3, 3]);
    expect(passes).toBe(1);
    await vi.advanceTimersByTimeAsync(INTERVAL_MS);
    expect(batches).toEqual([3, 3, 3, 3]);
    expect(passes).toBe(2);
  });

  it('needs no onPassDone: a pass that seals everything without one is no failure', async () => {
    vi.useFakeTimers();
    const { logger, lines } = recordingLogger();
    const failures: unknown[] = [];
    let batches = 0;
    sealer = startLogSealer({
      log: 'the test log',
      logger,
      intervalMs: INTERVAL_MS,
      batchSize: 5,
      sealBatch: async () => {
        batches += 1;
        return 2;
      },
      onFailure: (error) => failures.push(error),
    });
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 2);
    expect(batches).toBe(2);
    expect(failures).toEqual([]);
    expect(lines).toEqual([]);
  });

  it('runs one pass at a time, and stop ends a pass after its current batch', async () => {
    vi.useFakeTimers();
    const { logger } = recordingLogger();
    let release: (() => void) | undefined;
    let batches = 0;
    sealer = startLogSealer({
      log: 'the test log',
      logger,
      intervalMs: INTERVAL_MS,
      batchSize: 10,
      // Always a full batch, each one waiting until released: a backlog that never ends.
      sealBatch: (batchSize) =>
        new Promise((resolve) => {
          batches += 1;
          release = () => resolve(batchSize);
        }),
      onFailure: () => {},
    });
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 3);
    expect(batches).toBe(1);
    const stopped = sealer.stop();
    release?.();
    await stopped;
    expect(batches).toBe(1);
  });

  it('warns about an unavailable database at most once per interval and hands other failures to onFailure', async () => {
    vi.useFakeTimers();
    const { logger, lines } = recordingLogger();
    const failures: unknown[] = [];
    const unavailable = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const broken = new Error('relation does not exist');
    const errors: Error[] = [unavailable, unavailable, broken];
    sealer = startLogSealer({
      log: 'the test log',
      logger,
      intervalMs: INTERVAL_MS,
      batchSize: 10,
      sealBatch: async () => {
        throw errors.shift() ?? broken;
      },
      onFailure: (error) => failures.push(error),
    });
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 3);
    expect(lines.map((line) => line.msg)).toEqual([
      'sealing the test log failed: the database is unavailable; retrying on the next pass',
    ]);
    // The line carries the driver's error, so an operator sees why the database was unreachable.
    expect(lines[0]).toMatchObject({ err: expect.objectContaining({ code: 'ECONNREFUSED' }) });
    expect(failures).toEqual([broken]);
  });
});
