import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startConsoleFederation } from './support/console-federation.js';
import { screenshot, seriousViolations } from './support/screen-checks.js';
import type { ConsoleFederation, SignedInPage } from './support/console-federation.js';

/**
 * The operators' and auditors' screens, each used by the role it is for, signed in through
 * the login page: 同步状态 at the province (and a city stopping under it), a 南京 record read
 * from the province's replica while the gateway cannot reach 南京, 审计日志 with its filters
 * and hash-chain check, and 工作日历 edited by the city supervisor.
 */

/** An API instant as the console shows it, `2026-11-21 16:30` in the nodes' zone (Asia/Shanghai). */
const formatInstant = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/** antd puts a space between the two characters of a two-character button's label. */
const buttonName = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

const TICKET = {
  channel: 'PHONE',
  intakeClass: 'COMPLAINT',
  categoryCode: '010101',
  content: '人行道被流动摊贩占用，影响通行。',
  caller: { name: '张三', phone: '13812345678' },
};

const REVEAL_REASON = '回访需要核实来电人联系方式';

interface SourceStatus {
  source: { code: string };
  state: string;
  applied: string;
  head: string;
  lagChanges: number;
  lastError: string | null;
  currentTo: string | null;
}

const SYNC_STATUS = `query ($node: String) { syncStatus(node: $node) { sources {
  source { code } state applied head lagChanges lastError currentTo } } }`;

describe('the operators’ and auditors’ screens', () => {
  let setup: ConsoleFederation;
  const signedIn: SignedInPage[] = [];
  /** The 南京 ticket revealed and dispatched, and when the arrangement began. */
  let ticket = { id: '', number: '' };
  let startedAt = '';
  let stateLabels = new Map<string, string>();

  const signIn = async (username: string, path: string) => {
    const user = await setup.signIn(username, path);
    signedIn.push(user);
    return user;
  };

  const api = async <T>(username: string, query: string, variables?: Record<string, unknown>) => {
    const answer = await setup.federation.query<T>(
      setup.federation.token(username),
      query,
      variables,
    );
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  };

  const provinceSources = async () =>
    (
      await api<{ syncStatus: { sources: SourceStatus[] } }>('supervisor.320000', SYNC_STATUS, {
        node: '320000',
      })
    ).syncStatus.sources;

  const expectAccessible = async (page: Page) => {
    const violations = await seriousViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  };

  beforeAll(async () => {
    setup = await startConsoleFederation({
      provinces: ['320000'],
      cities: ['320100', '320200'],
      sync: true,
      proxied: ['320100'],
    });
    startedAt = new Date().toISOString();
    const create = async (username: string, division: string, title: string) =>
      (
        await api<{ createTicket: { id: string; number: string } }>(
          username,
          'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }',
          { input: { ...TICKET, division, title, location: { address: `${title}现场` } } },
        )
      ).createTicket;
    ticket = await create('agent.320100', '320106', '中山路占道经营');
    await create('agent.320200', '320205', '锡山区占道经营');
    // A reveal with its reason, by a holder of personal-data.reveal, and another write.
    await api(
      'supervisor.320100',
      'mutation ($id: ID!, $reason: String!) { revealTicketCaller(id: $id, reason: $reason) { name } }',
      {
        id: ticket.id,
        reason: REVEAL_REASON,
      },
    );
    await api(
      'dispatcher.320100',
      'mutation ($i: DispatchTicketInput!) { dispatchTicket(input: $i) { id } }',
      { i: { id: ticket.id, version: 1, leadUnit: '320100-cg' } },
    );
    // The province holds both cities' writes before anyone looks (bounded turns, no timing).
    let sources = '';
    for (let turn = 0; turn < 100; turn += 1) {
      sources = (await provinceSources())
        .map((source) => `${source.source.code} ${source.state} ${source.lagChanges}`)
        .join(', ');
      if (sources === '320100 CAUGHT_UP 0, 320200 CAUGHT_UP 0') break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(sources).toBe('320100 CAUGHT_UP 0, 320200 CAUGHT_UP 0');
    const { enumLabels } = await api<{ enumLabels: { value: string; label: string }[] }>(
      'supervisor.320000',
      '{ enumLabels(enums: ["SyncState"]) { value label } }',
    );
    stateLabels = new Map(enumLabels.map((entry) => [entry.value, entry.label]));
  });

  afterAll(async () => {
    for (const user of signedIn) expect(user.errors, user.errors.join('\n')).toEqual([]);
    await setup?.close();
  });

  it('a provincial supervisor reads a 南京 ticket, and the province’s list, from the province’s replica while 南京 is cut off', async () => {
    const { federation } = setup;
    federation.proxy('320100').up = false;
    try {
      const currentTo = async () =>
        (await provinceSources()).find((source) => source.source.code === '320100')!.currentTo!;
      const before = formatInstant(await currentTo());
      const { page } = await signIn('supervisor.320000', `/records/${ticket.number}`);
      const notice = page.getByTestId('replica-notice');
      await notice.waitFor();
      const after = formatInstant(await currentTo());
      const text = await notice.innerText();
      expect(text).toMatch(/此记录来自 南京市 的副本，数据截至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      // The time shown is the replica's currentTo as the API gave it (it moves on with each pull).
      const shown = /数据截至 (\d{4}-\d{2}-\d{2} \d{2}:\d{2})/.exec(text)![1];
      expect([before, after]).toContain(shown);
      await expect.poll(() => page.getByTestId('record-number').innerText()).toBe(ticket.number);
      await expectAccessible(page);
      await screenshot(page, 'record-replica');

      // The province's list answers too: 无锡 live, 南京 from the replica, with the gateway's note.
      const list = await signIn('supervisor.320000', '/province-records');
      await list.page.getByTestId('replica-answer-note').waitFor();
      const row = list.page.getByRole('row', { name: new RegExp(ticket.number) });
      await expect.poll(() => row.innerText()).toContain('省级副本');
      await expect
        .poll(() => list.page.getByRole('row', { name: /锡山区占道经营/ }).innerText())
        .toContain('市级实时');
      await expectAccessible(list.page);
    } finally {
      federation.proxy('320100').up = true;
    }
  });

  it('an auditor filters the audit log by who, which record, when and 个人信息查阅, and checks the chain', async () => {
    const { page } = await signIn('auditor.320100', '/audit');
    const table = page.getByRole('table', { name: '审计日志条目' });
    const rows = table.locator('tbody tr.ant-table-row');
    const search = () => page.getByRole('button', { name: buttonName('查询') }).click();
    const reset = () => page.getByRole('button', { name: buttonName('重置') }).click();
    const revealRow = rows.filter({ hasText: 'personal-data.reveal' });

    await rows.first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'audit');

    // Who: every entry listed is the supervisor's, the reveal among them with its reason.
    await page.getByLabel('操作人').fill('supervisor.320100');
    await search();
    await expect.poll(() => revealRow.count()).toBe(1);
    await expect.poll(() => revealRow.innerText()).toContain(REVEAL_REASON);
    const actors = await rows.locator('td:nth-child(2)').allInnerTexts();
    expect(actors.every((actor) => actor.startsWith('supervisor.320100'))).toBe(true);

    // Which record, by its number (entries name the record's id): what the API lists by its id.
    const { auditLog } = await api<{ auditLog: { nodes: { action: string }[] } }>(
      'auditor.320100',
      'query ($id: String) { auditLog(entityId: $id) { nodes { action } } }',
      { id: ticket.id },
    );
    const recordActions = auditLog.nodes.map((entry) => entry.action).sort();
    expect(recordActions).toContain('personal-data.reveal');
    expect(recordActions.length).toBeGreaterThanOrEqual(3);
    await reset();
    await page.getByLabel('记录').fill(ticket.number);
    await search();
    await expect
      .poll(async () => (await rows.locator('td:nth-child(3)').allInnerTexts()).sort())
      .toEqual(recordActions);

    // When: nothing before the arrangement began, the record's entries from then on.
    const local = (iso: string) => formatInstant(iso).replace(' ', 'T');
    await page.getByLabel('截止时间').fill(local('2026-01-01T00:00:00Z'));
    await search();
    await page.getByText('没有符合条件的审计条目').waitFor();
    await page.getByLabel('截止时间').fill('');
    await page.getByLabel('起始时间').fill(local(startedAt));
    await search();
    await expect.poll(() => rows.count()).toBe(recordActions.length);
    // A range that ends before it starts: the API's problem beside the field.
    await page.getByLabel('截止时间').fill(local('2026-01-01T00:00:00Z'));
    await search();
    const toItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('截止时间') });
    await expect.poll(() => toItem.innerText()).toContain('不能早于 from');

    // 个人信息查阅: the personal-data reads, reveals and lookups, the reveal with its reason.
    await reset();
    await page.getByLabel('个人信息查阅').check();
    await expect.poll(() => revealRow.count()).toBe(1);
    expect(await revealRow.innerText()).toContain(REVEAL_REASON);
    const actions = await rows.locator('td:nth-child(3)').allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((action) => action.startsWith('personal-data.'))).toBe(true);

    await page.getByRole('button', { name: '校验哈希链' }).click();
    const result = page.getByTestId('audit-chain-result');
    await result.waitFor();
    const { auditChain } = await api<{ auditChain: { entries: number; headHash: string } }>(
      'auditor.320100',
      '{ auditChain { entries headHash } }',
    );
    const reported = /完整：共 (\d+) 条/.exec(await result.innerText());
    expect(reported).not.toBeNull();
    // Nothing audited was written since the check (an auditor's reads are not audited).
    expect(Number(reported![1])).toBe(auditChain.entries);
    expect(await result.innerText()).toContain(auditChain.headHash);
  });

  it('a city supervisor adds, changes and removes a local holiday; a WORKDAY on a weekday is refused beside its field', async () => {
    const { page } = await signIn('supervisor.320100', '/calendar');
    const { enumLabels } = await api<{ enumLabels: { value: string; label: string }[] }>(
      'supervisor.320100',
      '{ enumLabels(enums: ["CalendarDayKind"]) { value label } }',
    );
    const kindLabel = (value: string) => enumLabels.find((entry) => entry.value === value)!.label;
    // The national schedule is listed as such (2026 has Spring Festival in February).
    await page.getByRole('table', { name: '2026 年 2 月的节假日和调休上班日' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'calendar');

    const form = page.locator('form#calendar-day');
    const row = (day: string) => page.getByRole('row').filter({ hasText: day });
    const chooseKind = async (value: string) => {
      await form.getByLabel('类型', { exact: true }).click();
      const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
      await open.locator('.ant-select-item-option', { hasText: kindLabel(value) }).click();
    };

    await form.getByLabel('日期').fill('2026-03-18');
    await chooseKind('HOLIDAY');
    await form.getByLabel('名称').fill('本市运动会');
    await form.getByRole('button', { name: buttonName('添加') }).click();
    await expect.poll(() => row('2026-03-18').innerText()).toContain('本市运动会');
    const added = await row('2026-03-18').innerText();
    expect(added).toContain('本地调整');
    expect(added).toContain('supervisor.320100');
    expect(added).toContain(kindLabel('HOLIDAY'));
    expect(await row('2026-02-16').innerText()).toContain('国务院安排');

    await page.getByRole('button', { name: '修改 2026-03-18' }).click();
    await form.getByLabel('名称').fill('本市运动会（调整）');
    await form.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => row('2026-03-18').innerText()).toContain('本市运动会（调整）');

    await page.getByRole('button', { name: '删除 2026-03-18' }).click();
    await page.getByRole('button', { name: '确认删除' }).click();
    await expect.poll(() => row('2026-03-18').count()).toBe(0);
    const { workingCalendar } = await api<{ workingCalendar: { day: string }[] }>(
      'supervisor.320100',
      '{ workingCalendar(year: 2026) { day } }',
    );
    expect(workingCalendar.map((entry) => entry.day)).not.toContain('2026-03-18');

    // 2026-03-19 is a Thursday: the API says why, and the screen shows it beside 类型.
    const refused = await setup.federation.query(
      setup.federation.token('supervisor.320100'),
      'mutation ($input: SetCalendarDayInput!) { setCalendarDay(input: $input) { day } }',
      { input: { day: '2026-03-19', kind: 'WORKDAY', name: '调休上班' } },
    );
    const problem = (
      refused.errors?.[0]?.extensions?.['problems'] as { field: string; message: string }[]
    ).find((each) => each.field === 'input.kind')!;
    await form.getByLabel('日期').fill('2026-03-19');
    await chooseKind('WORKDAY');
    await form.getByLabel('名称').fill('调休上班');
    await form.getByRole('button', { name: buttonName('添加') }).click();
    const kindItem = form
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('类型', { exact: true }) });
    await expect.poll(() => kindItem.innerText()).toContain(problem.message);
  });

  it('a provincial supervisor watches its cities’ sync, and sees one back off when its node stops', async () => {
    const { page } = await signIn('supervisor.320000', '/sync');
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await row('南京市').waitFor();
    await row('无锡市').waitFor();
    const caughtUp = stateLabels.get('CAUGHT_UP')!;
    // The numbers shown are the API's: the federation is quiet, so both read the same.
    await expect
      .poll(
        async () => {
          const api = await provinceSources();
          const shown = await Promise.all(
            ['南京市', '无锡市'].map(async (name) => [
              await row(name).getByTestId('sync-state').innerText(),
              await row(name).getByTestId('sync-positions').innerText(),
              await row(name).getByTestId('sync-lag-changes').innerText(),
            ]),
          );
          return JSON.stringify(shown) ===
            JSON.stringify(
              api.map((source) => [
                stateLabels.get(source.state),
                `${source.applied} / ${source.head}`,
                String(source.lagChanges),
              ]),
            )
            ? 'same'
            : JSON.stringify({ shown, api });
        },
        { timeout: 15_000 },
      )
      .toBe('same');
    expect(await row('南京市').getByTestId('sync-state').innerText()).toBe(caughtUp);
    await expectAccessible(page);
    await screenshot(page, 'sync');

    // 无锡's node goes down as a crash would: without a reload the screen shows the province
    // backing off from it, with the error it got.
    const refreshedAt = await page.getByTestId('sync-refreshed-at').innerText();
    await setup.federation.stopNode('320200');
    await expect
      .poll(() => row('无锡市').getByTestId('sync-state').innerText(), { timeout: 20_000 })
      .toBe(stateLabels.get('BACKING_OFF'));
    // The error shown is the one the API reports for that source.
    await expect
      .poll(
        async () => {
          const { lastError } = (await provinceSources()).find(
            (source) => source.source.code === '320200',
          )!;
          const shown = await row('无锡市').getByTestId('sync-last-error').innerText();
          return lastError && shown === lastError ? 'same' : JSON.stringify({ shown, lastError });
        },
        { timeout: 10_000 },
      )
      .toBe('same');
    expect(await page.getByTestId('sync-refreshed-at').innerText()).not.toBe(refreshedAt);

    // Another node the supervisor may name: 南京's own node, which pulls from the province.
    await page.getByLabel('节点').click();
    const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await open.locator('.ant-select-item-option', { hasText: '南京市（市级节点）' }).click();
    const { syncStatus } = await api<{ syncStatus: { sources: SourceStatus[] } }>(
      'supervisor.320000',
      SYNC_STATUS,
      { node: '320100' },
    );
    expect(syncStatus.sources.map((source) => source.source.code)).toEqual(['320000']);
    await expect
      .poll(() => row('江苏省').getByTestId('sync-state').innerText(), { timeout: 10_000 })
      .toBe(stateLabels.get(syncStatus.sources[0]!.state));
    expect(await row('无锡市').count()).toBe(0);
  });
});
