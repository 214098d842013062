import { InputProblems, authorize, newRecordId } from '@city-ops/kernel';
import { isKnownDivision } from '@city-ops/schema';
import {
  appendAudit,
  appendChange,
  localDateOf,
  nextDailyNumber,
  rowChange,
  rowPayload,
  toDirectiveView,
  createOnce,
  directiveInScope,
} from '@city-ops/core';
import type { RequestContext, Database } from '@city-ops/core';
import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';

/** A national directive: owned by the ministry, flowing down to the divisions it addresses. */
export const issueDirectiveResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    issueDirective: async (
      _root,
      {
        input,
      }: {
        input: {
          idempotencyKey?: string | null;
          division: string;
          title: string;
          body: string;
          dueAt?: string | null;
        };
      },
      context,
    ) => {
      const { node } = context;
      authorize(context.principal, 'directive.issue');
      const problems = new InputProblems();
      if (!isKnownDivision(input.division)) {
        problems.add('input.division', `${input.division} is not a division in the registry.`);
      }
      const title = input.title.trim();
      const body = input.body.trim();
      if (title.length < 2 || title.length > 200)
        problems.add('input.title', 'must be 2 to 200 characters.');
      if (body.length < 2 || body.length > 20000)
        problems.add('input.body', 'must be 2 to 20000 characters.');
      const dueAt = input.dueAt ? new Date(input.dueAt) : null;
      if (dueAt && dueAt.getTime() <= Date.now())
        problems.add('input.dueAt', 'must be in the future.');
      problems.throwIfAny();
      const id = newRecordId(node.division, 'DR');
      const scope = { division: node.division };
      const request = { operation: 'issueDirective', input, scope, resultId: id } as const;
      const issue = async (trx: Transaction<Database>) => {
        const today = localDateOf(new Date(), node.timeZone);
        const row = await trx
          .insertInto('directive')
          .values({
            id,
            number: await nextDailyNumber(trx, 'directive_number_seq', 'BZ', today),
            issuer_division: node.division,
            division: input.division,
            title,
            body,
            due_at: dueAt,
            issued_by: context.principal.username,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendChange(trx, rowChange('directive', row, rowPayload(row)));
        await appendAudit(trx, context, {
          action: 'directive.issue',
          entity: 'directive',
          entityIds: [row.id],
          scope: row.division,
        });
        return toDirectiveView(
          row,
          [],
          { division: node.division, addressee: false },
          context.principal,
        );
      };
      return createOnce(context, request, issue, (trx, earlier) =>
        directiveInScope(trx, context, earlier),
      );
    },
  },
};
