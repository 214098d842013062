import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestFederation } from '../support/federation.js';
import { launchChromium } from './chromium.js';
import { startConsoleFederation } from './support/console-federation.js';

interface CallerHistory {
  callerHistory: { total: number; recent: { number: string; title: string }[] };
}

/** Picks `labels` in turn in an antd Cascader's menus. */
async function pickCascade(page: Page, field: string, labels: string[]): Promise<void> {
  await page.getByLabel(field, { exact: true }).click();
  for (const label of labels) {
    await page.locator('.ant-cascader-menu-item', { hasText: label }).first().click();
  }
}

describe('the agent takes a call in the console', () => {
  let federation: TestFederation;
  /** The number of the ticket the journey logged. */
  let created = '';
  let browser: Browser;
  let page: Page;
  const phone = '13912345678';
  /** Uncaught exceptions and console errors of the page: a journey that passes has none. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ({ federation } = await startConsoleFederation());
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'zh-CN' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await federation?.close();
  });

  const callerHistory = async () => {
    const answer = await federation.query<CallerHistory>(
      federation.token('agent.320100'),
      'query($phone: String!) { callerHistory(phone: $phone) { total recent { number title } } }',
      { phone },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.callerHistory;
  };

  it('signs the agent in through the login page and opens the intake form, naming them in the header', async () => {
    await page.goto(`http://127.0.0.1:${new URL(federation.gateway.url).port}/`);
    // Not signed in: the realm's login page (authorization code with PKCE), in Chinese.
    await page.waitForURL(`${federation.identity.url}/**`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.getByLabel('用户名').fill('agent.320100');
    await page.getByLabel('密码').fill('wrong');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('用户名或密码错误').waitFor();
    await page.getByLabel('密码').fill('demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/intake');
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toBe('王伟');
    await page.getByText('话务员', { exact: true }).waitFor();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.getByLabel('标题', { exact: true }).waitFor();
  });

  it('logs one ticket for a double-clicked submit and shows its number', async () => {
    await pickCascade(page, '所属区域', ['南京市', '鼓楼区']);
    await pickCascade(page, '诉求分类', ['城市管理', '市政设施', '井盖缺失']);
    await page.getByLabel('诉求类型', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '投诉' }).click();
    await page.getByLabel('标题', { exact: true }).fill('路口井盖缺失');
    await page
      .getByLabel('诉求内容', { exact: true })
      .fill('中山北路与湖南路路口东南角井盖缺失，电动车险些掉入。');
    await page.getByLabel('来电人', { exact: true }).fill('李四');
    await page.getByLabel('联系电话', { exact: true }).fill(phone);
    await page.getByLabel('地址', { exact: true }).fill('鼓楼区中山北路100号');
    await page.getByRole('button', { name: /提交受理/ }).dblclick();

    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    const shown = (await number.textContent())?.trim() ?? '';
    expect(shown).toMatch(/^320100\d+$/);
    created = shown;
    const history = await callerHistory();
    expect(history.total).toBe(1);
    expect(history.recent).toEqual([{ number: shown, title: '路口井盖缺失' }]);
  });

  it("shows the API's refusal of an empty title beside the title, and logs nothing", async () => {
    await page.getByRole('button', { name: '受理下一张' }).click();
    await pickCascade(page, '诉求分类', ['城市管理', '市政设施', '井盖缺失']);
    await page.getByLabel('诉求类型', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '咨询' }).click();
    await page.getByLabel('诉求内容', { exact: true }).fill('井盖仍未修复。');
    await page.getByLabel('联系电话', { exact: true }).fill(phone);
    // 来电历史 beside the form: the ticket just logged for this phone.
    const history = page.locator('.ant-card', { hasText: '来电历史' });
    await history.getByText(created, { exact: true }).waitFor();
    if (process.env.CONSOLE_SCREENSHOT)
      await page.screenshot({ path: process.env.CONSOLE_SCREENSHOT, fullPage: true });
    await page.getByRole('button', { name: /提交受理/ }).click();

    const titleItem = page.locator('.ant-form-item', {
      has: page.getByLabel('标题', { exact: true }),
    });
    const error = titleItem.locator('.ant-form-item-explain-error');
    await error.waitFor();
    // The API's own Chinese message (input.title), not a check of the form's.
    await expect(error.textContent()).resolves.toBe('不能为空。');
    await expect(page.getByTestId('ticket-number').count()).resolves.toBe(0);
    expect((await callerHistory()).total).toBe(1);
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
