import { graphql } from '../generated/gql';

/** The unit's inbox as it changes: each event with the ticket as the unit may read it then. */
export const InboxChangedSubscription = graphql(`
  subscription InboxChanged($after: String) {
    inboxChanged(after: $after) {
      position
      change
      ticketId
      ticket {
        ...TicketRow
      }
    }
  }
`);
