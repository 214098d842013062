import { graphql } from '../generated/gql';

export const CalendarDayFields = graphql(`
  fragment CalendarDayFields on CalendarDay {
    day
    kind
    name
    updatedBy
    updatedAt
  }
`);

/** The holidays and make-up workdays of one year at the user's home node, in date order. */
export const WorkingCalendarQuery = graphql(`
  query WorkingCalendarScreen($year: Int!) {
    workingCalendar(year: $year) {
      ...CalendarDayFields
    }
  }
`);

export const SetCalendarDayMutation = graphql(`
  mutation SetCalendarDayScreen($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      ...CalendarDayFields
    }
  }
`);

export const RemoveCalendarDayMutation = graphql(`
  mutation RemoveCalendarDayScreen($day: String!) {
    removeCalendarDay(day: $day)
  }
`);
