import ExcelJS from 'exceljs';
import { buildSchema, getNamedType } from 'graphql';
import { addLocalDays, instantAt, localDateOf, periodStartOf } from '@city-ops/core';
import { csvNumber } from '@city-ops/ministry';
import type { SyncConsumer } from '@city-ops/core';
import { typeDefs } from '@city-ops/schema';
import { OFFICERS, PERSON_ID, ZONE } from '../support/enforcement.js';
import { startFederation, drain } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The monthly national report: tickets of two cities of 江苏 in this month and the
 * month before, synced city → province → ministry; then `monthlyReport` through the
 * gateway must give for every division exactly what `indicators` gives, and the
 * XLSX and CSV downloaded through the gateway must carry the same numbers. Also who
 * may ask, and how a bad month is refused, on both the field and the download.
 */

const VALUE = 'name label kind numerator denominator value';
const DIVISION = /* GraphQL */ `
  fragment ReportDivision on MonthlyReportDivision {
    division { code name }
    province { code }
    indicators {
      name
      label
      kind
      current { ${VALUE} }
      previous { ${VALUE} }
      change
      changeUnit
    }
    compositeScore { current previous change }
  }
`;
const REPORT = /* GraphQL */ `
  query ($month: String!) {
    monthlyReport(month: $month) {
      month
      previousMonth
      start
      end
      currentTo
      servedBy {
        tier
      }
      national {
        ...ReportDivision
      }
      provinces {
        ...ReportDivision
      }
      cities {
        ...ReportDivision
      }
      rankings {
        scope {
          code
        }
        indicator
        label
        changeUnit
        entries {
          rank
          previousRank
          division {
            code
          }
          province {
            code
          }
          value
          previousValue
          change
          indicator {
            numerator
            denominator
            value
          }
        }
      }
      downloads {
        xlsx
        csv
      }
    }
  }
  ${DIVISION}
`;
const INDICATORS = /* GraphQL */ `
  query ($division: String!, $period: PeriodInput!) {
    indicators(division: $division, period: $period) {
      servedBy { tier }
      periods {
        label
        total {
          indicators { ${VALUE} }
          compositeScore
        }
      }
    }
  }
`;
const RANKING = /* GraphQL */ `
  query ($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {
    indicatorRanking(division: $division, period: $period, indicator: $indicator) {
      entries {
        rank
        division {
          code
        }
        value
      }
    }
  }
`;

interface Value {
  name: string;
  label: string;
  kind: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
}
interface ReportDivision {
  division: { code: string; name: string };
  province: { code: string } | null;
  indicators: {
    name: string;
    kind: string;
    current: Value;
    previous: Value;
    change: number | null;
    changeUnit: string;
  }[];
  compositeScore: { current: number | null; previous: number | null; change: number | null };
}
interface Report {
  month: string;
  previousMonth: string;
  start: string;
  end: string;
  currentTo: string | null;
  servedBy: { tier: string };
  national: ReportDivision;
  provinces: ReportDivision[];
  cities: ReportDivision[];
  rankings: {
    scope: { code: string };
    indicator: string;
    label: string;
    changeUnit: string;
    entries: {
      rank: number | null;
      previousRank: number | null;
      division: { code: string };
      province: { code: string };
      value: number | null;
      previousValue: number | null;
      change: number | null;
      indicator: { numerator: number; denominator: number | null; value: number | null } | null;
    }[];
  }[];
  downloads: { xlsx: string; csv: string };
}

const mutationType = buildSchema(typeDefs).getMutationType()!;
const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

describe('the monthly national report', () => {
  let federation: TestFederation;
  let province: SyncConsumer;
  let ministry: SyncConsumer;
  const today = localDateOf(new Date(), ZONE);
  const thisMonth = periodStartOf(today, 'MONTH');
  const lastMonth = periodStartOf(addLocalDays(thisMonth, -1), 'MONTH');
  const month = thisMonth.slice(0, 7);
  const nextMonth = periodStartOf(addLocalDays(thisMonth, 40), 'MONTH').slice(0, 7);

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

  /**
   * Per city: a ticket answered on the call and one closed through the whole loop
   * this month (late in 无锡), and the same two logged last month (the instants moved
   * in the database before the mutation that publishes them), the looped one late.
   */
  async function ticketFlows(city: string) {
    const agent = `agent.${city}`;
    const dispatcher = `dispatcher.${city}`;
    const unit = `unit-cg.${city}`;
    type Ticket = { id: string; version: number };
    const create = () =>
      mutate(agent, 'createTicket', {
        division: `${city.slice(0, 4)}06`,
        channel: 'PHONE',
        intakeClass: 'COMPLAINT',
        categoryCode: '010101',
        title: '人行道占道经营',
        content: '早晚高峰流动摊贩占用人行道。',
        caller: { name: '王小明', phone: '13912345678' },
        location: { address: '中山路100号' },
      });
    const act = (user: string, field: string, ticket: Ticket, extra = {}) =>
      mutate(user, field, { id: ticket.id, version: ticket.version, ...extra });
    const move = (id: string, set: { created_at?: Date; due_at?: Date }) =>
      federation
        .database(city)
        .updateTable('hotline_ticket')
        .set(set)
        .where('id', '=', id)
        .execute();
    const loop = async (lastMonthDay: string | null, late: boolean) => {
      let ticket = await act(dispatcher, 'dispatchTicket', await create(), {
        leadUnit: `${city}-cg`,
      });
      if (lastMonthDay) {
        await move(ticket.id, {
          created_at: instantAt(lastMonthDay, 9 * 60, ZONE),
          due_at: instantAt(lastMonthDay, 17 * 60, ZONE),
        });
      } else if (late) {
        await move(ticket.id, { due_at: new Date(Date.now() - 60_000) });
      }
      ticket = await act(unit, 'signForTicket', ticket);
      ticket = await act(unit, 'startHandlingTicket', ticket);
      ticket = await act(unit, 'replyToTicket', ticket, {
        reply: '已处理。',
        resolution: 'RESOLVED',
      });
      ticket = await act(dispatcher, 'approveTicketReply', ticket);
      ticket = await act(agent, 'callBackTicket', ticket, {
        resolution: 'RESOLVED',
        satisfaction: 'SATISFIED',
      });
      await act(agent, 'closeTicket', ticket);
    };
    const direct = async (lastMonthDay: string | null) => {
      const ticket = await create();
      if (lastMonthDay) {
        await move(ticket.id, { created_at: instantAt(lastMonthDay, 10 * 60, ZONE) });
      }
      await act(agent, 'answerTicketDirectly', ticket, {
        reply: '已解答。',
        resolution: 'RESOLVED',
      });
    };
    const day = addLocalDays(lastMonth, 14);
    await direct(null);
    await loop(null, city === '320200');
    await direct(day);
    await loop(day, true);
  }

  /** 南京: a summary fine decided and paid this month. */
  async function fine() {
    const officer = 'officer.320100';
    const filed = await mutate(officer, 'fileEnforcementCase', {
      division: '320106',
      source: 'PATROL',
      violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
      penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
      party: { kind: 'PERSON', name: '李四', idNumber: PERSON_ID },
      officers: OFFICERS,
      procedure: 'SUMMARY',
    });
    type Record = { id: string; version: number };
    const act = (field: string, record: Record, extra = {}) =>
      mutate(officer, field, { id: record.id, version: record.version, ...extra });
    const decided = await act('decideEnforcementCase', filed, {
      penaltyType: 'FINE',
      fineAmount: 150.5,
    });
    await act('recordEnforcementPayment', await act('serveEnforcementDecision', decided), {
      amount: 150.5,
    });
  }

  const ask = (user: string | undefined, variables: Record<string, unknown>, query = REPORT) =>
    federation.query<{ monthlyReport: Report }>(
      user ? federation.token(user) : undefined,
      query,
      variables,
    );

  const download = (user: string | undefined, path: string, base = federation.gateway.url) =>
    fetch(new URL(path, base), {
      headers: user ? { authorization: `Bearer ${federation.token(user)}` } : {},
    });

  let report: Report;

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
    await fine();
    await ticketFlows('320200');
    await drain(province, ['320100', '320200'], federation);
    await drain(ministry, ['320000'], federation);
    const response = await ask('analyst.000000', { month });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    report = response.data!.monthlyReport;
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('is computed at the ministry for the month and the month before, over every division', () => {
    expect(report.servedBy.tier).toBe('MINISTRY');
    expect(report.month).toBe(month);
    expect(report.previousMonth).toBe(lastMonth.slice(0, 7));
    expect(report.start).toBe(thisMonth);
    expect(report.currentTo).not.toBeNull();
    expect(report.national.division.code).toBe('000000');
    expect(report.provinces.map((entry) => entry.division.code)).toEqual([
      '110000',
      '320000',
      '330000',
    ]);
    // Every prefecture-level city of the registry, with or without a node or data.
    expect(report.cities.map((entry) => [entry.division.code, entry.province?.code])).toEqual([
      ['320100', '320000'],
      ['320200', '320000'],
      ['320300', '320000'],
      ['320400', '320000'],
      ['320500', '320000'],
      ['320600', '320000'],
      ['320700', '320000'],
      ['320800', '320000'],
      ['330100', '330000'],
      ['330200', '330000'],
    ]);
    expect(report.downloads).toEqual({
      xlsx: `/reports/monthly/${month}.xlsx`,
      csv: `/reports/monthly/${month}.csv`,
    });
    const created = (division: ReportDivision) =>
      division.indicators.find((entry) => entry.name === 'TICKET_FIRST_CALL_RESOLUTION_RATE')!;
    // Two tickets a city each month, one of them answered on the call.
    expect(created(report.national).current).toMatchObject({ numerator: 2, denominator: 4 });
    expect(created(report.national).previous).toMatchObject({ numerator: 2, denominator: 4 });
  });

  it('gives for every division and both months exactly the numbers of the indicators query', async () => {
    for (const division of [report.national, ...report.provinces, ...report.cities]) {
      const code = division.division.code;
      const response = await federation.query<{
        indicators: {
          servedBy: { tier: string };
          periods: {
            label: string;
            total: { indicators: Value[]; compositeScore: number | null };
          }[];
        };
      }>(federation.token('analyst.000000'), INDICATORS, {
        division: code,
        period: { unit: 'MONTH', start: lastMonth, count: 2 },
      });
      expect(response.errors, `${code}: ${JSON.stringify(response.errors)}`).toBeUndefined();
      const { servedBy, periods } = response.data!.indicators;
      expect(servedBy.tier).toBe('MINISTRY');
      const [before, now] = periods;
      expect(
        division.indicators.map((entry) => entry.current),
        code,
      ).toEqual(now!.total.indicators);
      expect(
        division.indicators.map((entry) => entry.previous),
        code,
      ).toEqual(before!.total.indicators);
      expect(division.compositeScore.current, code).toBe(now!.total.compositeScore);
      expect(division.compositeScore.previous, code).toBe(before!.total.compositeScore);
    }
  });

  it('works out the change from last month per kind, empty where a month has no value', () => {
    const find = (division: ReportDivision, name: string) =>
      division.indicators.find((entry) => entry.name === name)!;
    const onTime = find(report.national, 'TICKET_ON_TIME_CLOSURE_RATE');
    // Last month both looped tickets were late; this month 南京's was on time.
    expect(onTime.previous).toMatchObject({ numerator: 0, denominator: 2, value: 0 });
    expect(onTime.current).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(onTime.changeUnit).toBe('PERCENTAGE_POINTS');
    expect(onTime.change).toBeCloseTo(50, 9);
    const overdue = find(report.national, 'TICKET_OVERDUE_COUNT');
    expect(overdue.changeUnit).toBe('RELATIVE');
    expect(overdue.current.value).toBe(1);
    expect(overdue.previous.value).toBe(2);
    expect(overdue.change).toBe(-0.5);
    const fines = find(report.national, 'ENFORCEMENT_FINES_IMPOSED');
    expect(fines.current.value).toBe(150.5);
    expect(fines.change).toBeNull(); // from 0: no size
    const decisions = find(report.national, 'ENFORCEMENT_ON_TIME_DECISION_RATE');
    expect(decisions.previous.value).toBeNull(); // nothing decided last month
    expect(decisions.change).toBeNull();
    const empty = find(
      report.cities.find((city) => city.division.code === '330100')!,
      'CASE_CLOSURE_RATE',
    );
    expect(empty.current).toMatchObject({ numerator: 0, denominator: 0, value: null });
    const score = report.national.compositeScore;
    expect(score.change).toBeCloseTo(score.current! - score.previous!, 9);
  });

  it('ranks cities nationally and within 江苏 as indicatorRanking ranks them', async () => {
    expect(
      report.rankings.map((ranking) => [ranking.scope.code, ranking.indicator, ranking.changeUnit]),
    ).toEqual([
      ['000000', 'COMPOSITE_SCORE', 'POINTS'],
      ['000000', 'TICKET_ON_TIME_CLOSURE_RATE', 'PERCENTAGE_POINTS'],
      ['320000', 'COMPOSITE_SCORE', 'POINTS'],
      ['320000', 'TICKET_ON_TIME_CLOSURE_RATE', 'PERCENTAGE_POINTS'],
      ['330000', 'COMPOSITE_SCORE', 'POINTS'],
      ['330000', 'TICKET_ON_TIME_CLOSURE_RATE', 'PERCENTAGE_POINTS'],
    ]);
    const national = report.rankings[1]!;
    expect(national.label).toBe('按时办结率');
    expect(
      national.entries.map((entry) => [entry.rank, entry.previousRank, entry.division.code]),
    ).toEqual([
      [1, 1, '320100'],
      [2, 1, '320200'],
      [null, null, '320300'],
      [null, null, '320400'],
      [null, null, '320500'],
      [null, null, '320600'],
      [null, null, '320700'],
      [null, null, '320800'],
      [null, null, '330100'],
      [null, null, '330200'],
    ]);
    expect(national.entries[0]).toMatchObject({
      value: 1,
      previousValue: 0,
      change: 100,
      indicator: { numerator: 1, denominator: 1, value: 1 },
    });
    // A registry city without a node: an empty denominator, no value and no rank, never 0 %.
    expect(national.entries.find((entry) => entry.division.code === '320500')).toEqual({
      rank: null,
      previousRank: null,
      division: { code: '320500' },
      province: { code: '320000' },
      value: null,
      previousValue: null,
      change: null,
      indicator: { numerator: 0, denominator: 0, value: null },
    });
    for (const ranking of report.rankings.filter((entry) => entry.scope.code === '320000')) {
      const response = await federation.query<{
        indicatorRanking: {
          entries: { rank: number | null; division: { code: string }; value: number | null }[];
        };
      }>(federation.token('analyst.000000'), RANKING, {
        division: '320000',
        period: { unit: 'MONTH', start: thisMonth },
        indicator: ranking.indicator,
      });
      expect(response.errors).toBeUndefined();
      expect(
        ranking.entries.map(({ rank, division, value }) => ({ rank, division, value })),
      ).toEqual(response.data!.indicatorRanking.entries);
    }
  });

  it('downloads as a spreadsheet through the gateway: a sheet per section, frozen headers, typed numbers', async () => {
    const response = await download('analyst.000000', report.downloads.xlsx);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="national-report-${month}.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '说明',
      '全国汇总',
      '分省',
      '分市',
      '排名',
    ]);
    const totals = workbook.getWorksheet('全国汇总')!;
    expect(totals.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = totals.getRow(1).values as unknown[];
    expect(header.slice(1, 12)).toEqual([
      '指标',
      '指标代码',
      '类型',
      '本月值',
      '上月值',
      '环比变化',
      '变化单位',
      '本月分子',
      '本月分母',
      '上月分子',
      '上月分母',
    ]);
    const rowOf = (sheet: ExcelJS.Worksheet, match: (values: unknown[]) => boolean) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (!found && match(row.values as unknown[])) found = row;
      });
      if (!found) throw new Error(`no matching row in ${sheet.name}`);
      return found;
    };
    const onTime = rowOf(totals, (values) => values[2] === 'TICKET_ON_TIME_CLOSURE_RATE');
    expect(onTime.getCell(1).value).toBe('按时办结率');
    expect(onTime.getCell(4).value).toBe(0.5);
    expect(onTime.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(onTime.getCell(4).numFmt).toBe('0.0%');
    expect(onTime.getCell(9).value).toBe(2);
    expect(onTime.getCell(9).type).toBe(ExcelJS.ValueType.Number);
    const fines = rowOf(totals, (values) => values[2] === 'ENFORCEMENT_FINES_IMPOSED');
    expect(fines.getCell(4).value).toBe(150.5);
    expect(fines.getCell(4).numFmt).toBe('"¥"#,##0.00');
    const cities = workbook.getWorksheet('分市')!;
    expect(cities.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    // An empty denominator is an empty cell, never 0 %.
    const empty = rowOf(
      cities,
      (values) => values[1] === '330100' && values[5] === 'CASE_CLOSURE_RATE',
    );
    expect(empty.getCell(7).type).toBe(ExcelJS.ValueType.Null);
    expect(empty.getCell(12).value).toBe(0);
    const ranking = workbook.getWorksheet('排名')!;
    expect(ranking.rowCount).toBe(
      1 + report.rankings.reduce((sum, r) => sum + r.entries.length, 0),
    );
  });

  it('downloads as one CSV in UTF-8 with a byte order mark, the sections one after another', async () => {
    const response = await download('analyst.000000', report.downloads.csv);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="national-report-${month}.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const sections = text.slice(1).trimEnd().split('\r\n\r\n');
    expect(sections.map((section) => section.split('\r\n')[0])).toEqual([
      '说明',
      '全国汇总',
      '分省',
      '分市',
      '排名',
    ]);
    const [, header, ...rows] = sections[1]!.split('\r\n');
    expect(header!.split(',')).toEqual([
      '指标',
      '指标代码',
      '类型',
      '本月值',
      '上月值',
      '环比变化',
      '变化单位',
      '本月分子',
      '本月分母',
      '上月分子',
      '上月分母',
    ]);
    const satisfaction = report.national.indicators.find(
      (entry) => entry.name === 'TICKET_SATISFACTION_RATE',
    )!;
    const row = rows.find((line) => line.split(',')[1] === 'TICKET_SATISFACTION_RATE')!;
    expect(row.split(',').slice(0, 4)).toEqual([
      '满意率',
      'TICKET_SATISFACTION_RATE',
      '比率',
      csvNumber(satisfaction.current.value!),
    ]);
  });

  it('is served the same straight from the ministry node, and refused elsewhere with NOT_OWNER', async () => {
    const atMinistry = await download(
      'analyst.000000',
      report.downloads.csv,
      federation.nodeUrl('000000'),
    );
    expect(atMinistry.status).toBe(200);
    expect(atMinistry.headers.get('content-disposition')).toContain(`national-report-${month}.csv`);
    const atCity = await download(
      'analyst.000000',
      report.downloads.csv,
      federation.nodeUrl('320100'),
    );
    expect(atCity.status).toBe(421);
    const body = (await atCity.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'NOT_OWNER', owner: '000000' });
    const field = await federation.queryNode('320000', federation.token('analyst.000000'), REPORT, {
      month,
    });
    expect(codeOf(field)).toBe('NOT_OWNER');
  });

  it('refuses other roles with FORBIDDEN and no token with UNAUTHENTICATED, on the field and the download', async () => {
    for (const user of [
      'agent.320100',
      'supervisor.320000',
      'supervisor.320100',
      'auditor.000000',
    ]) {
      const viaGateway = await ask(user, { month });
      expect(codeOf(viaGateway), user).toBe('FORBIDDEN');
      expect(viaGateway.data?.monthlyReport ?? null, user).toBeNull();
      const atNode = await federation.queryNode('000000', federation.token(user), REPORT, {
        month,
      });
      expect(codeOf(atNode), user).toBe('FORBIDDEN');
      for (const base of [federation.gateway.url, federation.nodeUrl('000000')]) {
        for (const path of [report.downloads.xlsx, report.downloads.csv]) {
          const response = await download(user, path, base);
          expect(response.status, `${user} ${base}${path}`).toBe(403);
          const body = (await response.json()) as {
            errors: { extensions: Record<string, unknown> }[];
          };
          expect(body.errors[0]!.extensions['code']).toBe('FORBIDDEN');
        }
      }
    }
    const anonymous = await ask(undefined, { month });
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    for (const base of [federation.gateway.url, federation.nodeUrl('000000')]) {
      const response = await download(undefined, report.downloads.xlsx, base);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions['code']).toBe('UNAUTHENTICATED');
      const forged = await fetch(new URL(report.downloads.csv, base), {
        headers: { authorization: 'Bearer not-a-token' },
      });
      expect(forged.status).toBe(401);
    }
  });

  it('refuses a malformed, future or too early month naming month, on the field and the download', async () => {
    for (const bad of ['2026-13', '2026-1', 'last-month', '2024-12', nextMonth]) {
      const field = await ask('analyst.000000', { month: bad });
      expect(codeOf(field), bad).toBe('BAD_USER_INPUT');
      expect(field.errors?.[0]?.extensions?.['field'], bad).toBe('month');
      const response = await download('analyst.000000', `/reports/monthly/${bad}.xlsx`);
      expect(response.status, bad).toBe(400);
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    }
    const unknown = await download('analyst.000000', `/reports/monthly/${month}.pdf`);
    expect(unknown.status).toBe(404);
  });

  it('audits every read of the report at the ministry, with its format', async () => {
    const entries = await federation
      .database('000000')
      .selectFrom('audit_log')
      .select(['actor_username', 'action', 'entity', 'entity_ids', 'detail', 'scope'])
      .where('action', '=', 'report.read')
      .execute();
    const formats = entries.map((entry) => (entry.detail as { format: string }).format);
    expect(formats).toEqual(expect.arrayContaining(['graphql', 'xlsx', 'csv']));
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor_username: 'analyst.000000',
        entity: 'monthly_report',
        scope: '000000',
      });
    }
    expect(entries.some((entry) => entry.entity_ids.includes(month))).toBe(true);
  });
});
