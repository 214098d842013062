import { graphql } from '../generated/gql';

/** What a ticket list shows of each ticket. */
export const TicketRowFields = graphql(`
  fragment TicketRow on HotlineTicket {
    id
    number
    title
    status
    urgency
    intakeClass
    deadlineStatus
    dueAt
    createdAt
    leadUnit {
      code
      name
    }
    extensionRequest {
      workingDays
    }
  }
`);

/** A page of the city's tickets by filter (派单员's queues, 回访, search by keyword). */
export const TicketListQuery = graphql(`
  query TicketList($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {
    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...TicketRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A page of the signed-in unit's inbox. */
export const TicketInboxQuery = graphql(`
  query TicketInbox($sort: TicketSort, $first: Int, $after: String) {
    ticketInbox(sort: $sort, first: $first, after: $after) {
      nodes {
        ...TicketRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A page of the tickets the signed-in agent logged. */
export const MyTicketsQuery = graphql(`
  query MyTickets($first: Int, $after: String) {
    myTickets(first: $first, after: $after) {
      nodes {
        ...TicketRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A page of a caller's tickets (search by phone, audited as a read of personal data). */
export const TicketsByPhoneQuery = graphql(`
  query TicketsByPhone($phone: String!, $first: Int, $after: String) {
    ticketsByCallerPhone(phone: $phone, first: $first, after: $after) {
      nodes {
        ...TicketRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The words of the codes a ticket list shows. */
export const TicketListLabelsQuery = graphql(`
  query TicketListLabels {
    enumLabels(enums: ["TicketStatus", "DeadlineStatus", "Urgency", "IntakeClass", "InboxChange"]) {
      enum
      value
      label
    }
  }
`);
