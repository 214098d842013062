import { makeExecutableSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '@city-ops/schema';
import { auditQueryResolvers } from './audit/audit-resolvers.js';
import { calendarResolvers } from './calendar/calendar-resolvers.js';
import { caseQueryResolvers } from './records/case/case-resolvers.js';
import { enforcementQueryResolvers } from './records/enforcement/enforcement-resolvers.js';
import { indicatorResolvers } from './indicators/indicator-resolvers.js';
import type { RequestContext } from './node-context.js';
import { recordFieldResolvers } from './records/record-fields.js';
import { caseKind } from './records/case/case-kind.js';
import { enforcementKind } from './records/enforcement/enforcement-kind.js';
import { ticketKind } from './records/ticket/ticket-kind.js';
import { recordWriteRefusals } from './records/record-write-refusals.js';
import { commonResolvers } from './resolvers/common-resolvers.js';
import { revealResolvers } from './records/ticket/reveal-ticket-caller.js';
import { tierDutyRefusals } from './node/tier-duties.js';
import { supervisionQueryResolvers } from './supervision/supervision-resolvers.js';
import { syncResolvers } from './sync/sync-resolvers.js';
import { ticketFieldResolvers } from './records/ticket/ticket-field-resolvers.js';
import { ticketQueryResolvers } from './records/ticket/ticket-resolvers.js';

/** The shared schema with the reads every node serves, plus its tier's resolvers on top. */
export function buildNodeSchema(
  nodeResolvers: IResolvers<unknown, RequestContext>[] = [],
): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      commonResolvers,
      ticketQueryResolvers,
      ticketFieldResolvers,
      caseQueryResolvers,
      enforcementQueryResolvers,
      auditQueryResolvers,
      revealResolvers,
      calendarResolvers,
      syncResolvers,
      supervisionQueryResolvers,
      indicatorResolvers,
      // What only some tiers do, refused here with NOT_OWNER; the tier that does it overrides.
      tierDutyRefusals(),
      // Only the owning city writes a record: refused everywhere with NOT_OWNER, the city overrides.
      recordWriteRefusals(),
      recordFieldResolvers(ticketKind),
      recordFieldResolvers(caseKind),
      recordFieldResolvers(enforcementKind),
      ...nodeResolvers,
    ],
  });
}
