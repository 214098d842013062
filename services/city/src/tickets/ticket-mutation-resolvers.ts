import { toTicketView } from '@city-ops/core';
import type { RequestContext } from '@city-ops/core';
import type { IResolvers } from '@graphql-tools/utils';
import { createTicket } from './create-ticket.js';
import type { CreateTicketInput } from './ticket-input.js';

export const ticketMutationResolvers: IResolvers<unknown, RequestContext> = {
  Mutation: {
    createTicket: async (_root, { input }: { input: CreateTicketInput }, context) =>
      toTicketView(await createTicket(input, context), context.principal),
  },
};
