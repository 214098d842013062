import { graphql } from '../generated/gql';

/** Every section of the monthly national report, as the XLSX and CSV hold them. */
export const MonthlyReportQuery = graphql(`
  query MonthlyReport($month: String!) {
    monthlyReport(month: $month) {
      month
      previousMonth
      start
      end
      generatedAt
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
      national {
        ...MonthlyReportDivisionFields
      }
      provinces {
        ...MonthlyReportDivisionFields
      }
      cities {
        ...MonthlyReportDivisionFields
      }
      rankings {
        scope {
          code
          name
        }
        indicator
        label
        changeUnit
        entries {
          rank
          previousRank
          division {
            code
            name
          }
          province {
            code
            name
          }
          value
          previousValue
          change
          indicator {
            numerator
            denominator
          }
        }
      }
      downloads {
        xlsx
        csv
      }
    }
  }

  fragment MonthlyReportDivisionFields on MonthlyReportDivision {
    division {
      code
      name
    }
    province {
      code
      name
    }
    indicators {
      name
      label
      kind
      current {
        numerator
        denominator
        value
      }
      previous {
        numerator
        denominator
        value
      }
      change
      changeUnit
    }
    compositeScore {
      current
      previous
      change
    }
  }
`);
