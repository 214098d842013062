import { buildSchema, getNamedType } from 'graphql';
import { addLocalDays, localDateOf, periodStartOf } from '@city-ops/core';
import type { SyncConsumer } from '@city-ops/core';
import { typeDefs } from '@city-ops/schema';
import { OFFICERS, PERSON_ID, ZONE } from '../support/enforcement.js';
import { startFederation, drain } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Indicators at every tier, through the gateway: tickets, cases and enforcement
 * records of two cities taken through their workflows with real mutations, synced
 * city → province → ministry, then the same division and periods asked of each tier
 * — the numbers must be identical. Also who may ask, where the gateway sends them,
 * and how bad requests are refused.
 */

const SET = /* GraphQL */ `
  fragment Set on IndicatorSet {
    metrics {
      recordKind
      name
      value
    }
    indicators {
      name
      label
      kind
      numerator
      denominator
      value
    }
    compositeScore
  }
`;

const INDICATORS = /* GraphQL */ `
  query ($division: String!, $period: PeriodInput!, $categoryLevel: Int, $at: String) {
    indicators(division: $division, period: $period, categoryLevel: $categoryLevel, at: $at) {
      division {
        code
      }
      source
      currentTo
      servedBy {
        tier
        division {
          code
        }
      }
      periods {
        start
        end
        label
        total {
          ...Set
        }
        categories {
          recordKind
          code
          name
          indicators {
            ...Set
          }
        }
      }
    }
  }
  ${SET}
`;

const RANKING = /* GraphQL */ `
  query ($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {
    indicatorRanking(division: $division, period: $period, indicator: $indicator) {
      source
      servedBy {
        tier
      }
      start
      end
      entries {
        rank
        division {
          code
        }
        value
        indicator {
          numerator
          denominator
          value
        }
        compositeScore
      }
    }
  }
`;

interface Report {
  division: { code: string };
  source: string;
  currentTo: string | null;
  servedBy: { tier: string; division: { code: string } };
  periods: {
    start: string;
    label: string;
    total: {
      metrics: { recordKind: string; name: string; value: number }[];
      indicators: { name: string; value: number | null }[];
      compositeScore: number | null;
    };
    categories: { recordKind: string; code: string }[];
  }[];
}

const mutationType = buildSchema(typeDefs).getMutationType()!;

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

describe('indicators computed at every tier', () => {
  let federation: TestFederation;
  let province: SyncConsumer;
  let ministry: SyncConsumer;
  const today = localDateOf(new Date(), ZONE);
  const thisMonth = periodStartOf(today, 'MONTH');
  // From last month, so a due time set to yesterday is inside even on the 1st.
  const lastMonth = periodStartOf(addLocalDays(thisMonth, -1), 'MONTH');
  const span = { unit: 'MONTH', start: lastMonth, count: 4 };

  /** A record mutation through the gateway; fails the test when refused. */
  async function mutate(
    user: string,
    field: string,
    input: Record<string, unknown>,
  ): Promise<{ id: string; version: number; status: string }> {
    const inputType = getNamedType(
      mutationType.getFields()[field]!.args.find((arg) => arg.name === 'input')!.type,
    ).name;
    const response = await federation.query<
      Record<string, { id: string; version: number; status: string }>
    >(
      federation.token(user),
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { id version status } }`,
      { input },
    );
    expect(response.errors, `${user} ${field}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    return response.data![field]!;
  }

  const ask = <T = { indicators: Report }>(
    user: string,
    variables: Record<string, unknown>,
    query = INDICATORS,
  ) => federation.query<T>(federation.token(user), query, variables);

  async function report(user: string, variables: Record<string, unknown>): Promise<Report> {
    const response = await ask(user, variables);
    expect(response.errors, `${user}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    return response.data!.indicators;
  }

  /** The tickets of one city: direct, merged, reopened, late, overdue. */
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
    type Ticket = { id: string; version: number };
    const act = (user: string, field: string, ticket: Ticket, extra = {}) =>
      mutate(user, field, { id: ticket.id, version: ticket.version, ...extra });
    const roundTrip = async (ticket: Ticket, satisfaction: string, resolution = 'RESOLVED') => {
      let current = await act(dispatcher, 'dispatchTicket', ticket, { leadUnit: `${city}-cg` });
      current = await act(unit, 'signForTicket', current);
      current = await act(unit, 'startHandlingTicket', current);
      current = await act(unit, 'replyToTicket', current, { reply: '已处理。', resolution });
      current = await act(dispatcher, 'approveTicketReply', current);
      return act(agent, 'callBackTicket', current, { resolution, satisfaction });
    };
    const backdate = (id: string, set: { due_at: Date; created_at?: Date }) =>
      federation
        .database(city)
        .updateTable('hotline_ticket')
        .set(set)
        .where('id', '=', id)
        .execute();

    // 直办: created, direct, closed.
    const direct = await create('010101');
    await act(agent, 'answerTicketDirectly', direct, { reply: '已解答。', resolution: 'RESOLVED' });
    // Closed on time, with a duplicate merged into it (并单): answered along, it is called
    // back and closed for its own caller.
    const parent = await create('010101');
    const merged = await act(agent, 'mergeTicket', await create('010202'), {
      parentId: parent.id,
    });
    await act(agent, 'closeTicket', await roundTrip(parent, 'SATISFIED'));
    const child = { id: merged.id, version: merged.version + 1 };
    await act(
      agent,
      'closeTicket',
      await act(agent, 'callBackTicket', child, {
        resolution: 'RESOLVED',
        satisfaction: 'SATISFIED',
      }),
    );
    // Dissatisfied, reopened (重办), handled again and closed: closed once.
    const reopened = await roundTrip(await create('020101'), 'DISSATISFIED', 'UNRESOLVED');
    const again = await roundTrip(
      await act(agent, 'reopenTicket', reopened),
      'BASICALLY_SATISFIED',
    );
    await act(agent, 'closeTicket', again);
    // Logged 49 hours ago, closed an hour after its due time: late. (Time cannot be
    // waited for: the instants are moved in the database, and the closing mutation
    // publishes the row with them.)
    const late = await roundTrip(await create('010101'), 'SATISFIED');
    await backdate(late.id, {
      created_at: new Date(Date.now() - 49 * 3_600_000),
      due_at: new Date(Date.now() - 3_600_000),
    });
    await act(agent, 'closeTicket', late);
    // Open and due since yesterday: overdue.
    const open = await act(dispatcher, 'dispatchTicket', await create('010101'), {
      leadUnit: `${city}-cg`,
    });
    await backdate(open.id, { due_at: new Date(Date.now() - 86_400_000) });
    await act(unit, 'signForTicket', open);
  }

  /** The cases of one city: closed after a rework, parked, closed. */
  async function caseFlows(city: string) {
    const dispatcher = `dispatcher.${city}`;
    const unit = `unit-cg.${city}`;
    type Case = { id: string; version: number };
    const act = (user: string, field: string, record: Case, extra = {}) =>
      mutate(user, field, { id: record.id, version: record.version, ...extra });
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
      const filed = await act(dispatcher, 'fileCase', reported);
      return act(dispatcher, 'dispatchCase', filed, { handlingUnit: `${city}-cg` });
    };
    const handled = async (record: Case) =>
      act(unit, 'reportBackCase', await act(unit, 'startHandlingCase', record), {
        result: '已清运。',
      });
    const reworked = await act(dispatcher, 'verifyCase', await handled(await dispatched()), {
      passed: false,
      comment: '未清理干净',
    });
    await act(dispatcher, 'verifyCase', await handled(reworked), { passed: true });
    await act(dispatcher, 'parkCase', await dispatched(), { reason: '待专项整治' });
    await act(dispatcher, 'verifyCase', await handled(await dispatched()), { passed: true });
  }

  /** Enforcement of 南京: a summary fine paid on the spot; an ordinary case with a hearing requested. */
  async function enforcementFlows() {
    const officer = 'officer.320100';
    const filing = (procedure: string) => ({
      division: '320106',
      source: 'PATROL',
      violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
      penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
      party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
      officers: OFFICERS,
      procedure,
    });
    type Record = { id: string; version: number };
    const act = (user: string, field: string, record: Record, extra = {}) =>
      mutate(user, field, { id: record.id, version: record.version, ...extra });
    const summary = await mutate(officer, 'fileEnforcementCase', filing('SUMMARY'));
    const decided = await act(officer, 'decideEnforcementCase', summary, {
      penaltyType: 'FINE',
      fineAmount: 150.5,
    });
    const served = await act(officer, 'serveEnforcementDecision', decided);
    await act(officer, 'recordEnforcementPayment', served, { amount: 150.5 });
    const ordinary = await mutate(officer, 'fileEnforcementCase', filing('ORDINARY'));
    const investigating = await act(officer, 'startEnforcementInvestigation', ordinary, {
      investigators: ['officer.320100', 'officer2.320100'],
    });
    const notified = await act(officer, 'serveEnforcementNotice', investigating);
    await act('officer2.320100', 'requestEnforcementHearing', notified);
  }

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100', '320200'],
    });
    province = federation.syncConsumer('320000', ['320100', '320200']);
    ministry = federation.syncConsumer('000000', ['320000']);
    for (const consumer of [province, ministry]) await consumer.registerSources();
    await ticketFlows('320100');
    await caseFlows('320100');
    await enforcementFlows();
    await ticketFlows('320200');
    await caseFlows('320200');
    await drain(province, ['320100', '320200'], federation);
    await drain(ministry, ['320000'], federation);
  });

  afterAll(async () => {
    await federation?.close();
  });

  /** Metric sums over all periods of a report, by record kind. */
  const totals = (view: Report) => {
    const sums: Record<string, Record<string, number>> = {};
    for (const period of view.periods) {
      for (const { recordKind, name, value } of period.total.metrics) {
        const kind = (sums[recordKind] ??= {});
        kind[name] = (kind[name] ?? 0) + value;
      }
    }
    return sums;
  };

  it('counts what the workflows did, at the city from its records', async () => {
    const view = await report('supervisor.320100', { division: '320100', period: span });
    expect(view.source).toBe('RECORDS');
    expect(view.servedBy).toEqual({ tier: 'CITY', division: { code: '320100' } });
    expect(view.currentTo).toBeNull();
    const sums = totals(view);
    expect(sums['HOTLINE_TICKET']).toMatchObject({
      created: 6,
      direct: 1,
      merged: 1,
      due: 4, // not the direct one, not the merged one
      closed_on_time: 2, // the parent and the reopened one; the late one is late, one is open
      closed: 5, // the reopened ticket once
      called_back: 5,
      resolved: 5,
      rated: 4, // the merged one by its own caller
      satisfied: 4,
    });
    // Whole seconds from logging to closing, of each closed ticket.
    const closed = await federation
      .database('320100')
      .selectFrom('hotline_ticket')
      .select(['created_at', 'closed_at'])
      .where('closed_at', 'is not', null)
      .execute();
    const seconds = closed.map((row) =>
      Math.round((row.closed_at!.getTime() - row.created_at.getTime()) / 1000),
    );
    expect(seconds).toHaveLength(5);
    expect(Math.max(...seconds)).toBeGreaterThanOrEqual(49 * 3600);
    expect(sums['HOTLINE_TICKET']!['handling_seconds']).toBe(
      seconds.reduce((sum, value) => sum + value, 0),
    );
    expect(sums['CASE_REPORT']).toMatchObject({
      created: 3,
      filed: 3,
      due: 2, // the parked case's clock stopped
      closed: 2,
      closed_on_time: 2,
      handled_on_time: 2,
      closed_reworked: 1,
      parked: 1,
    });
    expect(sums['ENFORCEMENT_RECORD']).toMatchObject({
      filed: 2,
      hearings_requested: 1,
      decided: 1,
      decided_on_time: 1,
      decision_days: 0,
      fines_imposed_fen: 15050,
      fines_collected_fen: 15050,
    });
  });

  it('gives identical numbers for 南京 at the city, the province and the ministry, and for 江苏 at the province and the ministry', async () => {
    const periods = [
      { period: { unit: 'DAY', start: today } },
      { period: { unit: 'WEEK', start: periodStartOf(today, 'WEEK'), count: 2 } },
      { period: span, categoryLevel: 1 },
      { period: span, categoryLevel: 3 },
      { period: { unit: 'QUARTER', start: periodStartOf(today, 'QUARTER'), count: 2 } },
      { period: { unit: 'YEAR', start: periodStartOf(today, 'YEAR') }, categoryLevel: 2 },
    ];
    for (const variables of periods) {
      const label = JSON.stringify(variables);
      const city = { ...variables, division: '320100' };
      const atCity = await report('supervisor.320100', city);
      const atProvince = await report('supervisor.320000', city);
      const atMinistry = await report('analyst.000000', city);
      expect(atCity.servedBy.tier, label).toBe('CITY');
      expect(atProvince.servedBy.tier, label).toBe('PROVINCE');
      expect(atMinistry.servedBy.tier, label).toBe('MINISTRY');
      expect(atProvince.source, label).toBe('ROLLUPS');
      expect(atProvince.currentTo, label).not.toBeNull();
      expect(atProvince.periods, label).toEqual(atCity.periods);
      expect(atMinistry.periods, label).toEqual(atCity.periods);

      const whole = { ...variables, division: '320000' };
      const provinceWhole = await report('supervisor.320000', whole);
      const ministryWhole = await report('analyst.000000', whole);
      expect(provinceWhole.servedBy.tier, label).toBe('PROVINCE');
      expect(ministryWhole.servedBy.tier, label).toBe('MINISTRY');
      expect(ministryWhole.periods, label).toEqual(provinceWhole.periods);
    }
    // 江苏 is the sum of its two cities.
    const both = totals(await report('supervisor.320000', { division: '320000', period: span }));
    const nanjing = totals(await report('supervisor.320000', { division: '320100', period: span }));
    const wuxi = totals(await report('supervisor.320200', { division: '320200', period: span }));
    expect(both['HOTLINE_TICKET']!['created']).toBe(12);
    for (const [kind, metrics] of Object.entries(both)) {
      for (const [name, value] of Object.entries(metrics)) {
        expect(value, `${kind} ${name}`).toBe(
          (nanjing[kind]?.[name] ?? 0) + (wuxi[kind]?.[name] ?? 0),
        );
      }
    }
    const national = totals(await report('analyst.000000', { division: '000000', period: span }));
    expect(national).toEqual(both);
  });

  it('ranks the cities of 江苏 identically at the province and the ministry', async () => {
    interface Entry {
      rank: number | null;
      division: { code: string };
      value: number | null;
      indicator: { numerator: number; denominator: number | null; value: number | null } | null;
      compositeScore: number | null;
    }
    for (const indicator of [
      'TICKET_ON_TIME_CLOSURE_RATE',
      'CASE_REWORK_RATE',
      'COMPOSITE_SCORE',
    ]) {
      const variables = { division: '320000', period: span, indicator };
      const atProvince = await ask<{
        indicatorRanking: { entries: Entry[]; servedBy: { tier: string } };
      }>('supervisor.320000', variables, RANKING);
      const atMinistry = await ask<{
        indicatorRanking: { entries: unknown[]; servedBy: { tier: string } };
      }>('analyst.000000', variables, RANKING);
      expect(atProvince.errors).toBeUndefined();
      expect(atMinistry.errors).toBeUndefined();
      expect(atProvince.data!.indicatorRanking.servedBy.tier).toBe('PROVINCE');
      expect(atMinistry.data!.indicatorRanking.servedBy.tier).toBe('MINISTRY');
      expect(atMinistry.data!.indicatorRanking.entries).toEqual(
        atProvince.data!.indicatorRanking.entries,
      );
      // The two cities with records ranked first; every other city of the registry's 江苏
      // (no node, no records) after them, unranked, with an empty denominator.
      const entries = atProvince.data!.indicatorRanking.entries;
      expect(
        entries
          .slice(0, 2)
          .map((entry) => [entry.division.code, entry.rank !== null])
          .sort(),
        indicator,
      ).toEqual([
        ['320100', true],
        ['320200', true],
      ]);
      expect(entries.slice(2), indicator).toEqual(
        ['320300', '320400', '320500', '320600', '320700', '320800'].map((code) => ({
          rank: null,
          division: { code },
          value: null,
          indicator:
            indicator === 'COMPOSITE_SCORE' ? null : { numerator: 0, denominator: 0, value: null },
          compositeScore: null,
        })),
      );
    }
    const national = await ask<{
      indicatorRanking: { entries: { division: { code: string }; rank: number | null }[] };
    }>(
      'analyst.000000',
      { division: '000000', period: span, indicator: 'COMPOSITE_SCORE' },
      RANKING,
    );
    expect(national.errors).toBeUndefined();
    expect(national.data!.indicatorRanking.entries[0]).toMatchObject({
      division: { code: '320000' },
      rank: 1,
    });
  });

  it('lets the roles of indicator.read read inside their division only, through the gateway and at the node', async () => {
    const targets = ['320100', '320200', '320000', '330000', '000000'];
    const allowed: Record<string, string[]> = {
      'dispatcher.320100': ['320100'],
      'supervisor.320100': ['320100'],
      'supervisor.320000': ['320100', '320200', '320000'],
      'analyst.000000': targets,
    };
    const users = [
      ...Object.keys(allowed),
      'agent.320100',
      'unit-cg.320100',
      'inspector.320100',
      'officer.320100',
      'reviewer.320100',
      'auditor.320100',
      'auditor.320000',
      'auditor.000000',
      'node-320100',
    ];
    const period = { unit: 'DAY', start: today };
    for (const user of users) {
      for (const division of targets) {
        const label = `${user} asks for ${division}`;
        const viaGateway = await ask(user, { division, period });
        const atMinistry = await federation.queryNode<{ indicators: Report }>(
          '000000',
          federation.token(user),
          INDICATORS,
          { division, period },
        );
        for (const [path, response] of [
          ['gateway', viaGateway],
          ['ministry node', atMinistry],
        ] as const) {
          if (allowed[user]?.includes(division)) {
            expect(response.errors, `${label} via ${path}`).toBeUndefined();
            expect(response.data?.indicators.division.code, `${label} via ${path}`).toBe(division);
          } else {
            expect(codeOf(response), `${label} via ${path}`).toBe('FORBIDDEN');
          }
        }
      }
    }
  });

  it('refuses bad input naming the field, and a node that does not hold the division names the one to ask', async () => {
    const bad = async (variables: Record<string, unknown>, field: string) => {
      const response = await ask('supervisor.320000', { division: '320100', ...variables });
      expect(codeOf(response), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.['field'], JSON.stringify(variables)).toBe(field);
    };
    const monday = periodStartOf(today, 'WEEK');
    await bad({ period: { unit: 'WEEK', start: addLocalDays(monday, 1) } }, 'period.start');
    await bad({ period: { unit: 'MONTH', start: thisMonth, count: 25 } }, 'period.count');
    await bad({ period: { unit: 'MONTH', start: thisMonth, count: 0 } }, 'period.count');
    await bad({ period: { unit: 'MONTH', start: thisMonth, end: lastMonth } }, 'period.end');
    await bad({ period: span, categoryLevel: 4 }, 'categoryLevel');
    await bad({ division: '320106', period: span }, 'division');
    await bad({ division: '999999', period: span }, 'division');
    const unit = await ask('supervisor.320000', {
      division: '320100',
      period: { unit: 'FORTNIGHT', start: thisMonth },
    });
    expect(codeOf(unit)).toBe('BAD_USER_INPUT');

    // Straight at a node that does not hold the data: NOT_OWNER naming who does.
    const atCity = await federation.queryNode(
      '320100',
      federation.token('supervisor.320000'),
      INDICATORS,
      { division: '320000', period: span },
    );
    expect(codeOf(atCity)).toBe('NOT_OWNER');
    expect(atCity.errors?.[0]?.extensions?.['owner']).toBe('320000');
    expect(atCity.errors?.[0]?.message).toContain('请向省级节点 320000');
    const ranking = await federation.queryNode(
      '320100',
      federation.token('supervisor.320000'),
      RANKING,
      { division: '320000', period: span, indicator: 'CASE_REWORK_RATE' },
    );
    expect(codeOf(ranking)).toBe('NOT_OWNER');
    const sibling = await federation.queryNode(
      '320200',
      federation.token('supervisor.320000'),
      INDICATORS,
      { division: '320100', period: span },
    );
    expect(codeOf(sibling)).toBe('NOT_OWNER');
    expect(sibling.errors?.[0]?.message).toContain('请向市级节点 320100');
  });

  it('computes a report at the holder named by `at`, at or above the caller only, and answers from it or not at all', async () => {
    // A provincial supervisor asks the ministry for 江苏 and 南京: the ministry's
    // numbers, identical to the province's own once synchronised.
    for (const division of ['320000', '320100']) {
      const variables = { division, period: span, categoryLevel: 1 };
      const own = await report('supervisor.320000', variables);
      const ministryView = await report('supervisor.320000', { ...variables, at: '000000' });
      expect(own.servedBy.tier).toBe('PROVINCE');
      expect(ministryView.servedBy).toEqual({ tier: 'MINISTRY', division: { code: '000000' } });
      expect(ministryView.currentTo).not.toBeNull();
      expect(ministryView.periods).toEqual(own.periods);
      // Straight at the ministry node, with the province user's own token.
      const atNode = await federation.queryNode<{ indicators: Report }>(
        '000000',
        federation.token('supervisor.320000'),
        INDICATORS,
        { ...variables, at: '000000' },
      );
      expect(atNode.errors).toBeUndefined();
      expect(atNode.data!.indicators.periods).toEqual(own.periods);
    }
    // Naming the default holder changes nothing.
    const named = await report('supervisor.320000', {
      division: '320100',
      period: span,
      at: '320000',
    });
    expect(named.servedBy.tier).toBe('PROVINCE');

    const refused = async (user: string, variables: Record<string, unknown>, code: string) => {
      const response = await ask(user, { period: span, ...variables });
      expect(codeOf(response), `${user} ${JSON.stringify(variables)}`).toBe(code);
      if (code === 'BAD_USER_INPUT') {
        expect(response.errors?.[0]?.extensions?.['field']).toBe('at');
      }
      expect(response.data?.indicators ?? null).toBeNull();
      return response;
    };
    // Below the caller: 南京's own node is not at or above 江苏.
    const below = await refused(
      'supervisor.320000',
      { division: '320100', at: '320100' },
      'BAD_USER_INPUT',
    );
    expect(below.errors?.[0]?.message).toContain('320000, 000000');
    // Not a holder of the division at all.
    await refused('supervisor.320000', { division: '320000', at: '320200' }, 'BAD_USER_INPUT');
    await refused('analyst.000000', { division: '000000', at: '320000' }, 'BAD_USER_INPUT');
    await refused('supervisor.320100', { division: '320100', at: 'abc' }, 'BAD_USER_INPUT');
    // The division is still checked first: outside the caller's, whatever `at` says.
    await refused('supervisor.320000', { division: '330000', at: '000000' }, 'FORBIDDEN');
    // The node refuses alike, and a node that is not the named one says which to ask.
    const belowAtNode = await federation.queryNode(
      '320100',
      federation.token('supervisor.320000'),
      INDICATORS,
      { division: '320100', period: span, at: '320100' },
    );
    expect(codeOf(belowAtNode)).toBe('BAD_USER_INPUT');
    const elsewhere = await federation.queryNode(
      '320000',
      federation.token('supervisor.320000'),
      INDICATORS,
      { division: '320100', period: span, at: '000000' },
    );
    expect(codeOf(elsewhere)).toBe('NOT_OWNER');
    expect(elsewhere.errors?.[0]?.extensions?.['owner']).toBe('000000');
  });

  it('answers from the ministry’s rollups, saying so, when the province does not answer', async () => {
    const before = await report('supervisor.320000', { division: '320100', period: span });
    await federation.stopNode('320000');
    const response = await ask('supervisor.320000', { division: '320100', period: span });
    expect(response.data?.indicators.servedBy.tier).toBe('MINISTRY');
    expect(response.data?.indicators.periods).toEqual(before.periods);
    expect(response.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'NODE_UNAVAILABLE',
    ]);
    // A named holder is not replaced by another: the ministry's numbers are not the province's.
    const named = await ask('supervisor.320000', {
      division: '320100',
      period: span,
      at: '320000',
    });
    expect(named.data?.indicators ?? null).toBeNull();
    expect(codeOf(named)).toBe('NODE_UNAVAILABLE');
  });
});
