import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database/tables.js';
import type { CalendarDayKind, CalendarTables } from './calendar-day-table.js';

/** One row of `calendar_day`, with the date as 'YYYY-MM-DD'. */
export interface CalendarDayRow {
  day: string;
  kind: CalendarDayKind;
  name: string;
  updatedBy: string;
  updatedAt: Date;
}

type Executor = Kysely<Database> | Transaction<Database>;

/** The columns as the code sees them; the date as text, since pg would turn it into a local-midnight Date. */
const columns = [
  sql<string>`day::text`.as('day'),
  'kind',
  'name',
  'updated_by as updatedBy',
  'updated_at as updatedAt',
] as const;

const dateParameter = (day: string) => sql<string>`${day}::date`;

/** Every exception, or those of [from, to) when given, in date order. */
export async function listCalendarDays(
  db: Executor,
  range?: { from: string; to: string },
): Promise<CalendarDayRow[]> {
  let query = db.withTables<CalendarTables>().selectFrom('calendar_day').select(columns);
  if (range) {
    query = query
      .where('day', '>=', dateParameter(range.from))
      .where('day', '<', dateParameter(range.to));
  }
  return query.orderBy('day').execute();
}

/** Inserts the day or replaces what it said, recording who changed it. */
export async function upsertCalendarDay(
  db: Executor,
  row: { day: string; kind: CalendarDayKind; name: string; updatedBy: string },
): Promise<CalendarDayRow> {
  return db
    .withTables<CalendarTables>()
    .insertInto('calendar_day')
    .values({ day: row.day, kind: row.kind, name: row.name, updated_by: row.updatedBy })
    .onConflict((conflict) =>
      conflict.column('day').doUpdateSet({
        kind: row.kind,
        name: row.name,
        updated_by: row.updatedBy,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returning(columns)
    .executeTakeFirstOrThrow();
}

/** Deletes the day's exception; the row it held, or undefined when there was none. */
export async function deleteCalendarDay(
  db: Executor,
  day: string,
): Promise<CalendarDayRow | undefined> {
  return db
    .withTables<CalendarTables>()
    .deleteFrom('calendar_day')
    .where('day', '=', dateParameter(day))
    .returning(columns)
    .executeTakeFirst();
}
