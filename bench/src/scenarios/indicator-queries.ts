/**
 * The questions of the indicators scenario, each with the check its probe must
 * pass before anything is measured.
 */

const VALUE = 'name numerator denominator value';

/** A year's trend of the province, per level-1 category: what a provincial overview shows. */
export const OVERVIEW = `query ($division: String!, $start: String!) {
  indicators(division: $division, period: { unit: MONTH, start: $start, count: 12 }, categoryLevel: 1) {
    source currentTo servedBy { tier division { code } }
    periods {
      label start end
      total { compositeScore metrics { recordKind name value } indicators { ${VALUE} } }
      categories { recordKind code name indicators { compositeScore indicators { ${VALUE} } } }
    }
  }
}`;

export const RANKING = `query ($division: String!, $start: String!) {
  indicatorRanking(division: $division, period: { unit: MONTH, start: $start }, indicator: COMPOSITE_SCORE) {
    source currentTo start end
    entries { rank value compositeScore division { code name } }
  }
}`;

/** The first page of the records behind one cell: the tickets due in a month in one city. */
export const DRILL_DOWN = `query ($division: String!, $start: String!) {
  indicatorRecords(division: $division, period: { unit: MONTH, start: $start },
                   recordKind: HOTLINE_TICKET, metric: "due", first: 20) {
    metric currentTo servedBy { tier }
    edges {
      cursor amount
      node {
        __typename
        ... on HotlineTicket {
          id number title status division { code name } categoryPath { name }
          caller { name phone masked } dueAt closedAt overdue
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const REPORT_VALUE = `name label kind current { ${VALUE} } previous { ${VALUE} } change changeUnit`;
const REPORT_DIVISION = `division { code name } province { code }
  indicators { ${REPORT_VALUE} } compositeScore { current previous change }`;

export const MONTHLY_REPORT = `query ($month: String!) {
  monthlyReport(month: $month) {
    month previousMonth currentTo
    national { ${REPORT_DIVISION} }
    provinces { ${REPORT_DIVISION} }
    cities { ${REPORT_DIVISION} }
    rankings {
      scope { code } indicator label changeUnit
      entries { rank previousRank division { code } value previousValue change indicator { ${VALUE} } }
    }
  }
}`;

type Data = Record<string, unknown>;
type Check = (data: Data) => string | undefined;

interface MetricValue {
  recordKind: string;
  name: string;
  value: number;
}

/** The overview must hold every ticket the province created in the year, from its rollups. */
export function expectOverview(createdInYear: number): Check {
  return (data) => {
    const report = data['indicators'] as
      | {
          source?: string;
          currentTo?: string | null;
          periods?: { total: { metrics: MetricValue[] }; categories: unknown[] }[];
        }
      | undefined;
    if (report?.source !== 'ROLLUPS') return `source ${report?.source}, not ROLLUPS`;
    if (!report.currentTo) return 'no currentTo';
    if (report.periods?.length !== 12) return `${report.periods?.length} periods, not 12`;
    const created = report.periods.reduce(
      (sum, period) =>
        sum +
        (period.total.metrics.find(
          (metric) => metric.recordKind === 'HOTLINE_TICKET' && metric.name === 'created',
        )?.value ?? 0),
      0,
    );
    if (created !== createdInYear) return `created ${created}, expected ${createdInYear}`;
    if (report.periods.some((period) => period.categories.length === 0)) {
      return 'a period without categories';
    }
    return undefined;
  };
}

export function expectRanking(cities: readonly string[]): Check {
  return (data) => {
    const entries = (
      data['indicatorRanking'] as
        { entries?: { rank: number | null; division: { code: string } }[] } | undefined
    )?.entries;
    const ranked = entries?.filter((entry) => entry.rank !== null).map((e) => e.division.code);
    return ranked && cities.every((city) => ranked.includes(city))
      ? undefined
      : `expected ${cities.join(', ')} ranked, got ${JSON.stringify(entries)}`;
  };
}

export function expectDrillDown(page: number): Check {
  return (data) => {
    const connection = data['indicatorRecords'] as
      | {
          edges?: {
            amount: number;
            node: { __typename: string; caller?: { masked: boolean } };
          }[];
          pageInfo?: { hasNextPage: boolean };
        }
      | undefined;
    const edges = connection?.edges ?? [];
    if (edges.length !== page) return `${edges.length} records, expected ${page}`;
    if (!connection?.pageInfo?.hasNextPage) return 'no next page';
    if (edges.some((edge) => edge.node.__typename !== 'HotlineTicket' || edge.amount !== 1)) {
      return 'a record that is not a ticket due once';
    }
    if (edges.some((edge) => edge.node.caller?.masked !== true)) return 'an unmasked caller';
    return undefined;
  };
}

/** The national 首呼解决率 denominator is every ticket created in the month. */
export function expectMonthlyReport(createdInMonth: number, cities: readonly string[]): Check {
  return (data) => {
    const report = data['monthlyReport'] as
      | {
          national?: {
            indicators: { name: string; current: { denominator: number | null } }[];
          };
          cities?: { division: { code: string }; compositeScore: { current: number | null } }[];
        }
      | undefined;
    const firstCall = report?.national?.indicators.find(
      (indicator) => indicator.name === 'TICKET_FIRST_CALL_RESOLUTION_RATE',
    );
    if (firstCall?.current.denominator !== createdInMonth) {
      return `national tickets created ${firstCall?.current.denominator}, expected ${createdInMonth}`;
    }
    const scored = (report?.cities ?? [])
      .filter((city) => city.compositeScore.current !== null)
      .map((city) => city.division.code);
    return cities.every((city) => scored.includes(city))
      ? undefined
      : `cities with a score: ${scored.join(', ')}`;
  };
}
