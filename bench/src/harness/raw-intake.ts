import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import {
  INSERT_NEW_TICKET,
  maskedTicketPayload,
  newTicketValues,
  ticketNumber,
} from './raw-ticket.js';
import { ticketInput } from './ticket-inputs.js';
import type { PgIntakeLoadSpec } from './load-spec.js';

const INSERT_CHANGE =
  'INSERT INTO change_log (entity, entity_id, version, operation, payload, schema_version, division) VALUES ($1, $2, $3, $4, $5, $6, $7)';
const INSERT_AUDIT =
  'INSERT INTO audit_log (actor_subject, actor_username, actor_roles, actor_division, action, entity, entity_ids, reason, client_address, request_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)';

/**
 * One createTicket's worth of SQL with no GraphQL, validation framework or query builder:
 * the same six round trips in one transaction (BEGIN, nextval, ticket RETURNING *, change
 * log, audit log, COMMIT), the same columns and a masked change payload of the same size.
 */
export async function insertTicketRaw(
  client: pg.PoolClient,
  spec: PgIntakeLoadSpec,
  index: number,
): Promise<void> {
  const input = ticketInput(spec.city, index);
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ value: string }>(
      "SELECT nextval('hotline_ticket_number_seq')::text AS value",
    );
    const number = ticketNumber(spec.city, rows[0]?.value ?? '0', new Date());
    const ticket = await client.query<Record<string, unknown> & { id: string; version: number }>(
      INSERT_NEW_TICKET,
      newTicketValues(spec.city, number, input, {
        status: 'ACCEPTED',
        dueAt: null,
        createdBy: spec.actor.username,
      }),
    );
    const row = ticket.rows[0];
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    const payload = maskedTicketPayload(row);
    await client.query(INSERT_CHANGE, [
      'hotline_ticket',
      row.id,
      row.version,
      'upsert',
      JSON.stringify(payload),
      1,
      input.division,
    ]);
    await client.query(INSERT_AUDIT, [
      spec.actor.subject,
      spec.actor.username,
      spec.actor.roles,
      spec.actor.division,
      'ticket.create',
      'hotline_ticket',
      [row.id],
      null,
      '127.0.0.1',
      randomUUID(),
      JSON.stringify({ number, division: input.division }),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
