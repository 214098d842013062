import type { IResolvers } from '@graphql-tools/utils';
import type { RequestContext } from '../node-context.js';
import { listWorkingCalendar, removeCalendarDay, setCalendarDay } from './calendar-service.js';
import type { CalendarDayInput } from './calendar-service.js';

/** The node's working calendar: read by anyone signed in here, edited by the city supervisor. */
export const calendarResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    workingCalendar: (_root, { year }: { year: number }, context) =>
      listWorkingCalendar(context, year),
  },
  Mutation: {
    setCalendarDay: (_root, { input }: { input: CalendarDayInput }, context) =>
      setCalendarDay(context, input),
    removeCalendarDay: (_root, { day }: { day: string }, context) =>
      removeCalendarDay(context, day),
  },
};
