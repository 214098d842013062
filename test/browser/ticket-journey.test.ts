import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { plainJpeg } from '../support/test-files.js';
import { startConsoleFederation } from './support/console-federation.js';
import type { ConsoleFederation, SignedInPage } from './support/console-federation.js';

/**
 * The 12345 loop in the console, each step by the real role signed in through the login
 * page: the agent logs a ticket, the dispatcher dispatches it from its record page, the
 * unit's inbox shows it live, the unit signs, handles and replies with a photo, the
 * dispatcher approves, the agent calls back and closes. At every record page the buttons
 * are exactly the actions the API lists for that user.
 */

interface TicketState {
  ticket: {
    status: string;
    allowedActionLabels: { action: string; label: string }[];
    attachmentCount: number;
    satisfaction: string | null;
  } | null;
}

/**
 * A button's accessible name: antd writes a space between two Chinese characters (派 单),
 * so a label matches with or without it.
 */
const buttonName = (label: string) => new RegExp(`^${[...label].join('\\s*')}$`);

describe('a ticket goes round the 12345 loop in the console', () => {
  let setup: ConsoleFederation;
  let agent: SignedInPage;
  let dispatcher: SignedInPage;
  let unit: SignedInPage;
  let supervisor: SignedInPage;
  let ticketNumber = '';
  let ticketId = '';
  let unitName = '';

  beforeAll(async () => {
    setup = await startConsoleFederation();
    const units = await setup.federation.query<{ handlingUnits: { code: string; name: string }[] }>(
      setup.federation.token('dispatcher.320100'),
      '{ handlingUnits { code name } }',
    );
    unitName = units.data!.handlingUnits.find((each) => each.code === '320100-cg')!.name;
  });

  afterAll(async () => {
    await setup?.close();
  });

  /** The ticket as `username` reads it through the API. */
  const ticketAs = async (username: string) => {
    const answer = await setup.federation.query<TicketState>(
      setup.federation.token(username),
      `query ($id: ID!) { ticket(id: $id) { status attachmentCount satisfaction allowedActionLabels { action label } } }`,
      { id: ticketId },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.ticket!;
  };

  /** The labels of the buttons the record page shows (none when it says there are none). */
  const shownActions = async (page: Page) => {
    await page.getByTestId('record-number').waitFor();
    const bar = page.getByTestId('record-actions');
    if ((await bar.count()) === 0) return [];
    return (await bar.getByRole('button').allTextContents()).map((text) => text.replace(/\s/g, ''));
  };

  /** Asserts the page's buttons are exactly the API's actions for `username`, in order. */
  const expectButtonsOf = async (page: Page, username: string) => {
    const expected = (await ticketAs(username)).allowedActionLabels.map((entry) => entry.label);
    await expect.poll(() => shownActions(page)).toEqual(expected);
    return expected;
  };

  /** Clicks an action's button and confirms its dialog after `fill`. */
  const act = async (
    page: Page,
    label: string,
    fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined,
  ) => {
    await page
      .getByTestId('record-actions')
      .getByRole('button', { name: buttonName(label) })
      .click();
    const dialog = page.getByRole('dialog', { name: label });
    await dialog.waitFor();
    await fill(dialog);
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  /** Picks `option` in the antd Select labelled `label` inside `scope`. */
  const choose = async (
    page: Page,
    scope: ReturnType<Page['getByRole']>,
    label: string,
    option: string,
  ) => {
    await scope.getByLabel(label, { exact: true }).click();
    // Only the open list: a list closed before stays in the page, hidden.
    const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
    await open.locator('.ant-select-item-option', { hasText: new RegExp(`^${option}$`) }).click();
    await open.waitFor({ state: 'detached' }).catch(() => open.waitFor({ state: 'hidden' }));
  };

  it('the agent logs the ticket at the intake form', async () => {
    agent = await setup.signIn('agent.320100');
    const page = agent.page;
    await page.waitForURL('**/intake');
    await page.getByLabel('所属区域', { exact: true }).click();
    for (const label of ['南京市', '鼓楼区'])
      await page.locator('.ant-cascader-menu-item', { hasText: label }).first().click();
    await page.getByLabel('诉求分类', { exact: true }).click();
    for (const label of ['城市管理', '市政设施', '井盖缺失'])
      await page.locator('.ant-cascader-menu-item', { hasText: label }).first().click();
    await page.getByLabel('诉求类型', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '投诉' }).click();
    await page.getByLabel('标题', { exact: true }).fill('湖南路井盖破损');
    await page
      .getByLabel('诉求内容', { exact: true })
      .fill('湖南路与中山北路口井盖破损下沉，夜间有行人绊倒。');
    await page.getByLabel('来电人', { exact: true }).fill('赵六');
    await page.getByLabel('联系电话', { exact: true }).fill('13700001111');
    await page.getByLabel('街道（镇）', { exact: true }).fill('湖南路街道');
    await page.getByLabel('社区（村）', { exact: true }).fill('青石村社区');
    await page.getByLabel('地址', { exact: true }).fill('鼓楼区湖南路1号');
    await page.getByRole('button', { name: /提交受理/ }).click();
    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    ticketNumber = (await number.textContent())!.trim();
    const found = await setup.federation.query<{ recordByNumber: { id: string } }>(
      setup.federation.token('agent.320100'),
      'query ($n: String!) { recordByNumber(number: $n) { ... on HotlineTicket { id } } }',
      { n: ticketNumber },
    );
    ticketId = found.data!.recordByNumber.id;
    const logged = await setup.federation.query<{ ticket: { location: unknown } }>(
      setup.federation.token('agent.320100'),
      'query ($id: ID!) { ticket(id: $id) { location { street community address } } }',
      { id: ticketId },
    );
    expect(logged.data!.ticket.location).toEqual({
      street: '湖南路街道',
      community: '青石村社区',
      address: '鼓楼区湖南路1号',
    });
    // From the success, the ticket's own page: 直办 for what was answered on the call.
    await page.getByRole('button', { name: /办理此工单/ }).click();
    await page.waitForURL(`**/records/${ticketNumber}`);
    expect(await expectButtonsOf(page, 'agent.320100')).toContain('直办');
  });

  it("the unit's inbox is open and live before anything is dispatched to it", async () => {
    unit = await setup.signIn('unit-cg.320100');
    await unit.page.waitForURL('**/inbox');
    await expect.poll(() => unit.page.getByTestId('live-status').textContent()).toBe('实时更新中');
    await expect(unit.page.getByRole('link', { name: ticketNumber }).count()).resolves.toBe(0);
  });

  it('the dispatcher finds it in 待派单 and dispatches it from its record page', async () => {
    dispatcher = await setup.signIn('dispatcher.320100');
    const page = dispatcher.page;
    await page.getByRole('menuitem', { name: '派单调度' }).click();
    await page.getByRole('link', { name: ticketNumber }).click();
    await page.waitForURL(`**/records/${ticketNumber}`);
    expect(await expectButtonsOf(page, 'dispatcher.320100')).toContain('派单');
    await act(page, '派单', async (dialog) => {
      await choose(page, dialog, '主办单位', unitName);
    });
    await expect.poll(async () => (await ticketAs('dispatcher.320100')).status).toBe('DISPATCHED');
    // Dispatched: the dispatcher has nothing left to do on it now, and sees no button.
    await expectButtonsOf(page, 'dispatcher.320100');
  });

  it("the ticket appears in the unit's inbox without a reload, and is announced", async () => {
    const page = unit.page;
    await page.getByRole('link', { name: ticketNumber }).waitFor();
    await expect
      .poll(() => page.getByTestId('inbox-announcement').textContent())
      .toContain(ticketNumber);
    await page.getByText('新工单', { exact: true }).waitFor();
  });

  it('the unit signs for it, starts handling and replies with a photo', async () => {
    const page = unit.page;
    await page.getByRole('link', { name: ticketNumber }).click();
    await page.waitForURL(`**/records/${ticketNumber}`);
    expect(await expectButtonsOf(page, 'unit-cg.320100')).toEqual(['签收', '退单']);
    await act(page, '签收');
    expect(await expectButtonsOf(page, 'unit-cg.320100')).toContain('办理');
    await act(page, '办理');
    expect(await expectButtonsOf(page, 'unit-cg.320100')).toContain('反馈');
    const photo = join(mkdtempSync(join(tmpdir(), 'reply-photo-')), '修复后.jpg');
    writeFileSync(photo, plainJpeg());
    await act(page, '反馈', async (dialog) => {
      await dialog
        .getByLabel('答复内容', { exact: true })
        .fill('已更换井盖并恢复路面，现场照片见附件。');
      await choose(page, dialog, '解决情况', '解决');
      await dialog.locator('input[type=file]').setInputFiles(photo);
      await dialog.getByText('修复后.jpg').waitFor();
    });
    await expect.poll(async () => (await ticketAs('unit-cg.320100')).status).toBe('REPLIED');
    expect((await ticketAs('unit-cg.320100')).attachmentCount).toBe(1);
    // The page read the ticket again: the photo is listed, and the unit has no button left.
    await page
      .getByTestId('record-attachments')
      .getByText(/修复后\.jpg/)
      .waitFor();
    expect(await expectButtonsOf(page, 'unit-cg.320100')).toEqual([]);
  });

  it('the dispatcher reviews the reply, previews the photo and approves it', async () => {
    const page = dispatcher.page;
    await page.getByRole('menuitem', { name: '派单调度' }).click();
    await page.getByRole('tab', { name: '待审核' }).click();
    await page.getByRole('link', { name: ticketNumber }).click();
    await page.waitForURL(`**/records/${ticketNumber}`);
    await page.getByText('已更换井盖并恢复路面，现场照片见附件。').waitFor();
    await page
      .getByTestId('record-attachments')
      .getByRole('button', { name: /预\s*览/ })
      .click();
    await page.getByRole('img', { name: '修复后.jpg' }).waitFor();
    expect(await expectButtonsOf(page, 'dispatcher.320100')).toEqual(['审核通过', '审核退回']);
    await act(page, '审核通过');
    await expect.poll(async () => (await ticketAs('dispatcher.320100')).status).toBe('REVIEWED');
  });

  it('the agent calls the citizen back and closes the ticket', async () => {
    const page = agent.page;
    await page.getByRole('menuitem', { name: '回访' }).click();
    await page.getByRole('link', { name: ticketNumber }).click();
    await page.waitForURL(`**/records/${ticketNumber}`);
    expect(await expectButtonsOf(page, 'agent.320100')).toEqual(['回访']);
    await act(page, '回访', async (dialog) => {
      await choose(page, dialog, '来电人认为', '解决');
      await choose(page, dialog, '满意度', '满意');
    });
    expect(await expectButtonsOf(page, 'agent.320100')).toContain('办结');
    await act(page, '办结');
    const closed = await ticketAs('agent.320100');
    expect(closed).toMatchObject({
      status: 'CLOSED',
      satisfaction: 'SATISFIED',
      attachmentCount: 1,
    });
    // The history on the page tells the whole loop, in order.
    const history = page.getByTestId('record-history');
    await history.getByText('办结', { exact: true }).waitFor();
    const steps = await history.locator('strong').allTextContents();
    expect(steps).toEqual([
      '受理',
      '派单',
      '签收',
      '办理',
      '上传附件',
      '反馈',
      '审核通过',
      '回访',
      '办结',
    ]);
  });

  it('a city supervisor sees the caller masked and reveals them for a stated reason', async () => {
    supervisor = await setup.signIn('supervisor.320100', `/records/${ticketNumber}`);
    const page = supervisor.page;
    await page.getByText('赵* 137****1111').waitFor();
    await page.getByRole('button', { name: '查看来电人信息' }).click();
    const dialog = page.getByRole('dialog', { name: '查看来电人信息' });
    // Too short a reason: the API's refusal, in its words, inside the dialog.
    await dialog.getByLabel('查看理由').fill('看看');
    await dialog.getByRole('button', { name: /^查\s*看$/ }).click();
    await dialog.locator('.ant-alert-error').waitFor();
    await expect(dialog.getByText('13700001111').count()).resolves.toBe(0);
    await dialog.getByLabel('查看理由').fill('来电人投诉处理结果，需要回电核实');
    await dialog.getByRole('button', { name: /^查\s*看$/ }).click();
    await dialog.getByText('13700001111').waitFor();
    await dialog.getByText('赵六').waitFor();
  });

  it('no page logged an error on the way', () => {
    for (const user of [agent, dispatcher, unit, supervisor])
      expect(user.errors, user.errors.join('\n')).toEqual([]);
  });
});
