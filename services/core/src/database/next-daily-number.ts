import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.js';

/**
 * The next number of a series read by people: `prefix`, the local day (yyyymmdd) and
 * the next value of `sequence` in six digits. The sequence never restarts, so a
 * number is unique without the day; the day tells a reader when it was given.
 */
export async function nextDailyNumber(
  db: Kysely<Database> | Transaction<Database>,
  sequence: string,
  prefix: string,
  localDate: string,
): Promise<string> {
  const { rows } = await sql<{ value: string }>`
    SELECT nextval(${sequence}::regclass)::text AS value`.execute(db);
  const value = (rows[0]?.value ?? '0').padStart(6, '0');
  return `${prefix}${localDate.replaceAll('-', '')}${value}`;
}
