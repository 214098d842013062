import { narrowerScope } from '@city-ops/schema';
import { inScope } from '../database/scoped-transaction.js';
import type { RecordTable } from './record-kind.js';
import { batchPerRequest } from './request-batch.js';

/** One transition of a record (HistoryEntry in the SDL). */
export interface HistoryEntryView {
  action: string;
  fromState: string | null;
  toState: string;
  actor: string;
  at: string;
  comment: string | null;
}

/** The transitions of the records a request shows, oldest first: one query for a whole page. */
export const recordHistory = batchPerRequest<
  { table: RecordTable; id: string },
  HistoryEntryView[]
>(async (context, keys) => {
  const found = new Map<{ table: RecordTable; id: string }, HistoryEntryView[]>();
  // The caller's own division here, not the record's: the record was shown to them
  // (a mutation's answer included), and its history is read no wider than they sit.
  const division = narrowerScope(context.principal.division, context.node.division);
  for (const table of new Set(keys.map((key) => key.table))) {
    const ofTable = keys.filter((key) => key.table === table);
    if (!division) continue;
    const rows = await inScope(context.node.db, { division }, (trx) =>
      trx
        .selectFrom('record_history')
        .selectAll()
        .where('entity', '=', table)
        .where(
          'entity_id',
          'in',
          ofTable.map((key) => key.id),
        )
        .orderBy('id')
        .execute(),
    );
    for (const key of ofTable) {
      found.set(
        key,
        rows
          .filter((entry) => entry.entity_id === key.id)
          .map((entry) => ({
            action: entry.action,
            fromState: entry.from_state,
            toState: entry.to_state,
            actor: entry.actor_username,
            at: entry.at.toISOString(),
            comment: entry.comment,
          })),
      );
    }
  }
  return found;
});
