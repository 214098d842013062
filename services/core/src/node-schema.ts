import { makeExecutableSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from '@city-ops/schema';
import { auditQueryResolvers } from './audit/audit-resolvers.js';
import { calendarResolvers } from './calendar/calendar-resolvers.js';
import { caseQueryResolvers } from './cases/case-resolvers.js';
import { enforcementQueryResolvers } from './enforcement/enforcement-resolvers.js';
import { indicatorResolvers } from './indicators/indicator-resolvers.js';
import type { RequestContext } from './node-context.js';
import { assertOwner } from './ownership.js';
import { commonResolvers } from './resolvers/common-resolvers.js';
import { revealResolvers } from './tickets/reveal-ticket-caller.js';
import { tierDutyRefusals } from './node/tier-duties.js';
import { supervisionQueryResolvers } from './supervision/supervision-resolvers.js';
import { syncResolvers } from './sync/sync-resolvers.js';
import { ticketFieldResolvers } from './tickets/ticket-field-resolvers.js';
import { ticketQueryResolvers } from './tickets/ticket-resolvers.js';

/**
 * Writes every node refuses unless its tier overrides them: only the owning city
 * writes a record, so a province or the ministry answers NOT_OWNER naming the owner.
 */
const refuseUnownedWrites: IResolvers<unknown, RequestContext> = {
  Mutation: {
    createTicket: (_root, { input }: { input: { division: string } }, { node }) => {
      assertOwner(node, input.division, 'input.division');
      throw new Error(
        `createTicket reached a ${node.tier} node that owns ${input.division} but has no resolver for it`,
      );
    },
  },
};

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
      refuseUnownedWrites,
      ...nodeResolvers,
    ],
  });
}
