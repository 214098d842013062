import { badUserInput } from '@city-ops/kernel';
import { periodContaining, periodStartOf } from '../indicators/periods.js';
import type { Period } from '../indicators/periods.js';
import { addLocalDays } from '../calendar/local-time.js';

/** The first month a national report can be asked for: the platform's first reporting month. */
export const FIRST_REPORT_MONTH = '2025-01';

/** A report month and the month it is compared with, as indicator periods. */
export interface ReportMonth {
  /** YYYY-MM. */
  month: string;
  current: Period;
  previous: Period;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Reads a report month written YYYY-MM, between FIRST_REPORT_MONTH and the month
 * containing `today` (a local date of the node's calendar; the current month is
 * allowed and partial). Anything else is BAD_USER_INPUT naming `field`.
 */
export function parseReportMonth(value: string, today: string, field = 'month'): ReportMonth {
  if (!MONTH.test(value)) {
    throw badUserInput(field, {
      zh: `“${value}”不是按 YYYY-MM 书写的月份（如 2026-11）。`,
      en: `"${value}" is not a month written YYYY-MM (e.g. 2026-11).`,
    });
  }
  if (value < FIRST_REPORT_MONTH) {
    throw badUserInput(field, {
      zh: `${value} 早于 ${FIRST_REPORT_MONTH}，全国报表从该月开始。`,
      en: `${value} is before ${FIRST_REPORT_MONTH}, the first month national reports cover.`,
    });
  }
  const thisMonth = today.slice(0, 7);
  if (value > thisMonth) {
    throw badUserInput(field, {
      zh: `${value} 是将来的月份：最新的报表是本月 ${thisMonth}（月末之前为部分数据）。`,
      en: `${value} is in the future: the latest report is the current month, ${thisMonth} (partial until it ends).`,
    });
  }
  const current = periodContaining(`${value}-01`, 'MONTH');
  const previous = periodContaining(
    periodStartOf(addLocalDays(current.start, -1), 'MONTH'),
    'MONTH',
  );
  return { month: value, current, previous };
}
