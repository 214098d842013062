import { graphql } from '../generated/gql';

/** One indicator as every oversight screen shows it: value, numerator, denominator. */
export const IndicatorValueFields = graphql(`
  fragment IndicatorValueFields on IndicatorValue {
    name
    label
    recordKind
    kind
    numerator
    denominator
    value
  }
`);

/**
 * A division's indicators in one or more periods, with the categories of `categoryLevel`;
 * `at` names the node to compute them (the ministry's numbers of a province).
 */
export const IndicatorOverviewQuery = graphql(`
  query IndicatorOverview(
    $division: String!
    $period: PeriodInput!
    $categoryLevel: Int
    $at: String
  ) {
    indicators(division: $division, period: $period, categoryLevel: $categoryLevel, at: $at) {
      division {
        code
        name
        level
      }
      unit
      source
      currentTo
      servedBy {
        tier
        division {
          code
          name
        }
      }
      weights {
        name
        weight
      }
      periods {
        start
        end
        label
        total {
          compositeScore
          indicators {
            ...IndicatorValueFields
          }
        }
        categories {
          recordKind
          code
          name
          indicators {
            indicators {
              ...IndicatorValueFields
            }
          }
        }
      }
    }
  }
`);

/** The child divisions of a province or the nation, ranked by one indicator. */
export const IndicatorRankingQuery = graphql(`
  query IndicatorRankingOf($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {
    indicatorRanking(division: $division, period: $period, indicator: $indicator) {
      indicator
      start
      end
      source
      currentTo
      servedBy {
        tier
        division {
          code
          name
        }
      }
      weights {
        name
        weight
      }
      entries {
        rank
        division {
          code
          name
        }
        value
        compositeScore
        indicator {
          ...IndicatorValueFields
        }
      }
    }
  }
`);

/** A page of the records behind one indicator cell. */
export const IndicatorRecordsQuery = graphql(`
  query IndicatorRecordsOf(
    $division: String!
    $period: PeriodInput!
    $indicator: IndicatorName
    $part: IndicatorPart
    $metric: String
    $recordKind: IndicatorRecordKind
    $category: String
    $first: Int
    $after: String
  ) {
    indicatorRecords(
      division: $division
      period: $period
      indicator: $indicator
      part: $part
      metric: $metric
      recordKind: $recordKind
      category: $category
      first: $first
      after: $after
    ) {
      division {
        code
        name
      }
      recordKind
      metric
      excluding
      category
      start
      end
      label
      currentTo
      servedBy {
        tier
        division {
          code
          name
        }
      }
      edges {
        cursor
        amount
        node {
          __typename
          ... on HotlineTicket {
            id
            number
            title
            ticketStatus: status
            division {
              code
              name
            }
            caller {
              name
              phone
              masked
            }
          }
          ... on CaseReport {
            id
            number
            description
            caseStatus: status
            division {
              code
              name
            }
          }
          ... on EnforcementRecord {
            id
            number
            violatedArticle
            enforcementStatus: status
            division {
              code
              name
            }
            party {
              name
              masked
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
