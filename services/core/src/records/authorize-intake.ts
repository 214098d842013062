import { divisionContains } from '@city-ops/schema';
import { authorize, forbidden } from '@city-ops/kernel';
import type { Access, Bilingual, Operation } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { assertOwner } from '../ownership.js';

/**
 * Who may make a new record of any kind, and where, before its form is read: the
 * caller must hold `operation` (FORBIDDEN), this node must own `division`
 * (NOT_OWNER: a write sent to the wrong node is not a form error), and `division`
 * must lie inside the caller's own (FORBIDDEN, naming what they tried: "log tickets", 受理工单).
 */
export function authorizeIntake(
  context: RequestContext,
  operation: Operation,
  division: string,
  doing: Bilingual,
): Access {
  const access = authorize(context.principal, operation);
  assertOwner(context.node, division, 'input.division');
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      {
        zh: `您只能在本人所属行政区划 ${access.division} 内${doing.zh}；${division} 不在其中。`,
        en: `You may ${doing.en} only inside your division ${access.division}; ${division} is outside it.`,
      },
      { operation },
    );
  }
  return access;
}
