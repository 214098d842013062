import type { ColumnType } from 'kysely';

export type CalendarDayKind = 'holiday' | 'workday';

/**
 * `calendar_day` (migration 20261121120000_working-calendar): the exceptions to the
 * Monday–Friday week. Kept beside the calendar code and merged in with
 * `db.withTables<CalendarTables>()`, so the calendar does not touch the shared
 * record types in database/tables.ts.
 */
// Type aliases, not interfaces: withTables wants a Record, which only aliases satisfy.
export type CalendarDayTable = {
  /** A PostgreSQL `date`; always selected as `day::text` (pg would turn it into a local-midnight Date). */
  day: ColumnType<string, string, string>;
  kind: CalendarDayKind;
  name: string;
  updated_by: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type CalendarTables = {
  calendar_day: CalendarDayTable;
};
