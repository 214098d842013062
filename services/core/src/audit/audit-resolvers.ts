import type { IResolvers } from '@graphql-tools/utils';
import { inScope } from '../database/scoped-transaction.js';
import { authorize } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { listAuditLog } from './list-audit-log.js';
import type { AuditLogFilter } from './list-audit-log.js';
import { verifyAuditChain } from './verify-audit-chain.js';

/** Auditors read the entries whose scope lies inside theirs, newest first. */
export const auditQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    auditLog: (_root, args: AuditLogFilter, context) => listAuditLog(context, args),
    auditChain: async (_root, _args, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'audit.read'));
      if (!scope)
        return { intact: true, entries: 0, firstBrokenId: null, problem: null, headHash: null };
      return inScope(context.node.db, scope, (trx) => verifyAuditChain(trx));
    },
  },
};
