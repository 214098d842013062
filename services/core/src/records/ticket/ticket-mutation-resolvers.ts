import type { IResolvers } from '@graphql-tools/utils';
import type { RequestContext } from '../../node-context.js';
import { createTicket } from './create-ticket.js';
import type { CreateTicketInput } from './ticket-input.js';
import { toTicketView } from './ticket-view.js';

/** 受理: a new ticket at the owning city. */
export const ticketMutationResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    createTicket: async (_root, { input }: { input: CreateTicketInput }, context) =>
      toTicketView(await createTicket(input, context), context),
  },
};
