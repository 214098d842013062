import { sql } from 'kysely';
import { maskAddress, maskName, maskPhone } from '../../permissions/masking.js';
import { HANDLING_LIMIT } from '../handling-limit.js';
import type { RecordKind } from '../record-kind.js';
import { ticketMachine } from './ticket-machine.js';

/** The tickets a unit works on: those it leads (主办) or co-handles (协办). */
const assignedTo = (unit: string) =>
  sql<boolean>`(lead_unit = ${unit} OR co_units @> ARRAY[${unit}]::text[])`;

/** A 12345 hotline ticket (工单): the caller is a person, so their name, phone and address are personal. */
export const ticketKind: RecordKind<'hotline_ticket'> = {
  table: 'hotline_ticket',
  noun: 'ticket',
  nounInChinese: '工单',
  sdlType: 'HotlineTicket',
  numbers: { sequence: 'hotline_ticket_number_seq', infix: '' },
  readOperation: 'ticket.read',
  // Whoever reads the ticket is near every action: the machine's roles and guards decide.
  actionOperation: () => 'ticket.read',
  // A caller's photo shows where they live or stood.
  attachments: {
    attachOperation: 'ticket.attach',
    readOperation: 'ticket.attachment.read',
    personal: true,
  },
  personalColumns: [
    { column: 'caller_name', mask: maskName },
    { column: 'caller_phone', mask: maskPhone },
    { column: 'address', mask: maskAddress },
  ],
  // A caller who asked for confidentiality (保密) is hidden even from the units handling it.
  personalHolder: (row) => ({
    division: row.division,
    confidential: row.caller_confidential,
    units: row.lead_unit ? [row.lead_unit, ...row.co_units] : row.co_units,
  }),
  personalHolderSql: { confidential: sql<boolean>`caller_confidential`, assignedTo },
  unitCondition: assignedTo,
  listFilters: {
    intakeClass: { column: 'intake_class', match: 'any' },
    channel: { column: 'channel', match: 'any' },
    categoryCode: { column: 'category_code', match: 'prefix' },
    leadUnit: { column: 'lead_unit', match: 'equals' },
    createdBy: { column: 'created_by', match: 'equals' },
    dueFrom: { column: 'due_at', match: 'from' },
    dueBefore: { column: 'due_at', match: 'before' },
  },
  textColumns: ['title', 'content', 'street', 'community', 'address'],
  // A ticket answered on the call has no due time.
  ...HANDLING_LIMIT,
  machine: ticketMachine,
  subjectOf: (row) => row,
};
