import { recordModule } from '../record-module.js';
import { caseKind } from './case-kind.js';
import { caseQueryResolvers } from './case-resolvers.js';
import { caseSubscriptionResolvers } from './case-subscription-resolvers.js';
import { caseMutationResolvers } from './case-workflow-resolvers.js';
import { ticketCaseLinkResolvers } from './ticket-case-link.js';

/** City operations cases: read at every node (with their tickets' links), written at the owning city. */
export const caseModule = recordModule(caseKind, {
  reads: [caseQueryResolvers, ticketCaseLinkResolvers, caseSubscriptionResolvers],
  writes: [caseMutationResolvers],
});
