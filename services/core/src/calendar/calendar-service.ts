import { divisionContains } from '@city-ops/schema';
import { appendAudit } from '../audit/append-audit.js';
import type { Transaction } from 'kysely';
import { inScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import {
  badUserInput,
  forbidden,
  InputProblems,
  authorize,
  isSupportedYear,
  SUPPORTED_YEARS,
} from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import type { CalendarDayKind } from './calendar-day-table.js';
import { deleteCalendarDay, listCalendarDays, upsertCalendarDay } from './calendar-repository.js';
import type { CalendarDayRow } from './calendar-repository.js';
import { isLocalDate, weekdayOf } from './local-time.js';
import { invalidateWorkingCalendar } from './working-calendar-cache.js';
import { ownsRecordsOf } from '../ownership.js';
import { tierNodeZh } from '../node/tier-label.js';

/** CalendarDay as the schema shows it. */
export interface CalendarDayView {
  day: string;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string;
  updatedBy: string;
  updatedAt: string;
}

export interface CalendarDayInput {
  day: string;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string;
}

const kindOf: Record<CalendarDayInput['kind'], CalendarDayKind> = {
  HOLIDAY: 'holiday',
  WORKDAY: 'workday',
};

/**
 * One edit of the node's calendar: `write` in the node's own scope, with an audit
 * entry for the day it changed (none when it changed nothing). The cached calendar
 * is dropped after the commit: a read between an earlier invalidation and the commit
 * would cache the old days.
 */
async function editCalendar<Row extends CalendarDayRow | undefined>(
  context: RequestContext,
  change: 'set' | 'remove',
  write: (trx: Transaction<Database>) => Promise<Row>,
): Promise<Row> {
  const { node } = context;
  const edited = await inScope(node.db, { division: node.division }, async (trx) => {
    const row = await write(trx);
    if (row) {
      await appendAudit(trx, context, {
        action: 'calendar.edit',
        entity: 'calendar_day',
        entityIds: [row.day],
        detail: { change, kind: row.kind, name: row.name },
        scope: node.division,
      });
    }
    return row;
  });
  if (edited) invalidateWorkingCalendar(node);
  return edited;
}

function view(row: CalendarDayRow): CalendarDayView {
  return {
    day: row.day,
    kind: row.kind === 'holiday' ? 'HOLIDAY' : 'WORKDAY',
    name: row.name,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
  };
}

// The years any date a client sends may fall in: wide enough for any notice, narrow enough to catch typos (20266).
const inCalendarYears = isSupportedYear;

const yearsText = {
  zh: `${SUPPORTED_YEARS.min} 至 ${SUPPORTED_YEARS.max}`,
  en: `${SUPPORTED_YEARS.min} to ${SUPPORTED_YEARS.max}`,
};

/** Checks a YYYY-MM-DD date inside the accepted years; true when it is usable. */
function checkDay(problems: InputProblems, field: string, day: string): boolean {
  if (!isLocalDate(day)) {
    problems.add(field, {
      zh: `“${day}”不是按 YYYY-MM-DD 书写的有效日期。`,
      en: `"${day}" is not a real date written YYYY-MM-DD.`,
    });
    return false;
  }
  if (!inCalendarYears(Number(day.slice(0, 4)))) {
    problems.add(field, {
      zh: `年份须在 ${yearsText.zh} 之间。`,
      en: `must be in a year from ${yearsText.en}.`,
    });
    return false;
  }
  return true;
}

/**
 * Each node keeps its own calendar, and it is city-wide: only a city supervisor
 * whose division covers this city node's whole division edits it (a district
 * supervisor does not, nor anyone at a province or the ministry node).
 */
function authorizeCalendarEdit(context: RequestContext): void {
  const access = authorize(context.principal, 'calendar.edit');
  const { node } = context;
  if (!ownsRecordsOf(node, node.division) || !divisionContains(access.division, node.division)) {
    throw forbidden(
      {
        zh: `您无权在此执行 calendar.edit：${tierNodeZh(node.tier)} ${node.division} 的工作日历由该市的市级监督员编辑；您的行政区划是 ${access.division}。`,
        en: `You may not perform calendar.edit here: the working calendar of the ${node.tier} node ${node.division} is edited by the city supervisor of that city; your division is ${access.division}.`,
      },
      { operation: 'calendar.edit' },
    );
  }
}

/** The node's exceptions in `year`, in date order; any signed-in user of the node may read them. */
export async function listWorkingCalendar(
  context: RequestContext,
  year: number,
): Promise<CalendarDayView[]> {
  if (!inCalendarYears(year)) {
    throw badUserInput('year', {
      zh: `须为 ${yearsText.zh} 之间的年份。`,
      en: `must be a year from ${yearsText.en}.`,
    });
  }
  const rows = await inScope(context.node.db, { division: context.node.division }, (trx) =>
    listCalendarDays(trx, { from: `${year}-01-01`, to: `${year + 1}-01-01` }),
  );
  return rows.map(view);
}

/** Marks a day a holiday or a make-up workday (or changes what it says), audited. */
export async function setCalendarDay(
  context: RequestContext,
  input: CalendarDayInput,
): Promise<CalendarDayView> {
  authorizeCalendarEdit(context);
  const problems = new InputProblems();
  const dayIsUsable = checkDay(problems, 'input.day', input.day);
  const name = problems.text('input.name', input.name, { min: 1, max: 50 });
  const kind = kindOf[input.kind];
  if (!kind) {
    problems.add('input.kind', {
      zh: '须为 HOLIDAY 或 WORKDAY。',
      en: 'must be HOLIDAY or WORKDAY.',
    });
  }
  // A weekday is a working day anyway: a WORKDAY there would be a no-op that reads like a change.
  if (dayIsUsable && kind === 'workday' && ![0, 6].includes(weekdayOf(input.day))) {
    problems.add('input.kind', {
      zh: `WORKDAY 用于标记调休上班的周末；${input.day} 是周一至周五，本来就是工作日。`,
      en: `WORKDAY marks a weekend day worked (调休上班); ${input.day} is a weekday, a working day already.`,
    });
  }
  problems.throwIfAny();
  if (!name || !kind) throw badUserInput('input', { zh: '不完整。', en: 'is incomplete.' });

  const saved = await editCalendar(context, 'set', (trx) =>
    upsertCalendarDay(trx, {
      day: input.day,
      kind,
      name,
      updatedBy: context.principal.username,
    }),
  );
  return view(saved);
}

/** Removes a day's exception (it reverts to the Monday–Friday rule); false when there was none. */
export async function removeCalendarDay(context: RequestContext, day: string): Promise<boolean> {
  authorizeCalendarEdit(context);
  const problems = new InputProblems();
  checkDay(problems, 'day', day);
  problems.throwIfAny();

  const previous = await editCalendar(context, 'remove', (trx) => deleteCalendarDay(trx, day));
  return previous !== undefined;
}
