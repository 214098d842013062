import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { planOf } from '../database/explain-plan.js';
import type { PlanNode } from '../database/explain-plan.js';
import { withPlannerSwitchesOff } from '../database/planner-settings.js';
import type { PlannerSetting } from '../database/planner-settings.js';
import type { Database } from '../database/tables.js';

/** One page of a feed: the reader's entries after `after` up to `head`, at most `limit`. */
export interface FeedPageRequest {
  after: string;
  head: string;
  entities: readonly string[];
  /** A child's account: only entries about its division or a division containing it. */
  child?: string | undefined;
  limit: number;
}

/**
 * A page walks the position index from `after` and stops after `limit` entries. Left to the
 * statistics, a change log last analysed before a backlog was sealed looks as if few
 * positions lay between `after` and `head`, and the planner gathered all of them to sort
 * them for every page (36 000 rows for a page of 500): a drain cost the square of its
 * backlog. With these off, only the ordered walk is left.
 */
const PAGE_SWITCHES: readonly PlannerSetting[] = [
  'enable_seqscan',
  'enable_bitmapscan',
  'enable_sort',
  'jit',
];

function pageQuery(trx: Transaction<Database>, request: FeedPageRequest) {
  let query = trx
    .selectFrom('change_log')
    .select([
      'position',
      'entity',
      'entity_id',
      'version',
      'operation',
      'schema_version',
      'division',
      'created_at',
      sql<string>`payload::text`.as('payload'),
    ])
    .where('position', '>', request.after)
    .where('position', '<=', request.head)
    .where('entity', 'in', request.entities)
    .orderBy('position')
    .limit(request.limit);
  if (request.child) {
    const child = request.child;
    query = query.where(
      sql<boolean>`(starts_with(division, division_prefix(${child})) OR starts_with(${child}, division_prefix(division)))`,
    );
  }
  return query;
}

/** The page's rows, oldest first, read with the plan fixed to the ordered index walk. */
export async function readFeedPage(db: Kysely<Database>, request: FeedPageRequest) {
  return db
    .transaction()
    .execute((trx) =>
      withPlannerSwitchesOff(trx, PAGE_SWITCHES, () => pageQuery(trx, request).execute()),
    );
}

/** EXPLAIN ANALYZE of a page read exactly as readFeedPage reads it. */
export async function explainFeedPage(
  db: Kysely<Database>,
  request: FeedPageRequest,
): Promise<PlanNode> {
  const rows = await db
    .transaction()
    .execute((trx) =>
      withPlannerSwitchesOff(trx, PAGE_SWITCHES, () =>
        pageQuery(trx, request).explain('json', sql`analyze, timing off`),
      ),
    );
  return planOf(rows[0]);
}
