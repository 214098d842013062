import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { NATIONAL_CODE } from '@city-ops/schema';
import type { Database } from './tables.js';

/** Which rows a transaction may reach; row-level security enforces it in the database. */
export interface RowScope {
  /** Every division code inside this one (DOMAIN §2). */
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
 */
export async function inScope<T>(
  db: Kysely<Database>,
  scope: RowScope,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  const [low, high] = divisionRange(scope.division);
  return db.transaction().execute(async (trx) => {
    await sql`
      SELECT set_config('role', 'city_ops_app', true),
             set_config('city_ops.division_low', ${low}, true),
             set_config('city_ops.division_high', ${high}, true),
             set_config('city_ops.unit', ${scope.unit ?? ''}, true),
             set_config('city_ops.grid', ${scope.grid ?? ''}, true)`.execute(trx);
    return work(trx);
  });
}
