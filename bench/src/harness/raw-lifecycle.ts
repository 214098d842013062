import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { StepFailure } from './flow-load.js';
import {
  INSERT_NEW_TICKET,
  maskedTicketPayload,
  newTicketValues,
  ticketNumber,
} from './raw-ticket.js';
import type { RunStep } from './flow-load.js';
import type { PgLifecycleLoadSpec } from './load-spec.js';
import { ticketLifecycle } from './ticket-lifecycle.js';
import type { LifecycleStep } from './ticket-lifecycle.js';

/** What the next raw step needs of the ticket. */
export interface RawTicket {
  id: string;
  version: number;
  division: string;
}

type TicketRow = Record<string, unknown> & RawTicket & { number: string };
type HistoryRow = Record<string, unknown> & { id: string; division: string };

/**
 * A value as a SQL literal, for the statements sent several to a string (simple-query
 * protocol, which takes no parameters): strings quoted by pg, arrays of text, JSON objects.
 */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `${pg.escapeLiteral(value.toISOString())}::timestamptz`;
  if (Array.isArray(value)) {
    return value.length === 0
      ? `'{}'::text[]`
      : `ARRAY[${value.map((item) => pg.escapeLiteral(String(item))).join(', ')}]::text[]`;
  }
  if (typeof value === 'object') return `${pg.escapeLiteral(JSON.stringify(value))}::jsonb`;
  return pg.escapeLiteral(String(value));
}

const row = (values: readonly unknown[]) => `(${values.map(sqlLiteral).join(', ')})`;

const INSERT_HISTORY =
  'INSERT INTO record_history (entity, entity_id, division, action, from_state, to_state, actor_subject, actor_username, actor_roles, comment, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *';
const CHANGE_COLUMNS =
  'change_log (entity, entity_id, version, operation, payload, schema_version, division)';
const AUDIT_COLUMNS =
  'audit_log (actor_subject, actor_username, actor_roles, actor_division, action, entity, entity_ids, reason, client_address, request_id, detail, scope)';

/** BEGIN and the versioned update of a transition, as recordTransition issues it (`WHERE version = ?`). */
function updateStatement(step: LifecycleStep, ticket: RawTicket, now: Date): string {
  const assignments = [
    `status = ${sqlLiteral(step.to)}`,
    `updated_at = ${sqlLiteral(now)}`,
    'version = version + 1',
    ...Object.entries(step.set(now)).map(([column, value]) => `${column} = ${sqlLiteral(value)}`),
  ];
  return `BEGIN; UPDATE hotline_ticket SET ${assignments.join(', ')} WHERE id = ${sqlLiteral(ticket.id)} AND version = ${ticket.version} RETURNING *`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last result of a multi-statement query (pg answers an array for those). */
function lastResult<R extends pg.QueryResultRow>(
  result: pg.QueryResult<R> | pg.QueryResult<R>[],
): pg.QueryResult<R> | undefined {
  return Array.isArray(result) ? result.at(-1) : result;
}

/**
 * One lifecycle step's rows straight into PostgreSQL, one transaction per step as the node
 * commits each mutation, with the rows the product writes today (services/city/src/tickets,
 * core's recordTransition, appendChange, appendAudit): the ticket inserted or updated (status,
 * version + 1 and the action's columns `WHERE id AND version`, RETURNING *), one record_history
 * row (RETURNING *), two change_log rows (the masked ticket and the history entry) and one
 * audit_log row. Round trips are at least as few as the node's: `BEGIN; SELECT nextval` or
 * `BEGIN; UPDATE …`, then the history insert, then the appends and COMMIT in one string (the
 * node coalesces BEGIN and its appends the same way but also reads the ticket first). No row-level
 * security, no token: the database's own cost of these rows.
 */
export function rawLifecycleStep(spec: PgLifecycleLoadSpec, pool: pg.Pool): RunStep<RawTicket> {
  const steps = ticketLifecycle(spec.city, spec.ticket);
  return async (index, previous) => {
    const step = steps[index];
    if (!step) throw new Error(`the lifecycle has no step ${index}`);
    const actor = spec.actors[step.actor];
    if (!actor) throw new Error(`no actor ${step.actor} for step ${step.name}`);
    const now = new Date();
    const client = await pool.connect();
    try {
      try {
        let ticket: TicketRow | undefined;
        if (step.from === null) {
          const sequence = lastResult(
            await client.query<{ value: string }>(
              "BEGIN; SELECT nextval('hotline_ticket_number_seq')::text AS value",
            ),
          );
          const number = ticketNumber(spec.city, sequence?.rows[0]?.value ?? '0', now);
          const inserted = await client.query<TicketRow>(
            INSERT_NEW_TICKET,
            newTicketValues(spec.city, number, spec.ticket, {
              status: step.to,
              // The node computes it from the working calendar; the row's width is what matters.
              dueAt: new Date(now.getTime() + 5 * DAY_MS),
              createdBy: actor.username,
            }),
          );
          ticket = inserted.rows[0];
          if (!ticket) throw new Error('INSERT … RETURNING returned no row');
        } else {
          if (!previous) throw new Error(`step ${step.name} has no ticket to act on`);
          ticket = lastResult(await client.query<TicketRow>(updateStatement(step, previous, now)))
            ?.rows[0];
          if (!ticket) {
            throw new StepFailure(
              'failed',
              `CONFLICT: ${previous.id} is no longer at version ${previous.version}`,
            );
          }
        }
        const history = (
          await client.query<HistoryRow>(INSERT_HISTORY, [
            'hotline_ticket',
            ticket.id,
            ticket.division,
            step.action,
            step.from,
            step.to,
            actor.subject,
            actor.username,
            actor.roles,
            null,
            JSON.stringify(step.detail),
          ])
        ).rows[0];
        if (!history) throw new Error('INSERT record_history … RETURNING returned no row');
        // Schema version 1 (core's CHANGE_SCHEMA_VERSION); a history entry is version 1 of itself.
        const changes = [
          row([
            'hotline_ticket',
            ticket.id,
            ticket.version,
            'upsert',
            maskedTicketPayload(ticket),
            1,
            ticket.division,
          ]),
          row(['record_history', history.id, 1, 'upsert', history, 1, history.division]),
        ];
        const audit = row([
          actor.subject,
          actor.username,
          actor.roles,
          actor.division,
          step.from === null ? 'ticket.create' : `hotline_ticket.${step.action}`,
          'hotline_ticket',
          [ticket.id],
          null,
          '127.0.0.1',
          randomUUID(),
          step.from === null
            ? { number: ticket.number, division: ticket.division }
            : { from: step.from, to: step.to, ...step.detail },
          ticket.division,
        ]);
        await client.query(
          `INSERT INTO ${CHANGE_COLUMNS} VALUES ${changes.join(', ')}; INSERT INTO ${AUDIT_COLUMNS} VALUES ${audit}; COMMIT`,
        );
        return { id: ticket.id, version: ticket.version, division: ticket.division };
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  };
}

/**
 * Seals the audit chain every `intervalMs` through the same pool, as a node does
 * (core's startAuditSealer): the chain is built after commit now, so its cost belongs to
 * the reference too. Returns a stop function that waits for a pass in progress.
 */
export function startRawAuditSealer(pool: pg.Pool, intervalMs: number): () => Promise<void> {
  const perPass = 5_000;
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = (async () => {
      try {
        let sealed: number;
        do {
          const { rows } = await pool.query<{ sealed: number }>(
            'SELECT audit_log_seal($1::integer) AS sealed',
            [perPass],
          );
          sealed = rows[0]?.sealed ?? 0;
        } while (sealed === perPass);
      } catch {
        // As the node's sealer: the next pass retries.
      } finally {
        running = undefined;
      }
    })();
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
