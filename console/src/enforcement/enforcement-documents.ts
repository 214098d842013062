import { graphql } from '../generated/gql';

/** What the enforcement list shows of each case. */
export const EnforcementRowFields = graphql(`
  fragment EnforcementRow on EnforcementRecord {
    id
    number
    status
    procedure
    isMajor
    violatedArticle
    party {
      kind
      name
      masked
    }
    filedAt
    decisionDueAt
    decidedAt
    serviceDueAt
    servedAt
    paymentDueAt
    amountDue
    deadlineStatus
    overdue {
      decision
      service
      payment
      any
    }
  }
`);

/** A page of the city's enforcement cases by filter and sort (the officer's tabs). */
export const EnforcementListQuery = graphql(`
  query EnforcementList(
    $filter: EnforcementRecordFilter
    $sort: EnforcementSort
    $first: Int
    $after: String
  ) {
    enforcementRecords(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...EnforcementRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the 立案 form chooses from: the city's districts and the API's enum labels. */
export const EnforcementFilingOptionsQuery = graphql(`
  query EnforcementFilingOptions($city: String!) {
    districts: divisions(parent: $city) {
      code
      name
    }
    enumLabels(enums: ["EnforcementSource", "EnforcementProcedure", "PartyKind"]) {
      enum
      value
      label
    }
  }
`);

export const FileEnforcementCaseMutation = graphql(`
  mutation FileEnforcementCase($input: FileEnforcementCaseInput!) {
    fileEnforcementCase(input: $input) {
      id
      number
      party {
        name
      }
    }
  }
`);

/** The id of the ticket or case a case came from, by the number an officer types. */
export const LinkedRecordQuery = graphql(`
  query LinkedRecord($number: String!) {
    recordByNumber(number: $number) {
      __typename
      ... on HotlineTicket {
        id
      }
      ... on CaseReport {
        id
      }
    }
  }
`);
