import { sql } from 'kysely';
import type { Kysely } from 'kysely';

/**
 * The working calendar: the days on which the Monday–Friday working week does not
 * hold, per the State Council's yearly holiday notice (国务院办公厅关于节假日安排的通知).
 * - `holiday`: every official day off of a holiday period, weekends inside it
 *   included. Only the weekday ones change the arithmetic, but listing the whole
 *   period keeps the table a faithful copy of the notice and lets the calendar show
 *   each period in full.
 * - `workday`: a make-up working day (调休上班) that falls on a weekend.
 * Deadlines (services/core/src/calendar) count working days and hours over it.
 * Administrators keep it current as each year's notice comes out (setCalendarDay),
 * so rows carry who last changed them. A year with no rows is a plain Mon–Fri year.
 *
 * The seed is literal data, not read from a package at migration time, so this
 * migration never changes after it lands. It was generated once from the npm
 * package `chinese-days` 1.5.7 (dist/years/2025.json and 2026.json: `holidays`
 * and `workdays`; `inLieuDays` are holidays already listed);
 * working-calendar-seed.test.ts checks it still agrees.
 */
export const WORKING_CALENDAR_SEED: readonly (readonly [
  day: string,
  kind: 'holiday' | 'workday',
  name: string,
])[] = [
  ['2025-01-01', 'holiday', '元旦'], // Wed
  ['2025-01-26', 'workday', '春节调休上班'], // Sun
  ['2025-01-28', 'holiday', '春节'], // Tue
  ['2025-01-29', 'holiday', '春节'], // Wed
  ['2025-01-30', 'holiday', '春节'], // Thu
  ['2025-01-31', 'holiday', '春节'], // Fri
  ['2025-02-01', 'holiday', '春节'], // Sat
  ['2025-02-02', 'holiday', '春节'], // Sun
  ['2025-02-03', 'holiday', '春节'], // Mon
  ['2025-02-04', 'holiday', '春节'], // Tue
  ['2025-02-08', 'workday', '春节调休上班'], // Sat
  ['2025-04-04', 'holiday', '清明'], // Fri
  ['2025-04-05', 'holiday', '清明'], // Sat
  ['2025-04-06', 'holiday', '清明'], // Sun
  ['2025-04-27', 'workday', '劳动节调休上班'], // Sun
  ['2025-05-01', 'holiday', '劳动节'], // Thu
  ['2025-05-02', 'holiday', '劳动节'], // Fri
  ['2025-05-03', 'holiday', '劳动节'], // Sat
  ['2025-05-04', 'holiday', '劳动节'], // Sun
  ['2025-05-05', 'holiday', '劳动节'], // Mon
  ['2025-05-31', 'holiday', '端午'], // Sat
  ['2025-06-01', 'holiday', '端午'], // Sun
  ['2025-06-02', 'holiday', '端午'], // Mon
  ['2025-09-28', 'workday', '国庆节调休上班'], // Sun
  ['2025-10-01', 'holiday', '国庆节'], // Wed
  ['2025-10-02', 'holiday', '国庆节'], // Thu
  ['2025-10-03', 'holiday', '国庆节'], // Fri
  ['2025-10-04', 'holiday', '国庆节'], // Sat
  ['2025-10-05', 'holiday', '国庆节'], // Sun
  ['2025-10-06', 'holiday', '中秋'], // Mon
  ['2025-10-07', 'holiday', '国庆节'], // Tue
  ['2025-10-08', 'holiday', '国庆节'], // Wed
  ['2025-10-11', 'workday', '国庆节调休上班'], // Sat
  ['2026-01-01', 'holiday', '元旦'], // Thu
  ['2026-01-02', 'holiday', '元旦'], // Fri
  ['2026-01-03', 'holiday', '元旦'], // Sat
  ['2026-01-04', 'workday', '元旦调休上班'], // Sun
  ['2026-02-14', 'workday', '春节调休上班'], // Sat
  ['2026-02-15', 'holiday', '春节'], // Sun
  ['2026-02-16', 'holiday', '春节'], // Mon
  ['2026-02-17', 'holiday', '春节'], // Tue
  ['2026-02-18', 'holiday', '春节'], // Wed
  ['2026-02-19', 'holiday', '春节'], // Thu
  ['2026-02-20', 'holiday', '春节'], // Fri
  ['2026-02-21', 'holiday', '春节'], // Sat
  ['2026-02-22', 'holiday', '春节'], // Sun
  ['2026-02-23', 'holiday', '春节'], // Mon
  ['2026-02-28', 'workday', '春节调休上班'], // Sat
  ['2026-04-04', 'holiday', '清明'], // Sat
  ['2026-04-05', 'holiday', '清明'], // Sun
  ['2026-04-06', 'holiday', '清明'], // Mon
  ['2026-05-01', 'holiday', '劳动节'], // Fri
  ['2026-05-02', 'holiday', '劳动节'], // Sat
  ['2026-05-03', 'holiday', '劳动节'], // Sun
  ['2026-05-04', 'holiday', '劳动节'], // Mon
  ['2026-05-05', 'holiday', '劳动节'], // Tue
  ['2026-05-09', 'workday', '劳动节调休上班'], // Sat
  ['2026-06-19', 'holiday', '端午'], // Fri
  ['2026-06-20', 'holiday', '端午'], // Sat
  ['2026-06-21', 'holiday', '端午'], // Sun
  ['2026-09-20', 'workday', '国庆节调休上班'], // Sun
  ['2026-09-25', 'holiday', '中秋'], // Fri
  ['2026-09-26', 'holiday', '中秋'], // Sat
  ['2026-09-27', 'holiday', '中秋'], // Sun
  ['2026-10-01', 'holiday', '国庆节'], // Thu
  ['2026-10-02', 'holiday', '国庆节'], // Fri
  ['2026-10-03', 'holiday', '国庆节'], // Sat
  ['2026-10-04', 'holiday', '国庆节'], // Sun
  ['2026-10-05', 'holiday', '国庆节'], // Mon
  ['2026-10-06', 'holiday', '国庆节'], // Tue
  ['2026-10-07', 'holiday', '国庆节'], // Wed
  ['2026-10-10', 'workday', '国庆节调休上班'], // Sat
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_day (
      day        date PRIMARY KEY,
      kind       text NOT NULL CHECK (kind IN ('holiday', 'workday')),
      name       text NOT NULL,
      updated_by text NOT NULL DEFAULT 'seed',
      updated_at timestamptz(3) NOT NULL DEFAULT now()
    )`.execute(db);
  // Requests run as city_ops_app (inScope); the calendar is node-wide, so no row-level security.
  await sql`GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_day TO city_ops_app`.execute(db);
  const rows = WORKING_CALENDAR_SEED.map(
    ([day, kind, name]) => sql`(${day}::date, ${kind}, ${name})`,
  );
  await sql`INSERT INTO calendar_day (day, kind, name) VALUES ${sql.join(rows)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE calendar_day`.execute(db);
}
