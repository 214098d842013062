import { addLocalDays, isLocalDate, weekdayOf } from '../calendar/local-time.js';
import { InputProblems, isSupportedYear, SUPPORTED_YEARS_TEXT } from '@city-ops/kernel';
import type { Bilingual } from '@city-ops/kernel';

/** The periods indicators are reported by, on the local calendar (TIME_ZONE) of the nodes. */
export type PeriodUnit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

/** One period: its first and last local day (inclusive), and a label (2026-W05, 2026-Q1 …). */
export interface Period {
  unit: PeriodUnit;
  start: string;
  end: string;
  label: string;
}

export interface PeriodInput {
  unit: PeriodUnit;
  start: string;
  count?: number | null;
  end?: string | null;
}

/** A trend is at most this many consecutive periods. */
export const MAX_PERIODS = 24;

const pad = (value: number) => String(value).padStart(2, '0');
const partsOf = (day: string) => day.split('-').map(Number) as [number, number, number];

/** ISO 8601 week-numbering year and week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(day: string): { year: number; week: number } {
  // The Thursday of the day's week decides the year; its ordinal decides the week.
  const thursday = addLocalDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const [year] = partsOf(thursday);
  const ordinal = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return { year, week: Math.floor(ordinal / 7) + 1 };
}

/** The first day of the period of `unit` that contains `day`. */
export function periodStartOf(day: string, unit: PeriodUnit): string {
  const [year, month] = partsOf(day);
  switch (unit) {
    case 'DAY':
      return day;
    case 'WEEK':
      return addLocalDays(day, -((weekdayOf(day) + 6) % 7));
    case 'MONTH':
      return `${year}-${pad(month)}-01`;
    case 'QUARTER':
      return `${year}-${pad(month - ((month - 1) % 3))}-01`;
    case 'YEAR':
      return `${year}-01-01`;
  }
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriodStart(start: string, unit: PeriodUnit): string {
  const [year, month] = partsOf(start);
  const monthsLater = (months: number) => {
    const index = year * 12 + (month - 1) + months;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
  };
  switch (unit) {
    case 'DAY':
      return addLocalDays(start, 1);
    case 'WEEK':
      return addLocalDays(start, 7);
    case 'MONTH':
      return monthsLater(1);
    case 'QUARTER':
      return monthsLater(3);
    case 'YEAR':
      return `${year + 1}-01-01`;
  }
}

/** The period of `unit` that contains `day`. */
export function periodContaining(day: string, unit: PeriodUnit): Period {
  const start = periodStartOf(day, unit);
  const [year, month] = partsOf(start);
  let label: string;
  switch (unit) {
    case 'DAY':
      label = start;
      break;
    case 'WEEK': {
      const week = isoWeekOf(start);
      label = `${week.year}-W${pad(week.week)}`;
      break;
    }
    case 'MONTH':
      label = start.slice(0, 7);
      break;
    case 'QUARTER':
      label = `${year}-Q${(month + 2) / 3}`;
      break;
    case 'YEAR':
      label = String(year);
      break;
  }
  return { unit, start, end: addLocalDays(nextPeriodStart(start, unit), -1), label };
}

const firstDayRule: Record<PeriodUnit, Bilingual> = {
  // Stryker disable next-line ObjectLiteral,StringLiteral: every day is the first day of its DAY, so no request is ever refused with this text
  DAY: { zh: '任意一天', en: 'any day' },
  WEEK: { zh: '周一（ISO 周）', en: 'a Monday (ISO weeks)' },
  MONTH: { zh: '每月的 1 日', en: 'the 1st of a month' },
  QUARTER: {
    zh: '每年 1 月、4 月、7 月或 10 月的 1 日',
    en: 'the 1st of January, April, July or October',
  },
  YEAR: { zh: '每年 1 月 1 日', en: 'the 1st of January' },
};

type Report = (field: string, message: Bilingual) => void;

/** A first day of a period, or a problem for `field`. */
function firstDay(
  report: Report,
  field: string,
  value: string,
  unit: PeriodUnit,
): string | undefined {
  if (!isLocalDate(value)) {
    report(field, {
      zh: `“${value}”不是按 YYYY-MM-DD 书写的日期。`,
      en: `"${value}" is not a date written YYYY-MM-DD.`,
    });
    return undefined;
  }
  if (!isSupportedYear(Number(value.slice(0, 4)))) {
    report(field, {
      zh: `${value} 超出了指标覆盖的年份 ${SUPPORTED_YEARS_TEXT}。`,
      en: `${value} is outside the years ${SUPPORTED_YEARS_TEXT} indicators cover.`,
    });
    return undefined;
  }
  const start = periodStartOf(value, unit);
  if (start !== value) {
    report(field, {
      zh: `${value} 不是一个 ${unit} 周期的第一天：${unit} 周期从${firstDayRule[unit].zh}开始（这一周期从 ${start} 开始）。`,
      en: `${value} is not the first day of a ${unit}: a ${unit} starts on ${firstDayRule[unit].en} (this one on ${start}).`,
    });
    return undefined;
  }
  return value;
}

/**
 * The consecutive periods a request asks for: `count` of them (1–24, default 1)
 * from `start`, or from `start` to the period starting on `end`. `start` and `end`
 * must be first days of their period, so a request never silently means another
 * range than it says. Problems are added to `problems` naming their field (nothing
 * is returned then).
 */
export function readPeriods(
  problems: InputProblems,
  input: PeriodInput,
  field = 'period',
): Period[] | undefined {
  let bad = false;
  const report: Report = (where, message) => {
    bad = true;
    problems.add(where, message);
  };
  const start = firstDay(report, `${field}.start`, input.start, input.unit);
  const hasCount = input.count !== null && input.count !== undefined;
  const hasEnd = input.end !== null && input.end !== undefined;
  let count = input.count ?? 1;
  if (hasCount && hasEnd) {
    report(`${field}.end`, {
      zh: 'count 与 end 只能给出其一，不能同时给出。',
      en: 'give either count or end, not both.',
    });
  } else if (hasCount && (!Number.isInteger(count) || count < 1 || count > MAX_PERIODS)) {
    report(`${field}.count`, {
      zh: `须为 1 至 ${MAX_PERIODS} 之间的整数个周期（现为 ${count}）。`,
      en: `must be a whole number of periods from 1 to ${MAX_PERIODS} (got ${count}).`,
    });
  } else if (hasEnd) {
    const end = firstDay(report, `${field}.end`, input.end!, input.unit);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a refused start or end is already reported and nothing is returned, and comparing with undefined is false, so going on reports nothing more (never going on, the other variant here, fails the end-range tests)
    if (start && end) {
      if (end < start) {
        report(`${field}.end`, {
          zh: `${end} 早于 ${field}.start ${start}：起止颠倒了。`,
          en: `${end} is before ${field}.start ${start}: the range is inverted.`,
        });
      } else {
        count = 1;
        for (
          let at = start;
          at < end &&
          // Stryker disable next-line ConditionalExpression: only stops counting early; without it the whole range is counted (both ends lie in 2000–2100) and refused alike
          count <= MAX_PERIODS;
          at = nextPeriodStart(at, input.unit)
        ) {
          count += 1;
        }
        if (count > MAX_PERIODS) {
          report(`${field}.end`, {
            zh: `跨越了超过 ${MAX_PERIODS} 个 ${input.unit} 周期；最多只能查询 ${MAX_PERIODS} 个。`,
            en: `spans more than ${MAX_PERIODS} periods of ${input.unit}; ask for at most ${MAX_PERIODS}.`,
          });
        }
      }
    }
  }
  if (!start || bad) return undefined;
  const periods: Period[] = [];
  for (let at = start; periods.length < count; at = nextPeriodStart(at, input.unit)) {
    periods.push(periodContaining(at, input.unit));
  }
  return periods;
}

/** `readPeriods`, raising BAD_USER_INPUT naming every problem. */
export function parsePeriods(input: PeriodInput, field = 'period'): Period[] {
  const problems = new InputProblems();
  const periods = readPeriods(problems, input, field);
  problems.throwIfAny();
  return periods!;
}
