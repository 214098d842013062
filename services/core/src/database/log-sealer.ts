import type { Logger } from '@city-ops/kernel';
import { rateLimitedWarn } from '@city-ops/kernel';
import { isTransientDatabaseError } from './transient-database-error.js';

export interface LogSealer {
  /** Stops the timer; resolves once a pass under way has finished its current batch. */
  stop(): Promise<void>;
}

export interface LogSealerOptions {
  /** The log it seals, as its log lines name it: 'the audit log'. */
  log: string;
  logger: Logger;
  intervalMs: number;
  /** The most a batch seals: a backlog takes several batches, so no statement grows with it. */
  batchSize: number;
  /** Seals at most `batchSize` entries; resolves to how many it sealed. */
  sealBatch: (batchSize: number) => Promise<number>;
  /** A pass failed otherwise than by the database being unavailable. */
  onFailure: (error: unknown) => void;
  /** A pass sealed everything it could. */
  onPassDone?: () => void;
}

/**
 * Seals a log that writers append to without waiting for each other (the audit chain,
 * the change feed's positions) every `intervalMs`, batch after batch until a batch
 * comes back short. One pass at a time: a tick that finds the last one still running
 * skips. While the database is unavailable every pass fails: one warn line per 10 s
 * says so; other failures go to `onFailure`. Either way the next tick tries again.
 */
export function startLogSealer(options: LogSealerOptions): LogSealer {
  const { log, logger, batchSize } = options;
  let running: Promise<void> | undefined;
  let stopped = false;
  const warn = rateLimitedWarn(logger);
  const pass = () => {
    if (running || stopped) return;
    running = (async () => {
      try {
        let sealed: number;
        do sealed = await options.sealBatch(batchSize);
        while (sealed === batchSize && !stopped);
        options.onPassDone?.();
      } catch (error) {
        if (isTransientDatabaseError(error)) {
          warn(
            // Stryker disable next-line StringLiteral: the key only names a rate-limit window of this sealer's own limiter, which warns under no other key
            'database',
            { err: error },
            `sealing ${log} failed: the database is unavailable; retrying on the next pass`,
          );
        } else {
          options.onFailure(error);
        }
      } finally {
        running = undefined;
      }
    })();
  };
  const timer = setInterval(pass, options.intervalMs);
  timer.unref();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
