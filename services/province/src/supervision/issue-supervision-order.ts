import {
  divisionLabel,
  clientError,
  notFound,
  InputProblems,
  authorize,
  newRecordId,
  recordOwnerOf,
} from '@city-ops/kernel';
import { narrowerScope } from '@city-ops/schema';
import {
  appendAudit,
  appendChange,
  rowScopeAt,
  localDateOf,
  nextDailyNumber,
  rowChange,
  currentReplica,
  foldSupervision,
  recordTableOf,
  rowPayload,
  toSupervisionOrderView,
  createOnce,
  supervisionOrderInScope,
} from '@city-ops/core';
import type { RequestContext, Database } from '@city-ops/core';
import { publishIfFlagged } from '../flagged/flagged-records.js';
import type { IResolvers } from '@graphql-tools/utils';
import type { Transaction } from 'kysely';

interface IssueInput {
  idempotencyKey?: string | null;
  recordId: string;
  recordKind: keyof typeof recordTableOf;
  level: 'ROUTINE' | 'LISTED' | 'INTERVIEW';
  deadline: string;
  instructions: string;
}

/** A record kind as a Chinese message names it. */
const RECORD_NOUN_ZH: Readonly<Record<IssueInput['recordKind'], string>> = {
  HOTLINE_TICKET: '热线工单',
  CASE_REPORT: '城管案件',
};

/**
 * 督办: the province owns the order. It is written with its change-log entry (which
 * carries it down to the record's city) and its audit entry, and the record it is
 * about is passed up to the ministry as supervised — all in one transaction.
 */
export const issueSupervisionOrderResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    issueSupervisionOrder: async (_root, { input }: { input: IssueInput }, context) => {
      const { node } = context;
      const access = authorize(context.principal, 'supervision.issue');
      const problems = new InputProblems();
      const deadline = new Date(input.deadline);
      if (deadline.getTime() <= Date.now()) {
        problems.add('input.deadline', { zh: '须为将来的时间。', en: 'must be in the future.' });
      }
      const instructions =
        problems.text('input.instructions', input.instructions, {
          min: 5,
          max: 2000,
          multiline: true,
        }) ?? '';
      const owner = recordOwnerOf(input.recordId);
      if (!owner) {
        problems.add('input.recordId', {
          zh: '须为记录编号（以其所属市的行政区划代码开头）。',
          en: 'must be a record id (it starts with its city division).',
        });
      }
      problems.throwIfAny();
      const scope = rowScopeAt(node, access, owner);
      if (!owner || !scope || !narrowerScope(owner, access.division)) {
        throw clientError('FORBIDDEN', {
          zh: `${input.recordId} 不在您所在的省 ${divisionLabel(access.division)} 范围内。`,
          en: `${input.recordId} is outside your province ${divisionLabel(access.division)}.`,
        });
      }
      const table = recordTableOf[input.recordKind];
      const id = newRecordId(node.division, 'SO');
      const request = { operation: 'issueSupervisionOrder', input, scope, resultId: id } as const;
      const issue = async (trx: Transaction<Database>) => {
        const record = await currentReplica(trx, table, input.recordId);
        if (!record) {
          throw notFound({
            zh: `${RECORD_NOUN_ZH[input.recordKind]} ${input.recordId} 尚未同步到本省；请核对编号，或查看 ${divisionLabel(owner)} 的同步状态。`,
            en: `No ${input.recordKind.toLowerCase().replace('_', ' ')} ${input.recordId} has reached this province yet; check the id, or the sync status of ${divisionLabel(owner)}.`,
          });
        }
        const today = localDateOf(new Date(), node.timeZone);
        const row = await trx
          .insertInto('supervision_order')
          .values({
            id,
            number: await nextDailyNumber(
              trx,
              'supervision_order_number_seq',
              `${node.division}DB`,
              today,
            ),
            issuer_division: node.division,
            division: String(record['division']),
            record_entity: table,
            record_id: input.recordId,
            level: input.level,
            deadline,
            instructions,
            issued_by: context.principal.username,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendChange(trx, rowChange('supervision_order', row, rowPayload(row)));
        await publishIfFlagged(trx, table, record, new Date());
        await appendAudit(trx, context, {
          action: 'supervision.issue',
          entity: 'supervision_order',
          entityIds: [row.id, input.recordId],
          scope: row.division,
          detail: { level: row.level, deadline: row.deadline.toISOString() },
        });
        return toSupervisionOrderView(
          foldSupervision({ ...row, record_number: String(record['number']) }, []),
          context.principal,
        );
      };
      return createOnce(context, request, issue, (trx, earlier) =>
        supervisionOrderInScope(trx, context, scope, earlier),
      );
    },
  },
};
