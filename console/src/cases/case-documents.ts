import { graphql } from '../generated/gql';

/** What a case list shows of each case. */
export const CaseRowFields = graphql(`
  fragment CaseRow on CaseReport {
    id
    number
    description
    address
    status
    type
    majorClass
    urgency
    deadlineStatus
    dueAt
    handlingUnit
    createdAt
    extensionRequest {
      workingDays
    }
    returnRequestReason
  }
`);

/** A page of the city's cases by filter (the command centre's tabs, the inspector's 核查). */
export const CaseListQuery = graphql(`
  query CaseList($filter: CaseReportFilter, $sort: CaseSort, $first: Int, $after: String) {
    caseReports(filter: $filter, sort: $sort, first: $first, after: $after) {
      nodes {
        ...CaseRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A page of the signed-in unit's case inbox. */
export const CaseInboxQuery = graphql(`
  query CaseInbox($sort: CaseSort, $first: Int, $after: String) {
    caseInbox(sort: $sort, first: $first, after: $after) {
      nodes {
        ...CaseRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The unit's case inbox as it changes: each event with the case as the unit may read it then. */
export const CaseInboxChangedSubscription = graphql(`
  subscription CaseInboxChanged($after: String) {
    caseInboxChanged(after: $after) {
      position
      change
      caseId
      case {
        ...CaseRow
      }
    }
  }
`);

/** 信息采集: the inspector's report; the page attaches the site photos to the case it answers. */
export const ReportCaseMutation = graphql(`
  mutation ReportCase($input: ReportCaseInput!) {
    reportCase(input: $input) {
      id
      number
      version
    }
  }
`);
