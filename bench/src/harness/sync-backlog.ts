import pg from 'pg';
import { recordChangePayload, ticketKind, CHANGE_SCHEMA_VERSION } from '@city-ops/core';
import type { HotlineTicketRow } from '@city-ops/core';
import { multiRowInsert } from './batch-insert.js';
import { NEW_TICKET_COLUMNS, newTicketValues, ticketNumber } from './raw-ticket.js';
import type { RawActor } from './load-spec.js';
import { ticketInput } from './ticket-inputs.js';

const HISTORY_COLUMNS = [
  'entity',
  'entity_id',
  'division',
  'action',
  'from_state',
  'to_state',
  'actor_subject',
  'actor_username',
  'actor_roles',
  'comment',
] as const;

const CHANGE_COLUMNS = [
  'entity',
  'entity_id',
  'version',
  'operation',
  'payload',
  'schema_version',
  'division',
] as const;

type HistoryRow = Record<string, unknown> & { id: string; entity_id: string; at: Date };

/**
 * Writes `tickets` new tickets into a city's database the way createTicket leaves them — the
 * ticket, its creation history entry, and two change-log entries (the history entry, then the
 * masked ticket, with the product's own payload function) — `perTransaction` tickets per
 * transaction, as the table owner. No audit entries: the feed does not read them. Due
 * instants come from `dueAt` by intake class (taken from tickets createTicket logged).
 */
export async function writeTicketBacklog(options: {
  databaseUrl: string;
  city: string;
  tickets: number;
  perTransaction: number;
  actor: RawActor;
  dueAt: Record<string, Date>;
  timeZone: string;
}): Promise<{ transactions: number; seconds: number }> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const began = performance.now();
  let transactions = 0;
  try {
    for (let first = 0; first < options.tickets; first += options.perTransaction) {
      const count = Math.min(options.perTransaction, options.tickets - first);
      await client.query('BEGIN');
      try {
        const { rows: numbers } = await client.query<{ value: string }>(
          "SELECT nextval('hotline_ticket_number_seq')::text AS value FROM generate_series(1, $1)",
          [count],
        );
        const now = new Date();
        const tickets = Array.from({ length: count }, (_, offset) => {
          const input = ticketInput(options.city, first + offset);
          const dueAt = options.dueAt[input.intakeClass];
          if (!dueAt) throw new Error(`no due instant for intake class ${input.intakeClass}`);
          const number = ticketNumber(
            options.city,
            numbers[offset]?.value ?? '0',
            now,
            options.timeZone,
          );
          return newTicketValues(options.city, number, input, {
            status: 'ACCEPTED',
            dueAt,
            createdBy: options.actor.username,
          });
        });
        const { rows: inserted } = await client.query<HotlineTicketRow>(
          `${multiRowInsert('hotline_ticket', NEW_TICKET_COLUMNS, count)} RETURNING *`,
          tickets.flat(),
        );
        const { rows: history } = await client.query<HistoryRow>(
          `${multiRowInsert('record_history', HISTORY_COLUMNS, count)} RETURNING *`,
          inserted.flatMap((row) => [
            'hotline_ticket',
            row.id,
            row.division,
            'accept',
            null,
            row.status,
            options.actor.subject,
            options.actor.username,
            options.actor.roles,
            null,
          ]),
        );
        const historyOf = new Map(history.map((entry) => [entry.entity_id, entry]));
        // createTicket appends its history entry's change first, then the ticket's.
        const changes = inserted.flatMap((row) => {
          const entry = historyOf.get(row.id);
          if (!entry) throw new Error(`no history entry was written for ${row.id}`);
          return [
            'record_history',
            entry.id,
            1,
            'upsert',
            JSON.stringify({ ...entry, at: entry.at.toISOString() }),
            CHANGE_SCHEMA_VERSION,
            row.division,
            'hotline_ticket',
            row.id,
            row.version,
            'upsert',
            JSON.stringify(recordChangePayload(ticketKind, row)),
            CHANGE_SCHEMA_VERSION,
            row.division,
          ];
        });
        await client.query(multiRowInsert('change_log', CHANGE_COLUMNS, count * 2), changes);
        await client.query('COMMIT');
        transactions += 1;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    }
  } finally {
    await client.end();
  }
  return { transactions, seconds: Math.round((performance.now() - began) / 100) / 10 };
}
