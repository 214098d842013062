import { randomUUID } from 'node:crypto';
import { recordChangePayload, ticketKind, localDateOf } from '@city-ops/core';
import type { HotlineTicketRow } from '@city-ops/core';
import type { TicketInput } from './ticket-inputs.js';

/**
 * A new ticket's row as createTicket writes it, for the raw-SQL references of the
 * intake, lifecycle and sync benchmarks: the columns it sets (the rest are column
 * defaults), the values in that order, and the masked change-log payload — the
 * product's own function, so the reference writes rows of the product's size.
 */
export const NEW_TICKET_COLUMNS = [
  'id',
  'number',
  'origin_node',
  'division',
  'channel',
  'intake_class',
  'category_code',
  'title',
  'content',
  'caller_name',
  'caller_phone',
  'caller_confidential',
  'address',
  'urgency',
  'status',
  'due_at',
  'created_by',
] as const;

export const INSERT_NEW_TICKET = `INSERT INTO hotline_ticket (${NEW_TICKET_COLUMNS.join(', ')}) VALUES (${NEW_TICKET_COLUMNS.map((_, index) => `$${index + 1}`).join(', ')}) RETURNING *`;

/** The ticket number createTicket gives: city, local date, the node's sequence. */
export function ticketNumber(
  city: string,
  sequence: string,
  now: Date,
  timeZone = 'Asia/Shanghai',
) {
  return `${city}${localDateOf(now, timeZone).replaceAll('-', '')}${sequence.padStart(6, '0')}`;
}

/** The values of NEW_TICKET_COLUMNS for one ticket. */
export function newTicketValues(
  city: string,
  number: string,
  input: TicketInput,
  ticket: { status: string; dueAt: Date | null; createdBy: string },
): unknown[] {
  return [
    `${city}-${randomUUID()}`,
    number,
    city,
    input.division,
    input.channel,
    input.intakeClass,
    input.categoryCode,
    input.title,
    input.content,
    input.caller.name,
    input.caller.phone,
    false,
    input.location?.address ?? null,
    'NORMAL',
    ticket.status,
    ticket.dueAt,
    ticket.createdBy,
  ];
}

/** The change-log payload of a ticket row read back from PostgreSQL (timestamps as Date). */
export function maskedTicketPayload(row: Record<string, unknown>): Record<string, unknown> {
  return recordChangePayload(ticketKind, row as unknown as HotlineTicketRow);
}
