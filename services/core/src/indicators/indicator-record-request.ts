import {
  divisionLabel,
  badUserInput,
  forbidden,
  notOwner,
  InputProblems,
  decodeCursor,
  MAX_PAGE_SIZE,
  authorize,
  indicatorRecordHolders,
  recordDivisionProblem,
} from '@city-ops/kernel';
import { divisionContains } from '@city-ops/schema';
import type { Principal, ListSort, Access, Operation, IndicatorHolder } from '@city-ops/kernel';
import type { RecordTable } from '../records/record-kind.js';
import { METRIC_INSTANTS } from './rollup-contributions.js';
import { ROLLUP_METRICS } from './indicator-definitions.js';
import { INDICATOR_PARTS, isRecordIndicator, kindsOfMetric } from './indicator-parts.js';
import type { IndicatorPart, RecordSelector } from './indicator-parts.js';
import { readPeriods } from './periods.js';
import type { Period, PeriodInput } from './periods.js';

/** IndicatorRecordKind in the SDL. */
export type IndicatorRecordKindName = 'HOTLINE_TICKET' | 'CASE_REPORT' | 'ENFORCEMENT_RECORD';

const kindOfName: Record<IndicatorRecordKindName, RecordTable> = {
  HOTLINE_TICKET: 'hotline_ticket',
  CASE_REPORT: 'case_report',
  ENFORCEMENT_RECORD: 'enforcement_record',
};
const nameOfKind = Object.fromEntries(
  Object.entries(kindOfName).map(([name, kind]) => [kind, name]),
) as Record<RecordTable, IndicatorRecordKindName>;

/** Reading the records behind a cell needs reading records of that kind, besides indicator.read. */
export const RECORD_READ_OPERATION: Record<RecordTable, Operation> = {
  hotline_ticket: 'ticket.read',
  case_report: 'case.read',
  enforcement_record: 'enforcement.read',
};

/**
 * A drill-down lists a cell's records in the order of the instant its metric is dated
 * by (a due count by due time, a closure count by closing time), then by id: the order
 * the instant's index gives, so a page reads only as far into the period as it needs.
 * Its cursor carries that instant and the id under this sort.
 */
export function drillDownOrder(selector: RecordSelector): ListSort {
  const { column } = METRIC_INSTANTS[selector.recordKind][selector.metric]!;
  return { by: column.toUpperCase(), direction: 'ASC' };
}

export interface IndicatorRecordArgs {
  division: string;
  period: PeriodInput;
  recordKind?: IndicatorRecordKindName | null;
  metric?: string | null;
  indicator?: string | null;
  part?: IndicatorPart | null;
  category?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface IndicatorRecordRequest {
  /** The access of the record kind's read operation: the rows reachable. */
  access: Access;
  division: string;
  period: Period;
  selector: RecordSelector;
  category: string | null;
  limit: number;
  /** Where the previous page ended: the record's instant in `drillDownOrder` and its id. */
  after: { at: Date; id: string } | undefined;
}

/** What a cell's category looks like per record kind: a code of any level, as reports list them. */
const CATEGORY_FORMATS: Record<RecordTable, { pattern: RegExp; rule: string }> = {
  hotline_ticket: { pattern: /^(\d{2}){1,3}$/, rule: 'a ticket category code of 2, 4 or 6 digits' },
  case_report: {
    pattern: /^(COMPONENT|EVENT):\d{2}(\d{2})?$/,
    rule: 'a case type and class code such as EVENT:01 or EVENT:0101',
  },
  enforcement_record: { pattern: /^.{1,200}$/su, rule: 'a violated article (1–200 characters)' },
};

/** The record kind and metric(s) a request names, or problems on the fields it names them by. */
function readSelector(
  problems: InputProblems,
  args: IndicatorRecordArgs,
): RecordSelector | undefined {
  const kind = args.recordKind ? kindOfName[args.recordKind] : undefined;
  const { metric, indicator } = args;
  const part = args.part ?? 'NUMERATOR';
  if (metric != null && indicator != null) {
    problems.add('indicator', 'name the cell by a metric or by an indicator, not both.');
    return undefined;
  }
  if (metric != null) {
    if (part !== 'NUMERATOR') {
      problems.add('part', 'goes with `indicator`; a metric is listed as it is.');
    }
    const kinds = kindsOfMetric(metric);
    if (kind) {
      if (kinds.includes(kind)) return { recordKind: kind, metric };
      problems.add(
        'metric',
        `"${metric}" is not a rollup metric of ${nameOfKind[kind]}; its metrics are ${ROLLUP_METRICS[kind].join(', ')}.`,
      );
      return undefined;
    }
    if (kinds.length === 1) return { recordKind: kinds[0]!, metric };
    if (kinds.length > 1) {
      problems.add(
        'recordKind',
        `"${metric}" is a metric of ${kinds.map((one) => nameOfKind[one]).join(' and ')}: say which.`,
      );
    } else {
      const known = [...new Set(Object.values(ROLLUP_METRICS).flat())];
      problems.add(
        'metric',
        `"${metric}" is not a rollup metric (docs/SYNC.md, rollup rules); the metrics are ${known.join(', ')}.`,
      );
    }
    return undefined;
  }
  if (indicator != null) {
    if (!isRecordIndicator(indicator)) {
      problems.add(
        'indicator',
        `${indicator} is a weighted score of rates, not a count of records: drill into one of its rates.`,
      );
      return undefined;
    }
    const selector = INDICATOR_PARTS[indicator][part];
    if (!selector) {
      problems.add(
        'part',
        `${indicator} is a count or an amount: it has a numerator only (part NUMERATOR).`,
      );
      return undefined;
    }
    if (kind && kind !== selector.recordKind) {
      problems.add(
        'recordKind',
        `${indicator} is an indicator of ${nameOfKind[selector.recordKind]}, not ${nameOfKind[kind]}.`,
      );
      return undefined;
    }
    return selector;
  }
  problems.add(
    'metric',
    'name the cell: a rollup metric (e.g. due, with recordKind) or an indicator and its part.',
  );
  return undefined;
}

/**
 * Checks a drill-down the same way at the gateway and at the node, in this order:
 * indicator.read (FORBIDDEN), every input field (BAD_USER_INPUT naming each), the
 * record kind's read operation (FORBIDDEN), then whether the division lies inside
 * the caller's (FORBIDDEN).
 */
export function checkIndicatorRecordRequest(
  principal: Principal,
  args: IndicatorRecordArgs,
): IndicatorRecordRequest {
  authorize(principal, 'indicator.read');
  const problems = new InputProblems();
  const { division } = args;
  const divisionProblem = recordDivisionProblem(division);
  if (divisionProblem) problems.add('division', divisionProblem);
  const periods = readPeriods(problems, args.period);
  if (periods && periods.length > 1) {
    problems.add(
      args.period.end != null ? 'period.end' : 'period.count',
      `a drill-down lists the records of one period (count 1): each period of a trend is a cell of its own (got ${periods.length}).`,
    );
  }
  const selector = readSelector(problems, args);
  const category = args.category ?? null;
  if (category !== null && selector) {
    const format = CATEGORY_FORMATS[selector.recordKind];
    if (!format.pattern.test(category)) {
      problems.add('category', `"${category}" is not ${format.rule}.`);
    }
  }
  const limit = args.first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    problems.add('first', `must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  problems.throwIfAny();
  const after = args.after ? drillDownCursorKey(args.after, selector!) : undefined;
  const access = authorize(principal, RECORD_READ_OPERATION[selector!.recordKind]);
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      `Division ${divisionLabel(division)} is outside your division ${divisionLabel(access.division)}.`,
      { operation: access.operation },
    );
  }
  return {
    access,
    division,
    period: periods![0]!,
    selector: selector!,
    category,
    limit,
    after,
  };
}

function drillDownCursorKey(cursor: string, selector: RecordSelector): { at: Date; id: string } {
  const key = decodeCursor(cursor, 'after', drillDownOrder(selector));
  if (key.value === null) {
    throw badUserInput(
      'after',
      'is not a cursor returned by this API; pass pageInfo.endCursor unchanged.',
    );
  }
  return { at: new Date(key.value), id: key.id };
}

/**
 * Refuses, with NOT_OWNER naming the nodes to ask, a drill-down into a division whose
 * records this node does not hold (a city asked for its province, a province for
 * another's city, the ministry for anything).
 */
export function assertHoldsRecords(node: IndicatorHolder, division: string): void {
  const holders = indicatorRecordHolders(division);
  if (holders.some((holder) => holder.tier === node.tier && holder.division === node.division)) {
    return;
  }
  const where = holders.map(
    (holder) => `the ${holder.tier} node ${divisionLabel(holder.division)}`,
  );
  throw notOwner(
    `This ${node.tier} node ${divisionLabel(node.division)} holds no records of ${divisionLabel(division)}; ask ${where.join(' or ')} (the gateway routes it).`,
    holders[0]?.division,
  );
}
