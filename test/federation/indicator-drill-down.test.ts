import { buildSchema, getNamedType } from 'graphql';
import { addLocalDays, localDateOf, nextPeriodStart, periodStartOf } from '@city-ops/core';
import { compareCursorKeys, decodeCursor } from '@city-ops/kernel';
import type { SyncConsumer } from '@city-ops/core';
import { typeDefs } from '@city-ops/schema';
import { OFFICERS, PERSON_ID, ZONE } from '../support/enforcement.js';
import { startFederation, drain } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The supervisors' views, through the gateway: the supervised and
 * overdue lists across two cities, and drill-down from an indicator cell to the
 * records behind it — at the city (its records), at the province (its masked
 * replicas) and for a ministry analyst (routed to the province). For every cell the
 * records listed, paged through, are exactly as many as `indicators` counts, and
 * their amounts add up to the metric.
 */

const DRILL = /* GraphQL */ `
  query (
    $division: String!
    $period: PeriodInput!
    $recordKind: IndicatorRecordKind
    $metric: String
    $indicator: IndicatorName
    $part: IndicatorPart
    $category: String
    $first: Int
    $after: String
  ) {
    indicatorRecords(
      division: $division
      period: $period
      recordKind: $recordKind
      metric: $metric
      indicator: $indicator
      part: $part
      category: $category
      first: $first
      after: $after
    ) {
      recordKind
      metric
      excluding
      category
      label
      currentTo
      servedBy {
        tier
        division {
          code
        }
      }
      edges {
        cursor
        amount
        node {
          __typename
          ... on HotlineTicket {
            id
            categoryPath {
              code
            }
            caller {
              name
              phone
              masked
            }
            location {
              address
            }
            replica {
              source {
                code
              }
            }
          }
          ... on CaseReport {
            id
            minorCode
          }
          ... on EnforcementRecord {
            id
            party {
              name
              masked
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const INDICATORS = /* GraphQL */ `
  query ($division: String!, $period: PeriodInput!, $categoryLevel: Int) {
    indicators(division: $division, period: $period, categoryLevel: $categoryLevel) {
      servedBy {
        tier
      }
      periods {
        total {
          metrics {
            recordKind
            name
            value
          }
          indicators {
            name
            numerator
            denominator
          }
        }
        categories {
          recordKind
          code
          indicators {
            metrics {
              recordKind
              name
              value
            }
          }
        }
      }
    }
  }
`;

interface DrillNode {
  __typename: string;
  id: string;
  categoryPath?: { code: string }[];
  caller?: { name: string | null; phone: string | null; masked: boolean };
  location?: { address: string | null };
  replica?: { source: { code: string } } | null;
  party?: { name: string; masked: boolean };
}

interface DrillPage {
  recordKind: string;
  metric: string;
  excluding: string | null;
  currentTo: string | null;
  servedBy: { tier: string; division: { code: string } };
  edges: { cursor: string; amount: number; node: DrillNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface IndicatorsAnswer {
  servedBy: { tier: string };
  periods: {
    total: {
      metrics: { recordKind: string; name: string; value: number }[];
      indicators: { name: string; numerator: number; denominator: number | null }[];
    };
    categories: {
      recordKind: string;
      code: string;
      indicators: { metrics: { recordKind: string; name: string; value: number }[] };
    }[];
  }[];
}

const mutationType = buildSchema(typeDefs).getMutationType()!;
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];
const fieldOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['field'];

describe('supervisors’ views: supervised and overdue lists, drill-down from indicators to records', () => {
  let federation: TestFederation;
  const consumers: Record<string, SyncConsumer> = {};
  const today = localDateOf(new Date(), ZONE);
  const thisMonth = periodStartOf(today, 'MONTH');
  // From last month (a due time set to yesterday falls in it on the 1st) to the month
  // after next (a deadline in working days can fall there): every record's instants
  // fall in one of these, so each cell's counts add up to what the workflows did.
  const nextMonth = nextPeriodStart(thisMonth, 'MONTH');
  const months = [
    periodStartOf(addLocalDays(thisMonth, -1), 'MONTH'),
    thisMonth,
    nextMonth,
    nextPeriodStart(nextMonth, 'MONTH'),
  ];
  const supervisedTickets: string[] = [];
  const overdueTickets: string[] = [];
  let supervisedCase = '';

  const drainAt = (division: string, sources: string[]) =>
    drain(consumers[division]!, sources, federation);

  async function syncAll() {
    await drainAt('320000', ['320100', '320200']);
    await drainAt('320100', ['320000']);
    await drainAt('320200', ['320000']);
    await drainAt('000000', ['320000']);
  }

  async function mutate(
    user: string,
    field: string,
    input: Record<string, unknown>,
  ): Promise<{ id: string; version: number }> {
    const inputType = getNamedType(
      mutationType.getFields()[field]!.args.find((arg) => arg.name === 'input')!.type,
    ).name;
    const response = await federation.query<Record<string, { id: string; version: number }>>(
      federation.token(user),
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { id version } }`,
      { input },
    );
    expect(response.errors, `${user} ${field}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    return response.data![field]!;
  }

  type Record_ = { id: string; version: number };
  const act = (user: string, field: string, record: Record_, extra = {}) =>
    mutate(user, field, { id: record.id, version: record.version, ...extra });

  /** Tickets of one city: direct, merged, closed on time, late, overdue, in two level-1 categories. */
  async function ticketFlows(city: string) {
    const agent = `agent.${city}`;
    const dispatcher = `dispatcher.${city}`;
    const unit = `unit-cg.${city}`;
    const create = (categoryCode: string) =>
      mutate(agent, 'createTicket', {
        division: `${city.slice(0, 4)}06`,
        channel: 'PHONE',
        intakeClass: 'COMPLAINT',
        categoryCode,
        title: '人行道占道经营',
        content: '早晚高峰流动摊贩占用人行道。',
        caller: { name: '王小明', phone: '13912345678' },
        location: { address: '中山路100号' },
      });
    const closedLoop = async (ticket: Record_) => {
      let current = await act(dispatcher, 'dispatchTicket', ticket, { leadUnit: `${city}-cg` });
      current = await act(unit, 'signForTicket', current);
      current = await act(unit, 'startHandlingTicket', current);
      current = await act(unit, 'replyToTicket', current, {
        reply: '已处理。',
        resolution: 'RESOLVED',
      });
      current = await act(dispatcher, 'approveTicketReply', current);
      return act(agent, 'callBackTicket', current, {
        resolution: 'RESOLVED',
        satisfaction: 'SATISFIED',
      });
    };
    const backdate = (id: string, set: { due_at: Date; created_at?: Date }) =>
      federation
        .database(city)
        .updateTable('hotline_ticket')
        .set(set)
        .where('id', '=', id)
        .execute();

    const direct = await create('010101');
    await act(agent, 'answerTicketDirectly', direct, { reply: '已解答。', resolution: 'RESOLVED' });
    const parent = await create('010101');
    await act(agent, 'mergeTicket', await create('010202'), { parentId: parent.id });
    await act(agent, 'closeTicket', await closedLoop(parent));
    await act(agent, 'closeTicket', await closedLoop(await create('020101')));
    const late = await closedLoop(await create('010101'));
    await backdate(late.id, {
      created_at: new Date(Date.now() - 49 * 3_600_000),
      due_at: new Date(Date.now() - 3_600_000),
    });
    await act(agent, 'closeTicket', late);
    const open = await act(dispatcher, 'dispatchTicket', await create('020101'), {
      leadUnit: `${city}-cg`,
    });
    await backdate(open.id, { due_at: new Date(Date.now() - 86_400_000) });
    await act(unit, 'signForTicket', open);
    overdueTickets.push(open.id);
    return { supervise: [open.id, parent.id] };
  }

  /** Cases of one city: closed after a rework, parked, closed. */
  async function caseFlows(city: string) {
    const dispatcher = `dispatcher.${city}`;
    const unit = `unit-cg.${city}`;
    const dispatched = async () => {
      const reported = await mutate(dispatcher, 'reportCase', {
        division: `${city.slice(0, 4)}06`,
        source: 'INSPECTOR',
        type: 'EVENT',
        majorClass: 'CITY_APPEARANCE',
        minorCode: '0101',
        description: '人行道暴露垃圾',
        gridCell: `${city}-g001`,
      });
      return act(dispatcher, 'dispatchCase', await act(dispatcher, 'fileCase', reported), {
        handlingUnit: `${city}-cg`,
      });
    };
    const handled = async (record: Record_) =>
      act(unit, 'reportBackCase', await act(unit, 'startHandlingCase', record), {
        result: '已清运。',
      });
    const reworked = await act(dispatcher, 'verifyCase', await handled(await dispatched()), {
      passed: false,
      comment: '未清理干净',
    });
    await act(dispatcher, 'verifyCase', await handled(reworked), { passed: true });
    const parked = await act(dispatcher, 'parkCase', await dispatched(), { reason: '待专项整治' });
    await act(dispatcher, 'verifyCase', await handled(await dispatched()), { passed: true });
    return parked.id;
  }

  /** A summary fine of 南京, paid on the spot. */
  async function enforcementFlow() {
    const officer = 'officer.320100';
    const summary = await mutate(officer, 'fileEnforcementCase', {
      division: '320106',
      source: 'PATROL',
      violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
      penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
      party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
      officers: OFFICERS,
      procedure: 'SUMMARY',
    });
    const decided = await act(officer, 'decideEnforcementCase', summary, {
      penaltyType: 'FINE',
      fineAmount: 150.5,
    });
    const served = await act(officer, 'serveEnforcementDecision', decided);
    await act(officer, 'recordEnforcementPayment', served, { amount: 150.5 });
  }

  async function supervise(recordId: string, recordKind: string) {
    await mutate('supervisor.320000', 'issueSupervisionOrder', {
      recordId,
      recordKind,
      level: 'ROUTINE',
      deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      instructions: '请于五个工作日内办结并反馈。',
    });
  }

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100', '320200'],
    });
    consumers['320000'] = federation.syncConsumer('320000', ['320100', '320200']);
    consumers['320100'] = federation.syncConsumer('320100', ['320000']);
    consumers['320200'] = federation.syncConsumer('320200', ['320000']);
    consumers['000000'] = federation.syncConsumer('000000', ['320000']);
    for (const consumer of Object.values(consumers)) await consumer.registerSources();
    const nanjing = await ticketFlows('320100');
    const parked = await caseFlows('320100');
    await enforcementFlow();
    const wuxi = await ticketFlows('320200');
    await caseFlows('320200');
    await syncAll();
    // 督办: 南京's overdue ticket and a closed one, 无锡's overdue ticket, 南京's parked case.
    supervisedTickets.push(...nanjing.supervise, wuxi.supervise[0]!);
    for (const id of supervisedTickets) await supervise(id, 'HOTLINE_TICKET');
    supervisedCase = parked;
    await supervise(parked, 'CASE_REPORT');
    await syncAll();
  });

  afterAll(async () => {
    await federation?.close();
  });

  /** Every page of a list field, through the gateway. */
  async function allIds(
    user: string,
    filter: Record<string, unknown>,
    field = 'tickets',
    division = '320000',
  ) {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse<
        Record<
          string,
          { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } }
        >
      > = await federation.query(
        federation.token(user),
        `query ($division: String, $filter: ${field === 'tickets' ? 'TicketFilter' : 'CaseReportFilter'}, $after: String) {
          ${field}(division: $division, filter: $filter, first: 2, after: $after) {
            nodes { id } pageInfo { hasNextPage endCursor } } }`,
        { division, filter, after },
      );
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      const page = response.data![field]!;
      ids.push(...page.nodes.map((node) => node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return ids;
  }

  it('lists the supervised and the overdue records of the province across both cities', async () => {
    const sorted = (ids: string[]) => [...ids].sort();
    const supervised = await allIds('supervisor.320000', { supervised: true });
    expect(sorted(supervised)).toEqual(sorted(supervisedTickets));
    expect(new Set(supervised.map((id) => id.slice(0, 6)))).toEqual(new Set(['320100', '320200']));
    const overdue = await allIds('supervisor.320000', { overdue: true });
    expect(sorted(overdue)).toEqual(sorted(overdueTickets));
    const both = await allIds('supervisor.320000', { overdue: true, supervised: true });
    expect(sorted(both)).toEqual(sorted(overdueTickets));
    const unsupervised = await allIds('supervisor.320000', { supervised: false });
    // Six tickets per city.
    expect(unsupervised).toHaveLength(2 * 6 - supervisedTickets.length);
    expect(unsupervised.some((id) => supervisedTickets.includes(id))).toBe(false);
    expect(await allIds('supervisor.320000', { supervised: true }, 'caseReports')).toEqual([
      supervisedCase,
    ]);
    expect(await allIds('supervisor.320000', { supervised: false }, 'caseReports')).toHaveLength(5);
    // A city's own supervisor sees its share, from the orders replicated down to the city.
    expect(await allIds('supervisor.320200', { supervised: true }, 'tickets', '320200')).toEqual([
      supervisedTickets[2],
    ]);
  });

  /** Every page of a drill-down, two records a page. */
  async function drill(user: string, variables: Record<string, unknown>) {
    const pages: DrillPage[] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse<{ indicatorRecords: DrillPage }> = await federation.query(
        federation.token(user),
        DRILL,
        { first: 2, ...variables, after },
      );
      expect(
        response.errors,
        `${user} ${JSON.stringify(variables)}: ${JSON.stringify(response.errors)}`,
      ).toBeUndefined();
      const page: DrillPage = response.data!.indicatorRecords;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      expect(pages.length).toBeLessThan(50);
    } while (after);
    const edges = pages.flatMap((page) => page.edges);
    const ids = edges.map((edge) => edge.node.id);
    expect(new Set(ids).size, 'each once').toBe(ids.length);
    // In the order of the instant the metric is dated by, then id: what the cursors say.
    const keys = edges.map((edge) => decodeCursor(edge.cursor));
    expect([...keys].sort(compareCursorKeys), 'by the dating instant, then id').toEqual(keys);
    expect(keys.every((key) => key.value !== null && key.sort.direction === 'ASC')).toBe(true);
    return {
      first: pages[0]!,
      edges,
      ids,
      total: edges.reduce((sum, edge) => sum + edge.amount, 0),
    };
  }

  async function indicators(user: string, division: string, start: string, categoryLevel?: number) {
    const response = await federation.query<{ indicators: IndicatorsAnswer }>(
      federation.token(user),
      INDICATORS,
      { division, period: { unit: 'MONTH', start }, ...(categoryLevel ? { categoryLevel } : {}) },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.indicators;
  }

  const metricOf = (answer: IndicatorsAnswer, kind: string, name: string) =>
    answer.periods[0]!.total.metrics.find((m) => m.recordKind === kind && m.name === name)!.value;

  /** The cells checked, each with how to read its value off the `indicators` answer. */
  const cells: {
    label: string;
    variables: Record<string, unknown>;
    value: (answer: IndicatorsAnswer) => number;
    count: boolean;
    /** What the workflows of one city add up to over the months. */
    perCity: number | null;
  }[] = [
    {
      label: 'hotline due',
      variables: { recordKind: 'HOTLINE_TICKET', metric: 'due' },
      value: (answer) => metricOf(answer, 'HOTLINE_TICKET', 'due'),
      count: true,
      perCity: 4,
    },
    {
      label: 'hotline closed_on_time',
      variables: { metric: 'closed_on_time', recordKind: 'HOTLINE_TICKET' },
      value: (answer) => metricOf(answer, 'HOTLINE_TICKET', 'closed_on_time'),
      count: true,
      perCity: 2,
    },
    {
      label: '按时办结率 denominator',
      variables: { indicator: 'TICKET_ON_TIME_CLOSURE_RATE', part: 'DENOMINATOR' },
      value: (answer) =>
        answer.periods[0]!.total.indicators.find((i) => i.name === 'TICKET_ON_TIME_CLOSURE_RATE')!
          .denominator!,
      count: true,
      perCity: 4,
    },
    {
      label: '超期件数',
      variables: { indicator: 'TICKET_OVERDUE_COUNT' },
      value: (answer) =>
        answer.periods[0]!.total.indicators.find((i) => i.name === 'TICKET_OVERDUE_COUNT')!
          .numerator,
      count: true,
      perCity: 2,
    },
    {
      label: 'hotline handling_seconds (a sum)',
      variables: { metric: 'handling_seconds' },
      value: (answer) => metricOf(answer, 'HOTLINE_TICKET', 'handling_seconds'),
      count: false,
      perCity: null,
    },
    {
      label: 'case closed',
      variables: { recordKind: 'CASE_REPORT', metric: 'closed' },
      value: (answer) => metricOf(answer, 'CASE_REPORT', 'closed'),
      count: true,
      perCity: 2,
    },
    {
      label: '返工率 numerator',
      variables: { indicator: 'CASE_REWORK_RATE', part: 'NUMERATOR' },
      value: (answer) => metricOf(answer, 'CASE_REPORT', 'closed_reworked'),
      count: true,
      perCity: 1,
    },
    {
      label: 'case parked',
      variables: { metric: 'parked' },
      value: (answer) => metricOf(answer, 'CASE_REPORT', 'parked'),
      count: true,
      perCity: 1,
    },
  ];

  /** Category cells: the count `indicators` gives the category at its level. */
  const categoryCells = [
    { kind: 'HOTLINE_TICKET', metric: 'created', category: '01', level: 1, perCity: 4 },
    { kind: 'HOTLINE_TICKET', metric: 'due', category: '02', level: 1, perCity: 2 },
    { kind: 'HOTLINE_TICKET', metric: 'created', category: '010101', level: 3, perCity: 3 },
    { kind: 'CASE_REPORT', metric: 'created', category: 'EVENT:01', level: 1, perCity: 3 },
  ];

  async function checkCells(user: string, division: string, tier: string) {
    const listed = new Map<string, number>();
    const count = (key: string, ids: string[]) =>
      listed.set(key, (listed.get(key) ?? 0) + ids.length);
    for (const start of months) {
      const period = { unit: 'MONTH', start };
      const answer = await indicators(user, division, start);
      for (const cell of cells) {
        const label = `${user} ${division} ${start} ${cell.label}`;
        const result = await drill(user, { division, period, ...cell.variables });
        expect(result.first.servedBy.tier, label).toBe(tier);
        expect(result.total, label).toBe(cell.value(answer));
        if (cell.count) expect(result.ids.length, label).toBe(cell.value(answer));
        count(cell.label, result.ids);
      }
      const byLevel = new Map<number, IndicatorsAnswer>();
      for (const cell of categoryCells) {
        const label = `${user} ${division} ${start} ${cell.kind} ${cell.metric} ${cell.category}`;
        if (!byLevel.has(cell.level)) {
          byLevel.set(cell.level, await indicators(user, division, start, cell.level));
        }
        const expected =
          byLevel
            .get(cell.level)!
            .periods[0]!.categories.find(
              (c) => c.recordKind === cell.kind && c.code === cell.category,
            )
            ?.indicators.metrics.find((m) => m.name === cell.metric)?.value ?? 0;
        const result = await drill(user, {
          division,
          period,
          recordKind: cell.kind,
          metric: cell.metric,
          category: cell.category,
        });
        expect(result.ids.length, label).toBe(expected);
        if (cell.kind === 'HOTLINE_TICKET') {
          for (const edge of result.edges) {
            expect(edge.node.categoryPath!.at(-1)!.code.startsWith(cell.category), label).toBe(
              true,
            );
          }
        }
        count(`${cell.kind} ${cell.metric} ${cell.category}`, result.ids);
      }
    }
    // The cells hold what the workflows did, so the comparisons above are not of empty lists.
    const cities = division === '320000' ? 2 : 1;
    for (const cell of cells) {
      if (cell.perCity !== null)
        expect(listed.get(cell.label), cell.label).toBe(cities * cell.perCity);
    }
    for (const cell of categoryCells) {
      const key = `${cell.kind} ${cell.metric} ${cell.category}`;
      expect(listed.get(key), key).toBe(cities * cell.perCity);
    }
  }

  it('at the city node: the records a cell counts, from the city’s own records', async () => {
    await checkCells('supervisor.320100', '320100', 'CITY');
  });

  it('at the province node: the same counts from its replicas, for a city and for the province', async () => {
    await checkCells('supervisor.320000', '320100', 'PROVINCE');
    await checkCells('supervisor.320000', '320000', 'PROVINCE');
  });

  it('for a ministry analyst: routed through the gateway to the province holding the records', async () => {
    await checkCells('analyst.000000', '320200', 'PROVINCE');
    const served = await drill('analyst.000000', {
      division: '320000',
      period: { unit: 'MONTH', start: thisMonth },
      metric: 'created',
      recordKind: 'HOTLINE_TICKET',
    });
    expect(served.first.servedBy).toEqual({ tier: 'PROVINCE', division: { code: '320000' } });
    expect(served.first.currentTo).not.toBeNull();
  });

  it('masks personal data at the province and shows it to the city’s own dispatcher', async () => {
    const variables = {
      division: '320100',
      period: { unit: 'MONTH', start: thisMonth },
      recordKind: 'HOTLINE_TICKET',
      metric: 'created',
    };
    const atProvince = await drill('supervisor.320000', variables);
    expect(atProvince.edges.length).toBeGreaterThan(0);
    for (const { node } of atProvince.edges) {
      expect(node.caller).toEqual({ name: '王**', phone: '139****5678', masked: true });
      expect(node.location!.address).toBe('中山路***');
      expect(node.replica).toEqual({ source: { code: '320100' } });
    }
    const atCity = await drill('dispatcher.320100', variables);
    expect(atCity.first.servedBy.tier).toBe('CITY');
    expect(atCity.ids).toEqual(atProvince.ids);
    for (const { node } of atCity.edges) {
      expect(node.caller).toEqual({ name: '王小明', phone: '13912345678', masked: false });
      expect(node.location!.address).toBe('中山路100号');
      expect(node.replica).toBeNull();
    }
    // Enforcement: the fine's records, the party masked at the province.
    const fines = await drill('supervisor.320000', {
      ...variables,
      recordKind: undefined,
      metric: 'fines_collected_fen',
    });
    const answer = await indicators('supervisor.320000', '320100', thisMonth);
    expect(fines.total).toBe(metricOf(answer, 'ENFORCEMENT_RECORD', 'fines_collected_fen'));
    for (const { node } of fines.edges) {
      expect(node.__typename).toBe('EnforcementRecord');
      expect(node.party).toEqual({ name: '李*', masked: true });
    }
  });

  it('resolves the records’ own fields across tiers, such as their supervision orders', async () => {
    const response = await federation.query<{
      indicatorRecords: {
        nodes: { id?: string; supervisionOrders?: { recordId: string }[] }[];
      };
    }>(
      federation.token('supervisor.320000'),
      `query ($period: PeriodInput!) {
        indicatorRecords(division: "320000", period: $period, recordKind: HOTLINE_TICKET,
                         metric: "created", first: 100) {
          nodes { ... on HotlineTicket { id supervisionOrders { recordId } } } } }`,
      { period: { unit: 'MONTH', start: thisMonth } },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const supervised = response.data!.indicatorRecords.nodes.filter(
      (node) => (node.supervisionOrders ?? []).length > 0,
    );
    expect(supervised.map((node) => node.id).sort()).toEqual([...supervisedTickets].sort());
  });

  it('refuses a caller outside the division or without the operations (FORBIDDEN) and bad input (BAD_USER_INPUT naming the field)', async () => {
    const cell = {
      division: '320100',
      period: { unit: 'MONTH', start: thisMonth },
      recordKind: 'HOTLINE_TICKET',
      metric: 'due',
    };
    const ask = (user: string, variables: Record<string, unknown>) =>
      federation.query(federation.token(user), DRILL, variables);
    // Another city's agent (no indicator.read) and its dispatcher (outside the division).
    expect(codeOf(await ask('agent.320200', cell))).toBe('FORBIDDEN');
    const dispatcher = await ask('dispatcher.320200', cell);
    expect(codeOf(dispatcher)).toBe('FORBIDDEN');
    expect(dispatcher.errors?.[0]?.message).toContain('不在您的辖区 320200');
    expect(codeOf(await ask('supervisor.320100', { ...cell, division: '320000' }))).toBe(
      'FORBIDDEN',
    );
    // A dispatcher reads indicators and tickets, not enforcement records.
    expect(
      codeOf(
        await ask('dispatcher.320100', {
          ...cell,
          recordKind: 'ENFORCEMENT_RECORD',
          metric: 'filed',
        }),
      ),
    ).toBe('FORBIDDEN');
    // Straight at the other city's node, bypassing the gateway: still refused.
    expect(
      codeOf(
        await federation.queryNode('320200', federation.token('dispatcher.320200'), DRILL, cell),
      ),
    ).toBe('FORBIDDEN');

    const bad = async (variables: Record<string, unknown>, field: string) => {
      const response = await ask('supervisor.320000', { ...cell, ...variables });
      expect(codeOf(response), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(fieldOf(response), JSON.stringify(variables)).toBe(field);
    };
    await bad({ metric: 'closed_late' }, 'metric');
    await bad({ recordKind: 'ENFORCEMENT_RECORD', metric: 'due' }, 'metric');
    await bad({ recordKind: null }, 'recordKind');
    await bad({ period: { unit: 'MONTH', start: months[0], count: 2 } }, 'period.count');
    await bad({ period: { unit: 'MONTH', start: months[0], end: thisMonth } }, 'period.end');
    await bad({ period: { unit: 'MONTH', start: addLocalDays(thisMonth, 1) } }, 'period.start');
    await bad({ division: '000000' }, 'division');
    await bad({ division: '320106' }, 'division');
    await bad({ metric: null, recordKind: null, indicator: 'COMPOSITE_SCORE' }, 'indicator');
    await bad(
      { metric: null, recordKind: null, indicator: 'CASE_PARKED_COUNT', part: 'DENOMINATOR' },
      'part',
    );
    await bad({ metric: null, recordKind: null }, 'metric');
    await bad({ indicator: 'TICKET_ON_TIME_CLOSURE_RATE' }, 'indicator');
    await bad({ category: 'EVENT:01' }, 'category');
    await bad({ first: 101 }, 'first');
    await bad({ after: 'not-a-cursor' }, 'after');
    // A due count pages by due time, a closure count by closing time: one's cursor means
    // nothing in the other's order.
    const byClosing = await ask('supervisor.320000', { ...cell, metric: 'closed', first: 1 });
    expect(byClosing.errors).toBeUndefined();
    const closingCursor = (byClosing.data as { indicatorRecords: DrillPage }).indicatorRecords
      .pageInfo.endCursor;
    expect(closingCursor).not.toBeNull();
    await bad({ after: closingCursor }, 'after');

    // Asked directly, a node without the records names the ones that hold them.
    const atSibling = await federation.queryNode(
      '320200',
      federation.token('supervisor.320000'),
      DRILL,
      cell,
    );
    expect(codeOf(atSibling)).toBe('NOT_OWNER');
    expect(atSibling.errors?.[0]?.extensions?.['owner']).toBe('320100');
    const atMinistry = await federation.queryNode(
      '000000',
      federation.token('analyst.000000'),
      DRILL,
      cell,
    );
    expect(codeOf(atMinistry)).toBe('NOT_OWNER');
    expect(atMinistry.errors?.[0]?.message).toContain('省级节点 320000');
  });

  it('answers from the province’s replicas, saying so, when the city does not answer', async () => {
    const cell = {
      division: '320100',
      period: { unit: 'MONTH', start: thisMonth },
      recordKind: 'HOTLINE_TICKET',
      metric: 'created',
      first: 100,
    };
    const before = await drill('supervisor.320100', cell);
    expect(before.first.servedBy.tier).toBe('CITY');
    await federation.stopNode('320100');
    const response = await federation.query<{ indicatorRecords: DrillPage }>(
      federation.token('supervisor.320100'),
      DRILL,
      cell,
    );
    expect(response.data?.indicatorRecords.servedBy.tier).toBe('PROVINCE');
    expect(response.data?.indicatorRecords.edges.map((edge) => edge.node.id)).toEqual(before.ids);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'NODE_UNAVAILABLE',
    ]);
  });
});
