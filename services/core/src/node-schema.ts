import { makeExecutableSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '@city-ops/schema';
import { auditQueryResolvers } from './audit/audit-resolvers.js';
import { attachmentResolvers } from './records/attachments/attachment-resolvers.js';
import { calendarResolvers } from './calendar/calendar-resolvers.js';
import { indicatorResolvers } from './indicators/indicator-resolvers.js';
import type { RequestContext } from './node-context.js';
import { recordWriteRefusals } from './records/record-write-refusals.js';
import { commonResolvers } from './resolvers/common-resolvers.js';
import { recordReadResolvers } from './records/record-modules.js';
import { recordByNumberResolvers } from './records/record-by-number.js';
import { tierDutyRefusals } from './node/tier-duties.js';
import { supervisionQueryResolvers } from './supervision/supervision-resolvers.js';
import { supervisionSubscriptionResolvers } from './supervision/supervision-subscription-resolvers.js';
import { syncResolvers } from './sync/sync-resolvers.js';

/** The shared schema with the reads every node serves, plus its tier's resolvers on top. */
export function buildNodeSchema(
  nodeResolvers: IResolvers<unknown, RequestContext>[] = [],
): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      commonResolvers,
      ...recordReadResolvers(),
      recordByNumberResolvers,
      // Every node: they refuse with NOT_OWNER where the record is not held.
      attachmentResolvers,
      auditQueryResolvers,
      calendarResolvers,
      syncResolvers,
      supervisionQueryResolvers,
      // Every node: only the city holding the division serves it, others refuse with NOT_OWNER.
      supervisionSubscriptionResolvers,
      indicatorResolvers,
      // What only some tiers do, refused here with NOT_OWNER; the tier that does it overrides.
      tierDutyRefusals(),
      // Only the owning city writes a record: refused everywhere with NOT_OWNER, the city overrides.
      recordWriteRefusals(),
      ...nodeResolvers,
    ],
  });
}
