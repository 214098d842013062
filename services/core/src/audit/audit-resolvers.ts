import type { IResolvers } from '@graphql-tools/utils';
import { inScope } from '../database/scoped-transaction.js';
import { divisionPattern, badUserInput, checkPageSize, authorize } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { verifyAuditChain } from './verify-audit-chain.js';

interface AuditLogArgs {
  action?: string | null;
  first?: number | null;
  after?: string | null;
}

/** An entry id as `auditLog` hands it out: a bigint, at most 2^63 − 1 (PostgreSQL refuses more). */
const isAuditPosition = (value: string) =>
  /^\d{1,19}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n;

/** Auditors read the entries whose scope lies inside theirs, newest first. */
export const auditQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    auditLog: async (_root, args: AuditLogArgs, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'audit.read'));
      const limit = checkPageSize(args.first);
      if (args.after && !isAuditPosition(args.after)) {
        throw badUserInput('after', {
          zh: '不是 auditLog 返回的游标；请原样传入 pageInfo.endCursor。',
          en: 'is not a cursor returned by auditLog; pass pageInfo.endCursor unchanged.',
        });
      }
      if (!scope) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
      const rows = await inScope(context.node.db, scope, async (trx) => {
        // A read writes nothing: the sealer chains what is committed every second, and
        // an entry younger than that is listed with its hash still null.
        let query = trx.selectFrom('audit_log').selectAll();
        const pattern = divisionPattern(scope.division);
        if (pattern) query = query.where('scope', 'like', pattern);
        if (args.action) query = query.where('action', '=', args.action);
        if (args.after) query = query.where('id', '<', args.after as never);
        return query
          .orderBy('id', 'desc')
          .limit(limit + 1)
          .execute();
      });
      const page = rows.slice(0, limit);
      return {
        nodes: page.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          actor: row.actor_username,
          actorSubject: row.actor_subject,
          actorRoles: row.actor_roles,
          actorDivision: row.actor_division,
          action: row.action,
          entity: row.entity,
          entityIds: row.entity_ids,
          reason: row.reason,
          clientAddress: row.client_address,
          requestId: row.request_id,
          scope: row.scope,
          hash: row.hash,
        })),
        pageInfo: { hasNextPage: rows.length > limit, endCursor: page.at(-1)?.id ?? null },
      };
    },
    auditChain: async (_root, _args, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'audit.read'));
      if (!scope)
        return { intact: true, entries: 0, firstBrokenId: null, problem: null, headHash: null };
      return inScope(context.node.db, scope, (trx) => verifyAuditChain(trx));
    },
  },
};
