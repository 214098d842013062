import type { Kysely, Transaction } from 'kysely';
import { CASE_COUNTED_ACTIONS, countCaseHistoryActions } from '../records/case/case-counters.js';
import type { Database } from '../database/tables.js';
import type { RecordTable } from '../records/record-kind.js';
import type { ReplicaRow } from './rollup-contributions.js';

/**
 * What `rollupContributions` needs that a record's row does not hold: a case's
 * rework count (返工), which is counted from its history and never stored
 * (cases/case-counters.ts). A city reads its own history; a province reads the
 * history entries it replicates from the city — the same entries, so both count the
 * same. Only closed cases need it (返工率 counts closures), so only they are looked up.
 *
 * Why a province may read the count at apply time: a failed verification moves the
 * case to REWORK, never to a closed state, and its history entry follows that
 * version in the feed, before any later version. So the count a closed version is
 * applied with is final, and the old and new contributions of one change never see
 * different counts while the case is closed.
 */
export async function withRollupFacts(
  db: Kysely<Database> | Transaction<Database>,
  entity: RecordTable,
  rows: ReplicaRow[],
): Promise<ReplicaRow[]> {
  if (entity !== 'case_report') return rows;
  const closed = [
    ...new Set(rows.filter((row) => row['closed_at'] != null).map((row) => String(row['id']))),
  ];
  if (closed.length === 0) return rows;
  const action = CASE_COUNTED_ACTIONS.reworkCount;
  const counts = await countCaseHistoryActions(db, closed, [action]);
  return rows.map((row) =>
    row['closed_at'] == null
      ? row
      : { ...row, rework_count: counts.get(String(row['id']))?.get(action) ?? 0 },
  );
}
