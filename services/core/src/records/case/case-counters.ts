import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../database/tables.js';

/**
 * The case counters of docs/DOMAIN.md "City operations cases" (返工, 延期, 回退) are counted from the history,
 * never stored: each is the number of times one action of the case machine
 * (services/city/src/cases/case-machine.ts) was taken. Only decided outcomes count —
 * a failed verification, an approved extension, an approved return — not requests.
 */
export const CASE_COUNTED_ACTIONS = {
  reworkCount: 'verifyFail',
  extensionCount: 'approveExtension',
  returnCount: 'approveReturn',
} as const;

export type CaseCounters = Record<keyof typeof CASE_COUNTED_ACTIONS, number>;

export const NO_CASE_COUNTS: CaseCounters = { reworkCount: 0, extensionCount: 0, returnCount: 0 };

/** How many times each of `actions` was taken on each case, in one query. */
export async function countCaseHistoryActions(
  db: Kysely<Database> | Transaction<Database>,
  caseIds: readonly string[],
  actions: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  const counts = new Map<string, Map<string, number>>();
  if (caseIds.length === 0 || actions.length === 0) return counts;
  const rows = await db
    .selectFrom('record_history')
    .select(['entity_id', 'action', (eb) => eb.fn.countAll<string>().as('count')])
    .where('entity', '=', 'case_report')
    .where('entity_id', 'in', [...caseIds])
    .where('action', 'in', [...actions])
    .groupBy(['entity_id', 'action'])
    .execute();
  for (const row of rows) {
    const perCase = counts.get(row.entity_id) ?? new Map<string, number>();
    perCase.set(row.action, Number(row.count));
    counts.set(row.entity_id, perCase);
  }
  return counts;
}

/** The counters of each case, read in the caller's (row-scoped) transaction. */
export async function caseCounters(
  db: Kysely<Database> | Transaction<Database>,
  caseIds: readonly string[],
): Promise<Map<string, CaseCounters>> {
  const counted = Object.entries(CASE_COUNTED_ACTIONS) as [keyof CaseCounters, string][];
  const counts = await countCaseHistoryActions(
    db,
    caseIds,
    counted.map(([, action]) => action),
  );
  return new Map(
    caseIds.map((id) => {
      const perCase = counts.get(id);
      const counters = { ...NO_CASE_COUNTS };
      for (const [name, action] of counted) counters[name] = perCase?.get(action) ?? 0;
      return [id, counters];
    }),
  );
}
