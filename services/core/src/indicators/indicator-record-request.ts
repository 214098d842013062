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
import type {
  Bilingual,
  Principal,
  ListSort,
  Access,
  Operation,
  IndicatorHolder,
} from '@city-ops/kernel';
import type { RecordTable } from '../records/record-kind.js';
import { METRIC_INSTANTS } from './rollup-contributions.js';
import { ROLLUP_METRICS } from './indicator-definitions.js';
import { INDICATOR_PARTS, isRecordIndicator, kindsOfMetric } from './indicator-parts.js';
import type { IndicatorPart, RecordSelector } from './indicator-parts.js';
import { tierNodeZh } from '../node/tier-label.js';
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
const CATEGORY_FORMATS: Record<RecordTable, { pattern: RegExp; rule: Bilingual }> = {
  hotline_ticket: {
    pattern: /^(\d{2}){1,3}$/,
    rule: {
      zh: '2、4 或 6 位数字的工单分类代码',
      en: 'a ticket category code of 2, 4 or 6 digits',
    },
  },
  case_report: {
    pattern: /^(COMPONENT|EVENT):\d{2}(\d{2})?$/,
    rule: {
      zh: '案件类型加大类或小类代码，如 EVENT:01 或 EVENT:0101',
      en: 'a case type and class code such as EVENT:01 or EVENT:0101',
    },
  },
  enforcement_record: {
    pattern: /^.{1,200}$/su,
    rule: { zh: '违法条款（1–200 个字符）', en: 'a violated article (1–200 characters)' },
  },
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
    problems.add('indicator', {
      zh: '请用统计项或指标之一指明单元格，不能同时使用。',
      en: 'name the cell by a metric or by an indicator, not both.',
    });
    return undefined;
  }
  if (metric != null) {
    if (part !== 'NUMERATOR') {
      problems.add('part', {
        zh: '须与 `indicator` 一起使用；统计项按原样列出。',
        en: 'goes with `indicator`; a metric is listed as it is.',
      });
    }
    const kinds = kindsOfMetric(metric);
    if (kind) {
      if (kinds.includes(kind)) return { recordKind: kind, metric };
      problems.add('metric', {
        zh: `“${metric}”不是 ${nameOfKind[kind]} 的汇总统计项；其统计项为 ${ROLLUP_METRICS[kind].join('、')}。`,
        en: `"${metric}" is not a rollup metric of ${nameOfKind[kind]}; its metrics are ${ROLLUP_METRICS[kind].join(', ')}.`,
      });
      return undefined;
    }
    if (kinds.length === 1) return { recordKind: kinds[0]!, metric };
    if (kinds.length > 1) {
      const names = kinds.map((one) => nameOfKind[one]);
      problems.add('recordKind', {
        zh: `“${metric}”是 ${names.join(' 和 ')} 共有的统计项：请指明是哪一类。`,
        en: `"${metric}" is a metric of ${names.join(' and ')}: say which.`,
      });
    } else {
      const known = [...new Set(Object.values(ROLLUP_METRICS).flat())];
      problems.add('metric', {
        zh: `“${metric}”不是汇总统计项（见 docs/SYNC.md 汇总规则）；统计项为 ${known.join('、')}。`,
        en: `"${metric}" is not a rollup metric (docs/SYNC.md, rollup rules); the metrics are ${known.join(', ')}.`,
      });
    }
    return undefined;
  }
  if (indicator != null) {
    if (!isRecordIndicator(indicator)) {
      problems.add('indicator', {
        zh: `${indicator} 是各比率的加权得分，不是记录数：请下钻到其中一个比率。`,
        en: `${indicator} is a weighted score of rates, not a count of records: drill into one of its rates.`,
      });
      return undefined;
    }
    const selector = INDICATOR_PARTS[indicator][part];
    if (!selector) {
      problems.add('part', {
        zh: `${indicator} 是数量或金额：只有分子（part NUMERATOR）。`,
        en: `${indicator} is a count or an amount: it has a numerator only (part NUMERATOR).`,
      });
      return undefined;
    }
    if (kind && kind !== selector.recordKind) {
      problems.add('recordKind', {
        zh: `${indicator} 是 ${nameOfKind[selector.recordKind]} 的指标，不是 ${nameOfKind[kind]} 的。`,
        en: `${indicator} is an indicator of ${nameOfKind[selector.recordKind]}, not ${nameOfKind[kind]}.`,
      });
      return undefined;
    }
    return selector;
  }
  problems.add('metric', {
    zh: '请指明单元格：汇总统计项（如 due，并给出 recordKind），或指标及其 part。',
    en: 'name the cell: a rollup metric (e.g. due, with recordKind) or an indicator and its part.',
  });
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
    problems.add(args.period.end != null ? 'period.end' : 'period.count', {
      zh: `下钻只列出一个周期的记录（count 1）：趋势中的每个周期各是一个单元格（现为 ${periods.length} 个）。`,
      en: `a drill-down lists the records of one period (count 1): each period of a trend is a cell of its own (got ${periods.length}).`,
    });
  }
  const selector = readSelector(problems, args);
  const category = args.category ?? null;
  if (category !== null && selector) {
    const format = CATEGORY_FORMATS[selector.recordKind];
    if (!format.pattern.test(category)) {
      problems.add('category', {
        zh: `“${category}”不是${format.rule.zh}。`,
        en: `"${category}" is not ${format.rule.en}.`,
      });
    }
  }
  const limit = args.first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    problems.add('first', {
      zh: `须在 1 至 ${MAX_PAGE_SIZE} 之间。`,
      en: `must be between 1 and ${MAX_PAGE_SIZE}.`,
    });
  }
  problems.throwIfAny();
  const after = args.after ? drillDownCursorKey(args.after, selector!) : undefined;
  const access = authorize(principal, RECORD_READ_OPERATION[selector!.recordKind]);
  if (!divisionContains(access.division, division)) {
    throw forbidden(
      {
        zh: `行政区划 ${divisionLabel(division)} 不在您的行政区划 ${divisionLabel(access.division)} 之内。`,
        en: `Division ${divisionLabel(division)} is outside your division ${divisionLabel(access.division)}.`,
      },
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
    throw badUserInput('after', {
      zh: '不是本接口返回的游标；请原样传入 pageInfo.endCursor。',
      en: 'is not a cursor returned by this API; pass pageInfo.endCursor unchanged.',
    });
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
  const where = holders.map((holder) => ({
    zh: `${tierNodeZh(holder.tier)} ${divisionLabel(holder.division)}`,
    en: `the ${holder.tier} node ${divisionLabel(holder.division)}`,
  }));
  throw notOwner(
    {
      zh: `本${tierNodeZh(node.tier)} ${divisionLabel(node.division)} 不保存 ${divisionLabel(division)} 的记录；请向${where.map((one) => one.zh).join('或')}查询（网关会自动转发）。`,
      en: `This ${node.tier} node ${divisionLabel(node.division)} holds no records of ${divisionLabel(division)}; ask ${where.map((one) => one.en).join(' or ')} (the gateway routes it).`,
    },
    holders[0]?.division,
  );
}
