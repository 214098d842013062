import { divisionLabel } from '../divisions/division-ref.js';
import { randomUUID } from 'node:crypto';
import type { IResolvers } from '@graphql-tools/utils';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { narrowerScope } from '@city-ops/schema';
import { appendAudit } from '../audit/append-audit.js';
import { appendChange } from '../change-log/append-change.js';
import type { Database } from '../database/tables.js';
import { clientError, notFound, notOwner } from '../errors.js';
import { createOnce } from '../idempotency/create-once.js';
import { InputProblems } from '../input-problems.js';
import type { RequestContext } from '../node-context.js';
import { authorize } from '../permissions/policy.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { localDay } from '../sync/rollup-contributions.js';
import { publishIfFlagged } from '../sync/flagged-records.js';
import { currentReplica } from '../sync/replica-store.js';
import { foldSupervision } from './supervision-machine.js';
import { supervisionOrderInScope } from './supervision-resolvers.js';
import { recordTableOf, rowPayload, toSupervisionOrderView } from './supervision-view.js';

interface IssueInput {
  idempotencyKey?: string | null;
  recordId: string;
  recordKind: keyof typeof recordTableOf;
  level: 'ROUTINE' | 'LISTED' | 'INTERVIEW';
  deadline: string;
  instructions: string;
}

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
      if (node.tier !== 'province') {
        throw notOwner(
          `Supervision orders are issued at a province node; this is the ${node.tier} node ${divisionLabel(node.division)}.`,
          undefined,
        );
      }
      const problems = new InputProblems();
      const deadline = new Date(input.deadline);
      if (deadline.getTime() <= Date.now()) {
        problems.add('input.deadline', 'must be in the future.');
      }
      const instructions = input.instructions.trim();
      if (instructions.length < 5 || instructions.length > 2000) {
        problems.add('input.instructions', 'must be 5 to 2000 characters.');
      }
      const owner = /^(\d{6})-/.exec(input.recordId)?.[1];
      if (!owner) {
        problems.add('input.recordId', 'must be a record id (it starts with its city division).');
      }
      problems.throwIfAny();
      const scope = rowScopeAt(node, access, owner);
      if (!owner || !scope || !narrowerScope(owner, access.division)) {
        throw clientError(
          'FORBIDDEN',
          `${input.recordId} is outside your province ${divisionLabel(access.division)}.`,
        );
      }
      const table = recordTableOf[input.recordKind];
      const id = `${node.division}-SO-${randomUUID()}`;
      const request = { operation: 'issueSupervisionOrder', input, scope, resultId: id } as const;
      const issue = async (trx: Transaction<Database>) => {
        const record = await currentReplica(trx, table, input.recordId);
        if (!record) {
          throw notFound(
            `No ${input.recordKind.toLowerCase().replace('_', ' ')} ${input.recordId} has reached this province yet; check the id, or the sync status of ${divisionLabel(owner)}.`,
          );
        }
        const { rows } = await sql<{
          value: string;
        }>`SELECT nextval('supervision_order_number_seq')::text AS value`.execute(trx);
        const day = (localDay(new Date(), node.timeZone) ?? '').replaceAll('-', '');
        const row = await trx
          .insertInto('supervision_order')
          .values({
            id,
            number: `${node.division}DB${day}${(rows[0]?.value ?? '0').padStart(6, '0')}`,
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
        await appendChange(trx, {
          entity: 'supervision_order',
          entityId: row.id,
          version: row.version,
          operation: 'upsert',
          payload: rowPayload(row),
          division: row.division,
        });
        await publishIfFlagged(trx, table, record, new Date());
        await appendAudit(trx, context, {
          action: 'supervision.issue',
          entity: 'supervision_order',
          entityIds: [row.id, input.recordId],
          scope: row.division,
          detail: { level: row.level, deadline: row.deadline.toISOString() },
        });
        return toSupervisionOrderView(foldSupervision(row, []), context.principal);
      };
      return createOnce(context, request, issue, (trx, earlier) =>
        supervisionOrderInScope(trx, context, scope, earlier),
      );
    },
  },
};
