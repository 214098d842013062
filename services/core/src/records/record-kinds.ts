import { caseKind } from './case/case-kind.js';
import { enforcementKind } from './enforcement/enforcement-kind.js';
import type { RecordKind, RecordTable } from './record-kind.js';
import { ticketKind } from './ticket/ticket-kind.js';

/** Every record kind, by its table: what the shared read, write and sync code iterates over. */
export const RECORD_KINDS: { readonly [T in RecordTable]: RecordKind<T, unknown> } = {
  hotline_ticket: ticketKind as RecordKind<'hotline_ticket', unknown>,
  case_report: caseKind as RecordKind<'case_report', unknown>,
  enforcement_record: enforcementKind as RecordKind<'enforcement_record', unknown>,
};

export const recordKindOf = <T extends RecordTable>(table: T): RecordKind<T, unknown> =>
  RECORD_KINDS[table] as RecordKind<T, unknown>;
