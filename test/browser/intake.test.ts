import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TestFederation } from '../support/federation.js';
import { startConsoleFederation } from './support/console-federation.js';
import type { ConsoleFederation } from './support/console-federation.js';

interface CallerHistory {
  callerHistory: {
    total: number;
    recent: { id: string; number: string; title: string; parentTicketId: string | null }[];
  };
}

interface StoredUser {
  access_token: string;
  id_token: string;
  expires_at: number;
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
  let setup: ConsoleFederation;
  let page: Page;
  const phone = '13912345678';
  /** Uncaught exceptions and console errors of the page: a journey that passes has none. */
  let pageErrors: string[] = [];

  beforeAll(async () => {
    setup = await startConsoleFederation();
    federation = setup.federation;
    ({ page, errors: pageErrors } = await setup.openPage());
  });

  afterAll(async () => {
    await setup?.close();
  });

  const callerHistory = async () => {
    const answer = await federation.query<CallerHistory>(
      federation.token('agent.320100'),
      'query($phone: String!) { callerHistory(phone: $phone) { total recent { id number title parentTicketId } } }',
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
    expect(history.recent).toEqual([
      expect.objectContaining({ number: shown, title: '路口井盖缺失', parentTicketId: null }),
    ]);
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

  /** Where oidc-client-ts keeps the signed-in user in the tab (userStorageKey in sign-in.ts). */
  const userKey = () => `oidc.user:${federation.identity.realmUrl}:city-ops-console`;

  /**
   * Ends the session as time and the provider do: the session at the provider is over (signed
   * out elsewhere, or timed out), so its refresh token is refused, and the access token the
   * tab holds has expired — a genuine token of the realm past its `exp`. `noticed` says
   * whether the tab's own record shows the expiry (its renewal timer slept, as in a suspended
   * laptop) or not (the API is the first to say so).
   */
  const expireSession = async (noticed: boolean) => {
    const key = userKey();
    const stored = JSON.parse(
      (await page.evaluate((name) => sessionStorage.getItem(name), key)) ?? 'null',
    ) as StoredUser;
    expect(stored.id_token).toBeTruthy();
    const logout = new URL(`${federation.identity.realmUrl}/protocol/openid-connect/logout`);
    logout.searchParams.set('id_token_hint', stored.id_token);
    expect((await fetch(logout)).ok).toBe(true);
    const past = Math.floor(Date.now() / 1000) - 60;
    stored.access_token = federation.identity.issueToken('agent.320100', {
      iat: past - 300,
      exp: past,
    });
    if (noticed) stored.expires_at = past;
    await page.evaluate(
      ([name, value]) => sessionStorage.setItem(name!, value!),
      [key, JSON.stringify(stored)],
    );
  };

  const signInAgain = async () => {
    await page.waitForURL(`${federation.identity.url}/**`);
    await page.getByLabel('用户名').fill('agent.320100');
    await page.getByLabel('密码').fill('demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/intake');
  };

  /**
   * The browser logs each refused request as a console error: the refusals an expiry brings
   * (one per request under way when it was found) are all of `status`; they are taken off the
   * page's errors so the journey's last check still sees every other one.
   */
  const expectRefusals = (status: 401 | 400) => {
    const refused = pageErrors.filter((text) => text.startsWith('Failed to load resource'));
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(
      new Set([
        `Failed to load resource: the server responded with a status of ${status} (${status === 401 ? 'Unauthorized' : 'Bad Request'})`,
      ]),
    );
    for (const text of refused) pageErrors.splice(pageErrors.indexOf(text), 1);
  };

  const fieldValue = (label: string) => page.getByLabel(label, { exact: true }).inputValue();

  it('keeps the half-typed form through an expired session the API refuses, and logs nothing meanwhile', async () => {
    await page.getByRole('button', { name: /清\s*空/ }).click();
    await pickCascade(page, '所属区域', ['南京市', '鼓楼区']);
    await pickCascade(page, '诉求分类', ['城市管理', '市政设施', '井盖缺失']);
    await page.getByLabel('诉求类型', { exact: true }).click();
    await page.locator('.ant-select-item-option', { hasText: '投诉' }).click();
    await page.getByLabel('标题', { exact: true }).fill('中山北路路口井盖缺失');
    await page.getByLabel('联系电话', { exact: true }).fill(phone);
    await page.getByLabel('地址', { exact: true }).fill('鼓楼区中山北路100号');

    await expireSession(false);
    await page.getByRole('button', { name: /提交受理/ }).click();
    await signInAgain();

    await expect(fieldValue('标题')).resolves.toBe('中山北路路口井盖缺失');
    await expect(fieldValue('联系电话')).resolves.toBe(phone);
    await expect(fieldValue('地址')).resolves.toBe('鼓楼区中山北路100号');
    const category = page.locator('.ant-form-item', {
      has: page.getByLabel('诉求分类', { exact: true }),
    });
    await category.getByText('城市管理 / 市政设施 / 井盖缺失').waitFor();
    expect((await callerHistory()).total).toBe(1);
    // The API's refusal of the expired token (GraphQL over HTTP answers it with 401).
    expectRefusals(401);
  });

  it('keeps it too when the tab finds its token expired and the provider refuses the refresh', async () => {
    await page.getByLabel('诉求内容', { exact: true }).fill('井盖缺失已两天，夜间有行人绊倒。');
    await expireSession(true);
    await page.getByRole('button', { name: /提交受理/ }).click();
    await signInAgain();

    await expect(fieldValue('诉求内容')).resolves.toBe('井盖缺失已两天，夜间有行人绊倒。');
    await expect(fieldValue('标题')).resolves.toBe('中山北路路口井盖缺失');
    expect((await callerHistory()).total).toBe(1);
    // Only the provider's refusal of the refresh: the expired token never reached the API.
    expectRefusals(400);
  });

  it('suggests the first ticket as a duplicate and 并单 logs the second into it', async () => {
    const suggestion = page.getByTestId('duplicate-suggestion').filter({ hasText: created });
    await suggestion.waitFor();
    await expect(suggestion.textContent()).resolves.toContain('相似度');
    await suggestion.getByRole('button', { name: /并\s*单/ }).click();

    const number = page.getByTestId('ticket-number');
    await number.waitFor();
    const second = (await number.textContent())?.trim() ?? '';
    expect(second).toMatch(/^320100\d+$/);
    expect(second).not.toBe(created);
    await expect(page.getByTestId('merge-result').textContent()).resolves.toContain(created);

    const history = await callerHistory();
    expect(history.total).toBe(2);
    const first = history.recent.find((ticket) => ticket.number === created)!;
    const merged = history.recent.find((ticket) => ticket.number === second)!;
    expect(merged.parentTicketId).toBe(first.id);
    expect(first.parentTicketId).toBeNull();
    // Signed in three times over the journey, and never an error on the page.
    expect(pageErrors, pageErrors.join('\n')).toEqual([]);
  });
});
