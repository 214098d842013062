import { sql } from 'kysely';
import { authorize, badUserInput } from '@city-ops/kernel';
import type { RowScope } from '../../database/scoped-transaction.js';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';

/** The states in which a case waits for its unit (派遣, 处置, 返工). */
export const CASE_INBOX_STATES = ['DISPATCHED', 'HANDLING', 'REWORK'] as const;

/** A unit's case inbox: whose rows it may read, its unit, and which cases wait for it. */
export interface CaseInbox {
  unit: string;
  scope: RowScope | undefined;
  query: { status: readonly string[]; handlingUnit: string };
}

/**
 * The one statement of a unit's case inbox, for the `caseInbox` list and the
 * `caseInboxChanged` subscription alike: the caller's case.handle scope at this node,
 * narrowed to the cases waiting for their unit. Undefined for a grant without a unit (the
 * list is then empty; a stream is refused).
 */
export function caseInboxOf(context: RequestContext): CaseInbox | undefined {
  // Only a unit-scoped grant has a unit to list the work of.
  const access = authorize(context.principal, 'case.handle');
  if (!access.unit) return undefined;
  return {
    unit: access.unit,
    scope: rowScopeAt(context.node, access),
    query: { status: CASE_INBOX_STATES, handlingUnit: access.unit },
  };
}

/** The same rule over the table's columns (a stream judges change-log payloads by it). */
export const caseWaitsForUnit = (unit: string) =>
  sql<boolean>`(status IN (${sql.join(CASE_INBOX_STATES)}) AND handling_unit = ${unit})`;

/** A stream's inbox, refused for a grant without a unit as a ticket inbox is. */
export function caseInboxForStream(context: RequestContext, field: string): CaseInbox {
  const inbox = caseInboxOf(context);
  if (!inbox) {
    throw badUserInput(field, {
      zh: '仅供承办单位使用：您的令牌未带所属单位。',
      en: 'is for handling units: your token carries no unit.',
    });
  }
  return inbox;
}
