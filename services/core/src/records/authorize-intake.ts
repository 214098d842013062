import { divisionContains } from '@city-ops/schema';
import { forbidden } from '@city-ops/kernel';
import type { Access } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { assertOwner } from '../ownership.js';

/**
 * Where a new record of any kind may be made: at the node owning `division`
 * (NOT_OWNER first: a write sent to the wrong node is not a form error), and inside
 * the caller's own division (FORBIDDEN, naming what they tried: "log tickets").
 */
export function assertIntakeDivision(
  context: RequestContext,
  access: Access,
  division: string,
  doing: string,
): void {
  assertOwner(context.node, division, 'input.division');
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      `You may ${doing} only inside your division ${access.division}; ${division} is outside it.`,
      { operation: access.operation },
    );
  }
}
