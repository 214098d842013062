import { graphql } from '../generated/gql';

/** A supervision order as the supervision screens list it, with its steps for the timeline. */
export const SupervisionOrderRowFields = graphql(`
  fragment SupervisionOrderRow on SupervisionOrder {
    id
    number
    recordKind
    recordId
    recordNumber
    level
    deadline
    instructions
    state
    handlingUnit
    allowedActions
    issuedBy
    overdue
    version
    createdAt
    issuer {
      name
    }
    division {
      code
      name
    }
    steps {
      id
      action
      comment
      handlingUnit
      actor
      actorDivision {
        name
      }
      createdAt
    }
  }
`);

/** The orders inside the caller's division (or only the overdue ones), newest first. */
export const SupervisionOrdersQuery = graphql(`
  query SupervisionOrders($overdue: Boolean) {
    supervisionOrders(overdue: $overdue) {
      ...SupervisionOrderRow
    }
  }
`);

/** The orders on one record: how an open order's detail is read again. */
export const RecordSupervisionOrdersQuery = graphql(`
  query RecordSupervisionOrders($recordId: ID!) {
    supervisionOrders(recordId: $recordId) {
      ...SupervisionOrderRow
    }
  }
`);

/** Orders arriving at the city (issued, returned, assigned to the unit), resumable. */
export const SupervisionOrderArrivedSubscription = graphql(`
  subscription SupervisionOrderArrived($after: String) {
    supervisionOrderArrived(after: $after) {
      position
      arrival
      order {
        ...SupervisionOrderRow
      }
    }
  }
`);

export const IssueSupervisionOrderMutation = graphql(`
  mutation IssueSupervisionOrder($input: IssueSupervisionOrderInput!) {
    issueSupervisionOrder(input: $input) {
      id
      number
    }
  }
`);

export const SignSupervisionOrderMutation = graphql(`
  mutation SignSupervisionOrder($input: SupervisionStepInput!) {
    signSupervisionOrder(input: $input) {
      id
      state
    }
  }
`);

export const AssignSupervisionOrderMutation = graphql(`
  mutation AssignSupervisionOrder($input: AssignSupervisionOrderInput!) {
    assignSupervisionOrder(input: $input) {
      id
      state
    }
  }
`);

export const ReplyToSupervisionOrderMutation = graphql(`
  mutation ReplyToSupervisionOrder($input: SupervisionStepInput!) {
    replyToSupervisionOrder(input: $input) {
      id
      state
    }
  }
`);

export const CloseSupervisionOrderMutation = graphql(`
  mutation CloseSupervisionOrder($input: SupervisionStepInput!) {
    closeSupervisionOrder(input: $input) {
      id
      state
    }
  }
`);

export const ReturnSupervisionOrderMutation = graphql(`
  mutation ReturnSupervisionOrder($input: SupervisionStepInput!) {
    returnSupervisionOrder(input: $input) {
      id
      state
    }
  }
`);

/** What the province's records list shows of a ticket: masked as the answering node masks it. */
export const ProvinceTicketRowFields = graphql(`
  fragment ProvinceTicketRow on HotlineTicket {
    id
    number
    title
    status
    urgency
    deadlineStatus
    createdAt
    division {
      code
      name
    }
    caller {
      name
      phone
      masked
    }
    replica {
      currentTo
      source {
        name
      }
    }
  }
`);

export const ProvinceTicketsQuery = graphql(`
  query ProvinceTickets($division: String, $first: Int, $after: String) {
    tickets(division: $division, first: $first, after: $after) {
      nodes {
        ...ProvinceTicketRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ProvinceCaseRowFields = graphql(`
  fragment ProvinceCaseRow on CaseReport {
    id
    number
    description
    status
    urgency
    deadlineStatus
    createdAt
    division {
      code
      name
    }
    replica {
      currentTo
      source {
        name
      }
    }
  }
`);

export const ProvinceCasesQuery = graphql(`
  query ProvinceCases($division: String, $first: Int, $after: String) {
    caseReports(division: $division, first: $first, after: $after) {
      nodes {
        ...ProvinceCaseRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A province's cities, for the records list's city filter. */
export const ProvinceCitiesQuery = graphql(`
  query ProvinceCities($parent: String!) {
    divisions(parent: $parent) {
      code
      name
    }
  }
`);
