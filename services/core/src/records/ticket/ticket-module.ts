import { recordModule } from '../record-module.js';
import { callerLookupResolvers } from './caller-lookup.js';
import { revealResolvers } from './reveal-ticket-caller.js';
import { ticketFieldResolvers } from './ticket-field-resolvers.js';
import { ticketKind } from './ticket-kind.js';
import { ticketMutationResolvers } from './ticket-mutation-resolvers.js';
import { ticketQueryResolvers } from './ticket-resolvers.js';
import { ticketSubscriptionResolvers } from './ticket-subscription-resolvers.js';
import { ticketWorkflowResolvers } from './ticket-workflow-resolvers.js';

/** 12345 tickets: read (and a caller revealed) at every node, written at the owning city. */
export const ticketModule = recordModule(ticketKind, {
  reads: [
    ticketQueryResolvers,
    ticketFieldResolvers,
    revealResolvers,
    callerLookupResolvers,
    ticketSubscriptionResolvers,
  ],
  writes: [ticketMutationResolvers, ticketWorkflowResolvers],
});
