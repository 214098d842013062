import type { IResolvers } from '@graphql-tools/utils';
import { appendAudit } from '../../audit/append-audit.js';
import { inScope } from '../../database/scoped-transaction.js';
import { notFound, notOwner, InputProblems, authorize, recordOwnerOf } from '@city-ops/kernel';
import type { RequestContext } from '../../node-context.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { findRecordInScope } from '../find-record-in-scope.js';
import { ownsRecordsOf } from '../../ownership.js';

/**
 * 查看完整信息: an authorised role sees a ticket's masked caller data after stating
 * why. Only the owning city holds it unmasked, so only the owner answers; the
 * reveal and its reason are audited in the same transaction as the read.
 */
export const revealResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    revealTicketCaller: async (_root, { id, reason }: { id: string; reason: string }, context) => {
      const access = authorize(context.principal, 'personal-data.reveal');
      const owner = recordOwnerOf(id);
      if (!owner || !ownsRecordsOf(context.node, owner)) {
        throw notOwner(
          {
            zh: `工单 ${id} 的完整信息只保存在其所属的城市节点${owner ? ` ${owner}` : ''}；请向该节点请求（网关按 id 路由）。`,
            en: `Ticket ${id} is held unmasked only by its owning city node${owner ? ` ${owner}` : ''}; ask it (the gateway routes by id).`,
          },
          owner,
        );
      }
      const problems = new InputProblems();
      const statedReason = problems.text('reason', reason, { min: 5, max: 500, multiline: true });
      problems.throwIfAny();
      const scope = rowScopeAt(context.node, access);
      const row = scope
        ? await inScope(context.node.db, scope, async (trx) => {
            const found = await findRecordInScope(trx, 'hotline_ticket', id, scope);
            if (found) {
              await appendAudit(trx, context, {
                action: 'personal-data.reveal',
                entity: 'hotline_ticket',
                entityIds: [found.id],
                reason: statedReason ?? undefined,
                scope: found.division,
              });
            }
            return found;
          })
        : undefined;
      if (!row) {
        throw notFound({
          zh: `您所属行政区划 ${access.division} 内没有工单 ${id}。`,
          en: `No ticket ${id} inside your division ${access.division}.`,
        });
      }
      return {
        ticketId: row.id,
        name: row.caller_name,
        phone: row.caller_phone,
        address: row.address,
      };
    },
  },
};
