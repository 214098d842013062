import { buildSchema, getNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typeDefs } from '@city-ops/schema';
import type { Page } from 'playwright-core';
import { addLocalDays, localDateOf, periodStartOf } from '@city-ops/core';
import type { TestFederation } from '../support/federation.js';
import { ZONE } from '../support/enforcement.js';
import { startConsoleFederation } from './support/console-federation.js';
import type { ConsoleFederation } from './support/console-federation.js';
import { screenshot, seriousViolations } from './support/screen-checks.js';

/**
 * The indicator overview and its drill-down, used by the oversight roles over a running
 * federation (南京 and 无锡, 江苏, the ministry, all syncing): tickets written through the
 * API, some answered on the call, some overdue; then what a provincial supervisor and a
 * ministry analyst see must be exactly what the API answers.
 */

const mutationType = buildSchema(typeDefs).getMutationType()!;

const CALLER = { name: '王小明', phone: '13912345678' };

interface Indicator {
  name: string;
  label: string;
  kind: 'RATE' | 'AVERAGE' | 'COUNT' | 'AMOUNT';
  numerator: number;
  denominator: number | null;
  value: number | null;
}

interface Report {
  indicators: {
    currentTo: string | null;
    servedBy: { tier: string };
    periods: { label: string; total: { compositeScore: number | null; indicators: Indicator[] } }[];
  };
}

const REPORT = /* GraphQL */ `
  query ($division: String!, $period: PeriodInput!, $at: String) {
    indicators(division: $division, period: $period, categoryLevel: 1, at: $at) {
      currentTo
      servedBy {
        tier
      }
      periods {
        label
        total {
          compositeScore
          indicators {
            name
            label
            kind
            numerator
            denominator
            value
          }
        }
      }
    }
  }
`;

const RECORDS = /* GraphQL */ `
  query ($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {
    indicatorRecords(division: $division, period: $period, indicator: $indicator, first: 100) {
      nodes {
        ... on HotlineTicket {
          number
        }
      }
    }
  }
`;

/** The monthly report's spreadsheet formats, written out here as the independent oracle. */
const grouped = (value: number, digits: number) =>
  Number(value.toPrecision(15)).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
function shown(kind: Indicator['kind'], value: number | null): string {
  if (value === null) return '—';
  switch (kind) {
    case 'RATE':
      return `${Number((value * 100).toPrecision(15)).toFixed(1)}%`;
    case 'AVERAGE':
      return grouped(value, 2);
    case 'COUNT':
      return grouped(value, 0);
    case 'AMOUNT':
      return `¥${grouped(value, 2)}`;
  }
}

describe('the indicator overview and drill-down', () => {
  let setup: ConsoleFederation;
  let federation: TestFederation;
  const pageErrors: string[][] = [];
  const today = localDateOf(new Date(), ZONE);
  const thisMonth = periodStartOf(today, 'MONTH');
  const lastMonth = periodStartOf(addLocalDays(thisMonth, -1), 'MONTH');
  const month = { unit: 'MONTH', start: thisMonth };
  /** What supervisor.320000 saw behind 江苏's 超期件数. */
  let supervisorSaw: string[] = [];

  async function mutate(user: string, field: string, input: Record<string, unknown>) {
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

  /** One ticket answered on the call, and `overdue` tickets dispatched and past their due time. */
  async function arrange(city: string, overdue: number) {
    const agent = `agent.${city}`;
    const create = () =>
      mutate(agent, 'createTicket', {
        division: `${city.slice(0, 4)}06`,
        channel: 'PHONE',
        intakeClass: 'COMPLAINT',
        categoryCode: '010101',
        title: '人行道占道经营',
        content: '早晚高峰流动摊贩占用人行道。',
        caller: CALLER,
        location: { address: '中山路100号' },
      });
    const direct = await create();
    await mutate(agent, 'answerTicketDirectly', {
      id: direct.id,
      version: direct.version,
      reply: '已解答。',
      resolution: 'RESOLVED',
    });
    for (let index = 0; index < overdue; index += 1) {
      const created = await create();
      const dispatched = await mutate(`dispatcher.${city}`, 'dispatchTicket', {
        id: created.id,
        version: created.version,
        leadUnit: `${city}-cg`,
      });
      // Time cannot be waited for: the due time is moved a minute into the past in the
      // city's database, and the next mutation publishes the row with it.
      await federation
        .database(city)
        .updateTable('hotline_ticket')
        .set({ due_at: new Date(Date.now() - 60_000) })
        .where('id', '=', dispatched.id)
        .execute();
      await mutate(`unit-cg.${city}`, 'signForTicket', {
        id: dispatched.id,
        version: dispatched.version,
      });
    }
  }

  const report = async (user: string, division: string, at?: string) => {
    const response = await federation.query<Report>(federation.token(user), REPORT, {
      division,
      period: { unit: 'MONTH', start: lastMonth, count: 2 },
      at,
    });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.indicators;
  };

  const overdueOf = (view: Report['indicators']) =>
    view.periods[1]!.total.indicators.find((each) => each.name === 'TICKET_OVERDUE_COUNT')!
      .numerator;

  const recordNumbers = async (user: string, division: string) => {
    const response = await federation.query<{ indicatorRecords: { nodes: { number: string }[] } }>(
      federation.token(user),
      RECORDS,
      { division, period: month, indicator: 'TICKET_OVERDUE_COUNT' },
    );
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    return response.data!.indicatorRecords.nodes.map((node) => node.number).sort();
  };

  /** The record numbers the drill-down lists, after it has loaded. */
  const listedNumbers = async (page: Page) => {
    const table = page.getByRole('table', { name: /的记录$/ });
    await table.locator('tbody tr a').first().waitFor();
    return (await table.locator('tbody tr a').allTextContents()).sort();
  };

  beforeAll(async () => {
    setup = await startConsoleFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100', '320200'],
      sync: true,
    });
    federation = setup.federation;
    await arrange('320100', 2);
    await arrange('320200', 1);
    // Until every write has reached 江苏 and the ministry (expect.poll needs a test).
    for (const at of [undefined, '000000']) {
      const deadline = Date.now() + 30_000;
      while (overdueOf(await report('supervisor.320000', '320000', at)) !== 3) {
        if (Date.now() > deadline) throw new Error(`江苏 at ${at ?? 'its node'} never caught up`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  });

  afterAll(async () => {
    await setup?.close();
  });

  it('shows a provincial supervisor 江苏 as the API computes it, its cities ranked, a year of trend, and the records behind 超期件数, masked', async () => {
    const user = await setup.signIn('supervisor.320000', '/');
    pageErrors.push(user.errors);
    const { page } = user;
    // The overview is the supervisor's home, of their own province.
    await page.waitForURL('**/overview');
    await page.getByRole('heading', { name: '江苏省 指标总览' }).waitFor();

    const expected = await report('supervisor.320000', '320000');
    const current = expected.periods[1]!.total.indicators;
    expect(current.length).toBeGreaterThan(0);
    for (const indicator of current) {
      const card = page.locator(`[data-indicator="${indicator.name}"]`);
      await expect
        .poll(() => card.getByTestId('indicator-value').textContent(), { timeout: 15_000 })
        .toBe(shown(indicator.kind, indicator.value));
      const parts = await card.getByTestId('indicator-parts').textContent();
      const numerator = shown(
        indicator.kind === 'RATE' ? 'COUNT' : indicator.kind,
        indicator.numerator,
      );
      expect(parts, indicator.name).toBe(
        indicator.denominator === null
          ? `分子 ${numerator}`
          : `分子 ${numerator} / 分母 ${shown('COUNT', indicator.denominator)}`,
      );
    }
    expect(current.find((each) => each.name === 'TICKET_OVERDUE_COUNT')!.numerator).toBe(3);
    // Where the numbers came from.
    await expect(page.getByTestId('data-source').first().textContent()).resolves.toContain(
      '数据截至',
    );

    // The trend: an SVG chart of this year's months, this month's value plotted (the
    // rate's axis is written in percent) and its text alternative naming the same value.
    const chart = page.getByTestId('trend-chart');
    const trendValue = expected.periods[1]!.total.indicators.find(
      (each) => each.name === 'TICKET_ON_TIME_CLOSURE_RATE',
    )!;
    await expect
      .poll(() => chart.locator('svg text').allTextContents(), { timeout: 15_000 })
      .toContain(expected.periods[1]!.label);
    expect(await chart.locator('svg path').count()).toBeGreaterThan(1);
    expect(
      (await chart.locator('svg text').allTextContents()).some((text) => text.endsWith('%')),
    ).toBe(true);
    await expect(chart.getAttribute('aria-label')).resolves.toContain(
      `${expected.periods[1]!.label} ${shown('RATE', trendValue.value)}`,
    );

    // Its cities, ranked, each opening its own overview.
    const ranking = page.getByTestId('division-ranking');
    await ranking.getByRole('link', { name: '南京市', exact: true }).waitFor();
    await ranking.getByRole('link', { name: '无锡市', exact: true }).waitFor();

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'overview-province');

    // 超期件数 → exactly the records the API lists behind it, the caller masked.
    await page
      .locator('[data-indicator="TICKET_OVERDUE_COUNT"]')
      .getByTestId('indicator-value')
      .getByRole('link')
      .click();
    await page.waitForURL('**/indicators/records?**');
    supervisorSaw = await listedNumbers(page);
    expect(supervisorSaw).toEqual(await recordNumbers('supervisor.320000', '320000'));
    expect(supervisorSaw).toHaveLength(3);
    const table = page.getByRole('table', { name: /的记录$/ });
    // Each row shows the caller exactly as the API masks it for this reader.
    const callers = await federation.query<{
      indicatorRecords: {
        nodes: { number: string; caller: { name: string; phone: string; masked: boolean } }[];
      };
    }>(
      federation.token('supervisor.320000'),
      `query ($division: String!, $period: PeriodInput!) {
        indicatorRecords(division: $division, period: $period, indicator: TICKET_OVERDUE_COUNT) {
          nodes { ... on HotlineTicket { number caller { name phone masked } } }
        }
      }`,
      { division: '320000', period: month },
    );
    expect(callers.errors).toBeUndefined();
    for (const { number, caller } of callers.data!.indicatorRecords.nodes) {
      expect(caller.masked).toBe(true);
      const row = await table.locator('tbody tr', { hasText: number }).textContent();
      expect(row).toContain(`${caller.name} ${caller.phone}`);
      expect(row).not.toContain(CALLER.name);
      expect(row).not.toContain(CALLER.phone);
    }
    await page.getByText('超期件数').first().waitFor();
    await page.getByText('数据截至').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'indicator-records');

    // One record opens its page.
    const first = supervisorSaw[0]!;
    await table.getByRole('link', { name: first }).click();
    await page.waitForURL(`**/records/${first}`);
    await page.getByText(first).first().waitFor();
  });

  it('checks 江苏 against the ministry: 一致 for every indicator once synchronised', async () => {
    const user = await setup.signIn('supervisor.320000', '/overview/320000');
    pageErrors.push(user.errors);
    const panel = user.page.getByTestId('ministry-check');
    const own = await report('supervisor.320000', '320000', '320000');
    const atMinistry = await report('supervisor.320000', '320000', '000000');
    expect(own.servedBy.tier).toBe('PROVINCE');
    expect(atMinistry.servedBy.tier).toBe('MINISTRY');
    const rows = panel.locator('tbody tr');
    // Every indicator and the composite score.
    await expect
      .poll(() => rows.count(), { timeout: 15_000 })
      .toBe(own.periods[0]!.total.indicators.length + 1);
    const verdicts = await panel.locator('tbody tr td:last-child').allTextContents();
    expect(
      verdicts.every((verdict) => verdict === '✓ 一致'),
      verdicts.join(','),
    ).toBe(true);
    // Both tiers' freshness, side by side.
    await expect(panel.getByTestId('data-source').count()).resolves.toBe(2);
    const sources = await panel.getByTestId('data-source').allTextContents();
    expect(sources.some((text) => text.includes('部级节点') || text.includes('部级'))).toBe(true);
    for (const text of sources) expect(text).toContain('数据截至');
  });

  it('takes a ministry analyst from the nation to 江苏 to 南京 and to the same records the province lists', async () => {
    const user = await setup.signIn('analyst.000000', '/');
    pageErrors.push(user.errors);
    const { page } = user;
    await page.waitForURL('**/overview');
    await page.getByRole('heading', { name: /指标总览$/ }).waitFor();
    const ranking = page.getByTestId('division-ranking');
    await ranking.getByRole('link', { name: '江苏省', exact: true }).waitFor();
    await expect
      .poll(() => page.getByTestId('trend-chart').locator('svg text').count(), { timeout: 15_000 })
      .toBeGreaterThan(12);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'overview-national');

    // A national number is drilled per province.
    await page
      .locator('[data-indicator="TICKET_OVERDUE_COUNT"]')
      .getByTestId('indicator-value')
      .getByRole('link')
      .click();
    await page.waitForURL('**/indicators/records?**division=000000**');
    await page
      .getByRole('table', { name: /各省/ })
      .getByRole('link', { name: '江苏省', exact: true })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goBack();

    await page
      .getByTestId('division-ranking')
      .getByRole('link', { name: '江苏省', exact: true })
      .click();
    await page.waitForURL('**/overview/320000');
    await page.getByRole('heading', { name: '江苏省 指标总览' }).waitFor();
    await page
      .getByTestId('division-ranking')
      .getByRole('link', { name: '南京市', exact: true })
      .click();
    await page.waitForURL('**/overview/320100');
    await page.getByRole('heading', { name: '南京市 指标总览' }).waitFor();
    await page
      .locator('[data-indicator="TICKET_OVERDUE_COUNT"]')
      .getByTestId('indicator-value')
      .getByRole('link')
      .click();
    await page.waitForURL('**/indicators/records?**division=320100**');
    const listed = await listedNumbers(page);
    const nanjing = await recordNumbers('supervisor.320000', '320100');
    expect(listed).toEqual(nanjing);
    expect(listed).toHaveLength(2);
    // The province's cell is 南京's and 无锡's: 南京's records are among what the supervisor saw.
    expect(supervisorSaw.filter((number) => listed.includes(number))).toEqual(listed);
  });

  it('raised no page errors', () => {
    expect(pageErrors.length).toBeGreaterThan(0);
    for (const errors of pageErrors) expect(errors).toEqual([]);
  });
});
