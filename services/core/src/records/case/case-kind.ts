import { sql } from 'kysely';
import { HANDLING_LIMIT } from '../handling-limit.js';
import type { RecordKind } from '../record-kind.js';
import { caseMachine } from './case-machine.js';
import { operationOfCaseAction } from './case-mutations.js';

/**
 * A city operations case (数字城管 案件). Cases describe public places and objects,
 * not people: no column of theirs is personal, and every reader sees the same case.
 */
export const caseKind: RecordKind<'case_report'> = {
  table: 'case_report',
  noun: 'case',
  nounInChinese: '案件',
  sdlType: 'CaseReport',
  numbers: { sequence: 'case_report_number_seq', infix: 'AJ' },
  readOperation: 'case.read',
  actionOperation: (action) => operationOfCaseAction(action),
  // An inspector's photo shows people and their doors.
  attachments: {
    attachOperation: 'case.attach',
    readOperation: 'case.attachment.read',
    personal: true,
  },
  personalColumns: [],
  unitCondition: (unit) => sql<boolean>`handling_unit = ${unit}`,
  gridColumn: 'grid_cell',
  listFilters: {
    majorClass: { column: 'major_class', match: 'any' },
    minorCode: { column: 'minor_code', match: 'prefix' },
    handlingUnit: { column: 'handling_unit', match: 'equals' },
    dueFrom: { column: 'due_at', match: 'from' },
    dueBefore: { column: 'due_at', match: 'before' },
  },
  textColumns: ['number', 'description', 'address'],
  // A case has a due time only while dispatched and not parked.
  ...HANDLING_LIMIT,
  machine: caseMachine,
  subjectOf: (row) => row,
};
