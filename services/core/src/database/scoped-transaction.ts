import { signalChanges } from '../sync/change-signal.js';
import { NATIONAL_CODE } from '@city-ops/schema';
import { literal, withNextStatement } from './coalescing-pool.js';
import type { Database } from './tables.js';
import type { Kysely, Transaction } from 'kysely';

/** Which rows a transaction may reach; row-level security enforces it in the database. */
export interface RowScope {
  /** Every division code inside this one (docs/DOMAIN.md "Division codes"). */
  division: string;
  /** Only records assigned to this handling unit. */
  unit?: string | undefined;
  /** Only records in this grid cell. */
  grid?: string | undefined;
}

/**
 * The C-collated range [low, high) of division codes inside `division`: the codes
 * that start with its significant prefix (national: all). ':' sorts right after '9'.
 */
export function divisionRange(division: string): [string, string] {
  if (division === NATIONAL_CODE) return ['', ':'];
  const prefix = division.endsWith('0000')
    ? division.slice(0, 2)
    : division.endsWith('00')
      ? division.slice(0, 4)
      : division;
  return [prefix, `${prefix}:`];
}

/**
 * Runs `work` in a transaction as the `city_ops_app` role, with the row-level
 * security settings for `scope` (SET LOCAL semantics: they end with the
 * transaction). Every request's database work goes through here, so a resolver
 * that forgets a WHERE clause still cannot see or write another scope's rows.
 * The settings travel with BEGIN in front of the work's first statement (one round
 * trip, see coalescing-pool.ts), so they are sent as quoted literals, not parameters.
 */
export async function inScope<T>(
  db: Kysely<Database>,
  scope: RowScope,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const [low, high] = divisionRange(scope.division);
  const result = await db.transaction().execute(async (trx) => {
    await withNextStatement(
      trx,
      `SELECT set_config('role', 'city_ops_app', true),
             set_config('city_ops.division_low', ${literal(low)}, true),
             set_config('city_ops.division_high', ${literal(high)}, true),
             set_config('city_ops.unit', ${literal(scope.unit ?? '')}, true),
             set_config('city_ops.grid', ${literal(scope.grid ?? '')}, true)`,
    );
    return work(trx);
  });
  // A long poll of this node's change feed may be waiting for what was just committed.
  signalChanges(db);
  return result;
}
