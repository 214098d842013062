import { allowedActions } from '../../workflow/state-machine.js';
import { toTicketView } from './ticket-view.js';
import type { RequestContext } from '../../node-context.js';
import type { TicketView } from './ticket-view.js';
import { ticketMachine } from './ticket-machine.js';
import { createTicket } from './create-ticket.js';
import type { CreateTicketInput } from './ticket-input.js';
import type { IResolvers } from '@graphql-tools/utils';

export const ticketMutationResolvers: IResolvers<unknown, RequestContext> = {
  HotlineTicket: {
    // Only the owning city acts on its tickets: here the machine says what this user may do next.
    allowedActions: (ticket: TicketView, _args, context) =>
      ticket.record.origin_node === context.node.division
        ? allowedActions(ticketMachine, {
            record: ticket.record,
            principal: context.principal,
            input: {},
            now: new Date(),
          })
        : [],
  },
  Mutation: {
    createTicket: async (_root, { input }: { input: CreateTicketInput }, context) =>
      toTicketView(await createTicket(input, context), context.principal),
  },
};
