import type { RawBuilder, Selectable } from 'kysely';
import type { Operation } from '@city-ops/kernel';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Database } from '../database/tables.js';
import type { SortColumns } from '../paging/keyset-order.js';
import type { PersonalDataHolder, PersonalDataHolderSql } from '../permissions/personal-data.js';
import type { StateMachine } from '../workflow/state-machine.js';

/** The tables of the record kinds: owned at a city, replicated (masked) above it. */
export const RECORD_TABLES = ['hotline_ticket', 'case_report', 'enforcement_record'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

export type RecordRow<T extends RecordTable = RecordTable> = Selectable<Database[T]>;

/** One personal column and how readers outside its owning city see it. */
export interface PersonalColumn<Row> {
  column: keyof Row & string;
  mask: (value: string | null) => string | null;
  /** Only rows for which this holds carry personal data in the column (a party that is a person). */
  when?: (row: Row) => boolean;
}

/**
 * When a record is overdue: it is in one of `states` (or simply not closed, when
 * `states` is absent) and the instant in `due` has passed. One rule per limit, so the
 * record's `overdue` flags, the list filter, the ministry's flags and the indicators
 * read the same definition (overdue-rule.ts turns it into JS and SQL).
 */
export interface OverdueRule<Row> {
  /** Which limit this is, as the record's `overdue` breakdown names it. */
  limit: string;
  due: keyof Row & string;
  states?: readonly string[];
}

/**
 * A list filter: the column, and whether the argument lists values, starts codes,
 * equals, or bounds an instant (`from` inclusive, `before` exclusive; a null never matches).
 */
export interface ListFilter<Row> {
  column: keyof Row & string;
  match: 'any' | 'prefix' | 'equals' | 'from' | 'before';
}

/** What a kind's machine guards look at, and when it is computed. */
export interface RecordClock {
  calendar: WorkingCalendar;
  timeZone: string;
  now: Date;
}

/**
 * A record kind (a 12345 ticket, a city operations case, an enforcement record) as
 * data: what the shared read, write, sync and masking code needs to know of it.
 * Everything kind-specific lives in the kind's own folder beside its descriptor.
 */
export interface RecordKind<T extends RecordTable = RecordTable, Subject = RecordRow<T>> {
  table: T;
  /** Its name in messages: "ticket", "case", "enforcement record". */
  noun: string;
  /** Its name in Chinese messages: 工单, 案件, 执法案件. */
  nounInChinese: string;
  /** Its type in the SDL. */
  sdlType: 'HotlineTicket' | 'CaseReport' | 'EnforcementRecord';
  /**
   * Where its numbers come from: <city division><infix><yyyymmdd><6-digit sequence>.
   * Each kind has its own infix, so a case number is never a ticket's.
   */
  numbers: { sequence: string; infix: string };
  /** The operation that reads records of this kind. */
  readOperation: Operation;
  /**
   * The operation that brings a user near each action of the machine: the policy's part
   * of "may this user take it now", which a mutation authorizes and `allowedActions`
   * asks the same way, before the machine's roles and guards decide.
   */
  actionOperation: (action: string) => Operation;
  /**
   * Files attached to its records (records/attachments), held only at the owning city:
   * the operation that lets a user attach one, the one that lets a user list and download
   * them, and whether they may show citizens or name a party — then every download is
   * audited as a read of personal data.
   */
  attachments: { attachOperation: Operation; readOperation: Operation; personal: boolean };
  /** The columns that hold a person's data; masked in every change payload and for every reader outside the owning city. */
  personalColumns: readonly PersonalColumn<RecordRow<T>>[];
  /** What the personal-data rule needs to know of a record (absent: the kind holds none). */
  personalHolder?: (row: RecordRow<T>) => PersonalDataHolder;
  /** The same in SQL, for filters that must not match personal data the reader sees masked. */
  personalHolderSql?: PersonalDataHolderSql;
  /** How a unit- or grid-scoped reader's rows are picked (absent: such a reader sees none). */
  unitCondition?: (unit: string) => RawBuilder<boolean>;
  gridColumn?: keyof RecordRow<T> & string;
  overdue: readonly OverdueRule<RecordRow<T>>[];
  /** The kind's own list filters, by argument name: which column each compares, and how. */
  listFilters?: Readonly<Record<string, ListFilter<RecordRow<T>>>>;
  /**
   * The columns a list's free-text filter searches (every word must appear in one of
   * them); a personal column only where the reader sees it unmasked (text-search.ts).
   */
  textColumns?: readonly (keyof RecordRow<T> & string)[];
  sortColumns: SortColumns<RecordRow<T>>;
  /** The lifecycle; its guards see `subjectOf(row)`. */
  machine: StateMachine<Subject>;
  subjectOf: (row: RecordRow<T>, clock: RecordClock) => Subject;
}
