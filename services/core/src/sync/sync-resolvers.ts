import type { IResolvers } from '@graphql-tools/utils';
import { divisionContains } from '@city-ops/schema';
import { divisionRef, authorize, TIER_ENUM } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { isFeedChild } from './feed-peers.js';
import { feedHead, sealChanges } from './seal-changes.js';
import { readSourceStatuses } from './sync-status.js';
import type { SourceStatus } from './sync-status.js';
import { isSourceVisibleTo } from './sync-visibility.js';
import { ownsRecordsOf } from '../ownership.js';

/** Sources read once per request, however many replicas the answer holds. */
const sourcesOfRequest = new WeakMap<RequestContext, Promise<SourceStatus[]>>();

async function replicaInfo(
  record: { division: { code: string } | string },
  _args: unknown,
  context: RequestContext,
) {
  const { node } = context;
  const division = typeof record.division === 'string' ? record.division : record.division.code;
  if (ownsRecordsOf(node, division)) return null;
  let sources = sourcesOfRequest.get(context);
  if (!sources) {
    sources = readSourceStatuses(node.db);
    sourcesOfRequest.set(context, sources);
  }
  // Records come up from a child node: the one whose division holds the record's.
  const source = (await sources).find(
    (candidate) =>
      isFeedChild(node, candidate.source) && divisionContains(candidate.source, division),
  );
  if (!source) return null;
  return {
    source: divisionRef(source.source),
    currentTo: source.currentTo?.toISOString() ?? null,
  };
}

export const syncResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    syncStatus: async (_root, _args, context) => {
      const access = authorize(context.principal, 'sync.read');
      const { node } = context;
      await sealChanges(node.db);
      const [{ epoch }, { head }, sources] = await Promise.all([
        node.db.selectFrom('node_identity').select('epoch').executeTakeFirstOrThrow(),
        feedHead(node.db),
        readSourceStatuses(node.db),
      ]);
      return {
        node: divisionRef(node.division),
        tier: TIER_ENUM[node.tier],
        epoch,
        head,
        sources: sources
          .filter((source) => isSourceVisibleTo(access.division, node, source.source))
          .map((source) => ({
            ...source,
            source: divisionRef(source.source),
            headAt: source.headAt?.toISOString() ?? null,
            oldestPendingAt: source.oldestPendingAt?.toISOString() ?? null,
            currentTo: source.currentTo?.toISOString() ?? null,
            answeredAt: source.answeredAt?.toISOString() ?? null,
          })),
      };
    },
  },
  HotlineTicket: { replica: replicaInfo },
  CaseReport: { replica: replicaInfo },
  EnforcementRecord: { replica: replicaInfo },
};
