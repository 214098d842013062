import { sql } from 'kysely';
import { authorize, badUserInput } from '@city-ops/kernel';
import type { RowScope } from '../../database/scoped-transaction.js';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import type { RecordListQuery } from '../record-list.js';

/** The states in which a ticket waits for its units (派单, 签收, 办理). */
const OPEN_FOR_UNIT = ['DISPATCHED', 'SIGNED_FOR', 'IN_PROGRESS'];

/** What waits for a unit: the tickets it leads, and those it co-handles until its 协办反馈. */
const waitingFor = (unit: string) =>
  sql<boolean>`(lead_unit = ${unit} OR (co_units @> ARRAY[${unit}]::text[] AND co_unit_replies -> ${unit}::text IS NULL))`;

/**
 * Whether a ticket row waits for `unit`, over columns named as the table names them: the
 * table's own rows, or a change-log payload read back as one (ticket-inbox-membership.ts).
 */
export const waitsForUnit = (unit: string) =>
  sql<boolean>`(status IN (${sql.join(OPEN_FOR_UNIT)}) AND ${waitingFor(unit)})`;

/** A unit's inbox as a ticket list: whose rows it may read, and which of them wait for it. */
export interface TicketInbox {
  unit: string;
  scope: RowScope | undefined;
  query: Pick<RecordListQuery, 'status' | 'where'>;
}

/**
 * The one statement of a unit's ticket inbox, for the `ticketInbox` list and the
 * `inboxChanged` subscription alike: the caller's ticket.read scope at this node, narrowed
 * to what waits for their department. Refused for a token without a department.
 */
export function ticketInboxOf(context: RequestContext, field: string): TicketInbox {
  const access = authorize(context.principal, 'ticket.read');
  const unit = context.principal.department;
  if (!unit) {
    throw badUserInput(field, {
      zh: '仅供承办单位使用：您的令牌未带所属部门（department）。',
      en: 'is for handling units: your token carries no department.',
    });
  }
  return {
    unit,
    scope: rowScopeAt(context.node, access),
    query: { status: OPEN_FOR_UNIT, where: [waitingFor(unit)] },
  };
}
