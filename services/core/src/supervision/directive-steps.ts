import { divisionLabel, notFound, InputProblems, authorize } from '@city-ops/kernel';
import { appendAudit } from '../audit/append-audit.js';
import { inScope } from '../database/scoped-transaction.js';
import type { RequestContext } from '../node-context.js';
import { planTransition } from '../workflow/state-machine.js';
import { directiveMachine, foldDirective } from './directive-machine.js';
import { insertStep } from './insert-step.js';
import { toDirectiveView } from './supervision-view.js';
import type { IResolvers } from '@graphql-tools/utils';

/**
 * An addressee (a province or city node) acknowledges a directive or reports back.
 * The step is the addressee's own record; it flows up to the ministry (a city's
 * through its province).
 */
async function respond(
  action: 'acknowledge' | 'report',
  input: { directiveId: string; comment?: string | null },
  context: RequestContext,
) {
  const { node } = context;
  authorize(context.principal, 'directive.respond');
  const problems = new InputProblems();
  const comment = problems.text('input.comment', input.comment, { max: 20000, multiline: true });
  problems.throwIfAny();
  return inScope(node.db, { division: node.division }, async (trx) => {
    // Row-level security shows only directives addressed to this node's division or one containing it.
    const directive = await trx
      .selectFrom('directive')
      .selectAll()
      .where('id', '=', input.directiveId)
      .forUpdate()
      .executeTakeFirst();
    if (!directive) {
      throw notFound({
        zh: `本节点没有收到发给 ${divisionLabel(node.division)} 的指令 ${input.directiveId}；请核对编号。`,
        en: `No directive ${input.directiveId} addressed to ${divisionLabel(node.division)} has arrived here; check the id.`,
      });
    }
    const steps = await trx
      .selectFrom('directive_step')
      .selectAll()
      .where('directive_id', '=', directive.id)
      .execute();
    // Only addressees serve this mutation (tier duties refuse it at the ministry): this node answers.
    const own = foldDirective(
      directive,
      steps.filter((candidate) => candidate.division === node.division),
      node.division,
    );
    planTransition(directiveMachine, action, {
      record: own,
      principal: context.principal,
      input: { comment },
      now: new Date(),
    });
    const step = await insertStep(trx, context, 'directive_step', {
      directive_id: directive.id,
      division: node.division,
      action,
      comment,
    });
    await appendAudit(trx, context, {
      action: `directive.${action}`,
      entity: 'directive',
      entityIds: [directive.id],
      scope: node.division,
    });
    return toDirectiveView(
      directive,
      [...steps, step],
      { division: node.division, addressee: true },
      context.principal,
    );
  });
}

export const directiveStepResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    acknowledgeDirective: (
      _root,
      { input }: { input: { directiveId: string; comment?: string | null } },
      context,
    ) => respond('acknowledge', input, context),
    reportOnDirective: (
      _root,
      { input }: { input: { directiveId: string; comment?: string | null } },
      context,
    ) => respond('report', input, context),
  },
};
