import { InputProblems, authorize, divisionLabel, newRecordId } from '@city-ops/kernel';
import type { Bilingual } from '@city-ops/kernel';
import { divisionLevel, isKnownDivision, owningCityOf } from '@city-ops/schema';
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

/**
 * Who a directive may be addressed to: the whole country, a province or a prefecture-level
 * city (a municipality is a province) — divisions with nodes that receive the directive
 * (every node inside the addressee, docs/SYNC.md) and acknowledge and report on it at their
 * own node (docs/WORKFLOWS.md, "Directives"). A county or district has no node of its own:
 * a directive addressed to it would reach no one, so it is refused, naming whom to address.
 */
function directiveAddresseeProblem(division: string): Bilingual | undefined {
  if (!isKnownDivision(division)) {
    return {
      zh: `${division} 不是行政区划代码表中的行政区划。`,
      en: `${division} is not a division in the registry.`,
    };
  }
  if (divisionLevel(division) !== 'COUNTY') return undefined;
  const city = owningCityOf(division) ?? division;
  return {
    zh: `${divisionLabel(division)} 是县或区，没有可以签收指令的节点：请发给全国（000000）、省或市，其所属的市是 ${divisionLabel(city)}。`,
    en: `${divisionLabel(division)} is a county or district, which has no node to acknowledge a directive: address the country (000000), a province or a city — the city containing it is ${divisionLabel(city)}.`,
  };
}

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
      const addressee = directiveAddresseeProblem(input.division);
      if (addressee) problems.add('input.division', addressee);
      const title = problems.text('input.title', input.title, { min: 2, max: 200 }) ?? '';
      const body =
        problems.text('input.body', input.body, { min: 2, max: 20000, multiline: true }) ?? '';
      const dueAt = input.dueAt ? new Date(input.dueAt) : null;
      if (dueAt && dueAt.getTime() <= Date.now())
        problems.add('input.dueAt', { zh: '须为将来的时间。', en: 'must be in the future.' });
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
