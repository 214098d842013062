import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import type { Database } from './tables.js';

/** Planner settings a statement may need turned off (PostgreSQL's `enable_*` switches, and JIT). */
export type PlannerSetting =
  | 'enable_bitmapscan'
  | 'enable_sort'
  | 'enable_seqscan'
  | 'enable_hashjoin'
  | 'enable_mergejoin'
  | 'jit';

/**
 * Runs `work` with planner switches turned off for this transaction, then puts them back.
 *
 * Why: row-level security bounds every record query by the request's division range,
 * read from settings the planner cannot see while planning. It then takes the range for
 * a 0.5 % slice of the table, so for a query wanting the first rows of a long ordered
 * index walk it prefers to gather everything the range matches and sort it — at 10 M
 * tickets, 5.6 M index entries for one city instead of a few thousand rows. A caller
 * that knows its statement should walk an index in order turns the alternatives off —
 * and JIT too: a switched-off path costs 10^10 in the planner's eyes, which would make it
 * compile every such statement (370 ms at 10 M tickets) to run one that takes 20 ms.
 * A failed `work` leaves the transaction to roll back, which undoes the settings too.
 */
export async function withPlannerSwitchesOff<T>(
  trx: Transaction<Database>,
  switches: readonly PlannerSetting[],
  work: () => Promise<T>,
): Promise<T> {
  const { rows } = await sql<{ name: string; setting: string }>`
    SELECT name, setting FROM pg_settings WHERE name = ANY(${[...switches]}::text[])`.execute(trx);
  await sql`SELECT set_config(name, 'off', true) FROM unnest(${[...switches]}::text[]) AS s(name)`.execute(
    trx,
  );
  const result = await work();
  await sql`
    SELECT set_config(name, setting, true)
    FROM unnest(${rows.map((row) => row.name)}::text[], ${rows.map((row) => row.setting)}::text[])
      AS s(name, setting)`.execute(trx);
  return result;
}
