import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsoleFederation } from './support/console-federation.js';
import { screenshot, seriousViolations } from './support/screen-checks.js';
import type { ConsoleFederation, SignedInPage } from './support/console-federation.js';

/**
 * Every city-desk screen, as the role that works in it: an accessibility scan (axe, WCAG 2
 * A and AA) with no serious or critical violation, and — with CONSOLE_SCREENSHOTS set to a
 * folder (`pnpm console:screenshots` writes docs/console/) — a screenshot of each. The
 * intake form's time to interactive is measured here too (CONSOLE_TIMINGS names the JSON
 * file it is written to); it is reported in docs/BENCHMARKS.md, never asserted.
 */

const timings = process.env.CONSOLE_TIMINGS;

/** How many fresh loads of the intake form are timed. */
const INTAKE_LOADS = 5;

const TICKET = {
  division: '320106',
  channel: 'PHONE',
  intakeClass: 'COMPLAINT',
  categoryCode: '010101',
  content: '人行道被流动摊贩占用，影响通行。',
  caller: { name: '张三', phone: '13812345678' },
  location: { address: '鼓楼区中山路123号' },
};

describe('the city desk screens', () => {
  let setup: ConsoleFederation;
  let dispatchedNumber = '';
  /** What the agent's first screen downloaded, for the timings report. */
  let firstScreen: { scripts: number; kilobytes: number } | undefined;
  const signedIn: SignedInPage[] = [];

  const signIn = async (username: string, path?: string) => {
    const user = await setup.signIn(username, path);
    signedIn.push(user);
    return user;
  };

  beforeAll(async () => {
    setup = await startConsoleFederation();
    const { federation } = setup;
    const agent = federation.token('agent.320100');
    const create = async (title: string) => {
      const answer = await federation.query<{ createTicket: { id: string; number: string } }>(
        agent,
        'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }',
        { input: { ...TICKET, title } },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.createTicket;
    };
    await create('人行道占道经营');
    const dispatched = await create('中山路占道经营');
    const answer = await federation.query(
      federation.token('dispatcher.320100'),
      'mutation ($i: DispatchTicketInput!) { dispatchTicket(input: $i) { id } }',
      { i: { id: dispatched.id, version: 1, leadUnit: '320100-cg' } },
    );
    expect(answer.errors).toBeUndefined();
    dispatchedNumber = dispatched.number;
  });

  afterAll(async () => {
    await setup?.close();
  });

  it('the login page', async () => {
    const context = await setup.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${setup.origin}/`);
    await page.getByLabel('用户名').waitFor();
    await screenshot(page, 'login');
    const violations = await seriousViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
    await context.close();
  });

  it.each([
    ['agent.320100', '/intake', 'intake', '标题'],
    ['agent.320100', '/my-tickets', 'my-tickets', '我受理的工单'],
    ['agent.320100', '/callbacks', 'callbacks', '待回访工单'],
    ['agent.320100', '/search', 'search', '工单查询'],
    ['dispatcher.320100', '/dispatch', 'dispatch', '人行道占道经营'],
    ['unit-cg.320100', '/inbox', 'unit-inbox', '中山路占道经营'],
    ['inspector.320100', '/report-case', 'report-case', '上报案件'],
    ['dispatcher.320100', '/cases', 'cases', '案件中心'],
    ['unit-cg.320100', '/case-inbox', 'case-inbox', '待处置案件'],
    ['officer.320100', '/enforcement', 'enforcement', '执法办案'],
    ['officer.320100', '/enforcement/new', 'enforcement-filing', '执法立案'],
  ])('%s: %s', async (username, path, name, shown) => {
    const { page } = await signIn(username, path);
    // Inside the screen's own card: the menu names the screens too.
    await page.locator('.ant-card', { hasText: shown }).first().waitFor();
    await screenshot(page, name);
    const violations = await seriousViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it('the record page, as the dispatcher and the unit see a dispatched ticket', async () => {
    for (const [username, name] of [
      ['dispatcher.320100', 'record-dispatcher'],
      ['unit-cg.320100', 'record-unit'],
    ] as const) {
      const { page } = await signIn(username, `/records/${dispatchedNumber}`);
      await page.getByTestId('record-history').waitFor();
      await screenshot(page, name);
      const violations = await seriousViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    }
  });

  it('an action dialog, open on the record page', async () => {
    const { page } = await signIn('unit-cg.320100', `/records/${dispatchedNumber}`);
    await page
      .getByTestId('record-actions')
      .getByRole('button', { name: /^退\s*单$/ })
      .click();
    await page.getByRole('dialog', { name: '退单' }).waitFor();
    await screenshot(page, 'action-dialog');
    const violations = await seriousViolations(page);
    expect(violations, violations.join('\n')).toEqual([]);
  });

  it("keeps the JavaScript of the agent's first screen within 600 KB as downloaded (gzip)", async () => {
    const user = await setup.openPage();
    signedIn.push(user);
    const scripts: { url: string; bytes: number; encoding: string | undefined }[] = [];
    const pending: Promise<void>[] = [];
    user.page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      if (!response.url().startsWith(setup.origin)) return;
      pending.push(
        (async () => {
          const sizes = await response.request().sizes();
          const headers = await response.allHeaders();
          scripts.push({
            url: new URL(response.url()).pathname,
            bytes: sizes.responseBodySize,
            encoding: headers['content-encoding'],
          });
        })(),
      );
    });
    await user.page.goto(`${setup.origin}/intake`);
    await user.page.waitForURL(`${setup.federation.identity.url}/**`);
    await user.page.getByLabel('用户名').fill('agent.320100');
    await user.page.getByLabel('密码').fill('demo');
    await user.page.getByRole('button', { name: '登录' }).click();
    await user.page.getByLabel('标题', { exact: true }).waitFor();
    await Promise.all(pending);
    // The console loads once before the login page and once after it (from the cache, whose
    // sizes read as negative): each file counts once, as first downloaded.
    const downloaded = new Map<string, number>();
    for (const script of scripts) {
      downloaded.set(script.url, Math.max(downloaded.get(script.url) ?? 0, script.bytes));
    }
    const total = [...downloaded.values()].reduce((sum, bytes) => sum + bytes, 0);
    firstScreen = { scripts: downloaded.size, kilobytes: Math.round(total / 1024) };
    process.stdout.write(
      `agent's first screen JavaScript: ${JSON.stringify({ ...firstScreen, files: Object.fromEntries(downloaded) })}\n`,
    );
    // Every script came compressed, so the bytes counted are the bytes a user downloads.
    expect(scripts.filter((script) => script.bytes > 1024 && script.encoding !== 'gzip')).toEqual(
      [],
    );
    expect(total).toBeLessThanOrEqual(600 * 1024);
  });

  it('measures how soon the intake form takes input after navigation', async () => {
    const { page } = await signIn('agent.320100', '/intake');
    const samples: number[] = [];
    for (let load = 0; load < INTAKE_LOADS; load += 1) {
      await page.goto(`${setup.origin}/intake`);
      const title = page.getByLabel('标题', { exact: true });
      await title.fill('计时');
      // Milliseconds since this navigation began (the page's time origin), once it took input.
      samples.push(Math.round(await page.evaluate(() => performance.now())));
      await expect(title.inputValue()).resolves.toBe('计时');
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const result = {
      firstScreen,
      loads: INTAKE_LOADS,
      samplesMs: samples,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      maxMs: sorted.at(-1),
    };
    process.stdout.write(`intake form interactive after navigation: ${JSON.stringify(result)}\n`);
    if (timings) writeFileSync(join(timings), `${JSON.stringify(result, null, 2)}\n`);
    expect(samples).toHaveLength(INTAKE_LOADS);
  });

  it('no page logged an error', () => {
    for (const user of signedIn) expect(user.errors, user.errors.join('\n')).toEqual([]);
  });
});
