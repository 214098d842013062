import { sql } from 'kysely';

/**
 * The row-level-security test every division-scoped policy applies: the row's division
 * lies in the range the transaction set with set_config (unset settings hide every row).
 * Read through scalar subqueries so the planner evaluates each setting once per statement.
 *
 * Landed migrations send this text: it must never change (migration-sql.test.ts checks
 * every migration's statements); a different scope test belongs in a new migration.
 */
export const inDivisionRangeText = `
  division >= (SELECT current_setting('city_ops.division_low', true))
  AND division < (SELECT current_setting('city_ops.division_high', true))`;

export const inDivisionRange = sql.raw(inDivisionRangeText);
