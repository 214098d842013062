import type { Kysely } from 'kysely';
import type { Database } from '../database/tables.js';
import { startLogSealer } from '../database/log-sealer.js';
import type { LogSealer } from '../database/log-sealer.js';
import type { Logger } from '@city-ops/kernel';
import { signalChanges } from './change-signal.js';
import { SEAL_BATCH, sealChanges } from './seal-changes.js';

/** How often a node seals its change log whether or not anyone reads its feed. */
export const CHANGE_SEAL_INTERVAL_MS = 1_000;

/**
 * Seals the node's change log every CHANGE_SEAL_INTERVAL_MS, a batch at a time until nothing
 * sealable is left. Without it a feed nobody read for an hour (its consumer down) was sealed
 * by the first read after, in one statement as long as the backlog; with it a returning
 * consumer finds the backlog already in feed positions, and a read seals at most the last
 * second's changes. Long polls are woken when it sealed something. While the database is
 * unavailable every pass fails: one warn line per 10 s says so, as for the audit sealer.
 * Any other failure is logged once, then at debug level until a pass succeeds again.
 */
export function startChangeSealer(
  db: Kysely<Database>,
  logger: Logger,
  intervalMs = CHANGE_SEAL_INTERVAL_MS,
): LogSealer {
  let failing = false;
  return startLogSealer({
    log: 'the change log',
    logger,
    intervalMs,
    batchSize: SEAL_BATCH,
    sealBatch: async (batchSize) => {
      const sealed = await sealChanges(db, batchSize);
      if (sealed > 0) signalChanges(db);
      return sealed;
    },
    onPassDone: () => {
      if (failing) logger.info('sealing the change log works again');
      failing = false;
    },
    onFailure: (error) => {
      (failing ? logger.debug : logger.warn).call(
        logger,
        { err: (error as Error).message },
        'sealing the change log failed; retrying on the next pass',
      );
      failing = true;
    },
  });
}
