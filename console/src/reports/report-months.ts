/** The first month the monthly national report covers (the API refuses earlier ones). */
export const FIRST_REPORT_MONTH = '2025-01';

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month (YYYY-MM) `now` falls in, in the node's zone: the report's months are local. */
export function currentMonthIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

/** Every month the report may be asked for, newest first: the current one down to 2025-01. */
export function reportMonths(current: string): string[] {
  const months: string[] = [];
  let [year, month] = current.split('-').map(Number) as [number, number];
  for (;;) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label < FIRST_REPORT_MONTH) return months;
    months.push(label);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
}

/** Whether `month` is one the picker offers (a typed address may name any text). */
export const isReportMonth = (month: string, current: string) =>
  MONTH_PATTERN.test(month) && month >= FIRST_REPORT_MONTH && month <= current;
