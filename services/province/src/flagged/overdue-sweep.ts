import type { BackgroundWork, NodeRuntime } from '@city-ops/core';
import { publishNewlyOverdue } from './flagged-records.js';

/** How often a province passes up replicas that became overdue with time, not with a change. */
export const OVERDUE_SWEEP_MS = 60_000;

export function startOverdueSweep(runtime: NodeRuntime, every = OVERDUE_SWEEP_MS): BackgroundWork {
  const sweeper = setInterval(() => {
    publishNewlyOverdue(runtime.db, new Date()).catch((error: unknown) =>
      runtime.logger.warn({ err: error }, 'overdue sweep failed'),
    );
  }, every);
  sweeper.unref();
  return {
    stop: () => {
      clearInterval(sweeper);
      return Promise.resolve();
    },
  };
}
