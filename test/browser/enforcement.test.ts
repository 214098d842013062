import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CREDIT_CODE, OFFICERS, ZONE } from '../support/enforcement.js';
import type { TestFederation } from '../support/federation.js';
import { startConsoleFederation } from './support/console-federation.js';
import type { ConsoleFederation } from './support/console-federation.js';

const OFFICER = 'officer.320100';
const OFFICER2 = 'officer2.320100';
const REVIEWER = 'reviewer.320100';
/** Unique to this journey's case, so a text search finds it and nothing else. */
const VIOLATED = '《南京市市容管理条例》第十八条（浏览器测试）';

interface ApiRecord {
  id: string;
  number: string;
  status: string;
  version: number;
  decisionDueAt: string | null;
  hearingRequestDueAt: string | null;
  allowedActionLabels: { action: string; label: string }[];
}

/**
 * An API instant as the console shows it (`2026-11-21 16:30` in the node's zone), read
 * independently of the console's code, which the tests do not import.
 */
function formatInstant(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** antd spaces out two-character button texts (告 知): compare labels without spaces. */
const unspaced = (text: string) => text.replace(/\s+/g, '');

describe('an enforcement officer works a major case in the console, with legal review', () => {
  let setup: ConsoleFederation;
  let federation: TestFederation;
  let officer: Page;
  let number = '';
  let id = '';
  const pageErrors: string[][] = [];

  beforeAll(async () => {
    setup = await startConsoleFederation();
    federation = setup.federation;
  });

  afterAll(async () => {
    await setup?.close();
  });

  /** The case as `username` reads it through the API. */
  const read = async (username: string): Promise<ApiRecord> => {
    const answer = await federation.query<{ enforcementRecords: { nodes: ApiRecord[] } }>(
      federation.token(username),
      `query($text: String!) { enforcementRecords(filter: { text: $text }) { nodes {
         id number status version decisionDueAt hearingRequestDueAt
         allowedActionLabels { action label } } } }`,
      { text: number || VIOLATED.slice(0, 8) },
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.enforcementRecords.nodes;
    expect(nodes).toHaveLength(1);
    return nodes[0]!;
  };

  /** How many cases this journey's article names (the double-clicked filing makes one). */
  const filedCount = async (): Promise<number> => {
    const answer = await federation.query<{ enforcementRecords: { nodes: { id: string }[] } }>(
      federation.token(OFFICER),
      'query($text: String!) { enforcementRecords(filter: { text: $text }) { nodes { id } } }',
      { text: VIOLATED.slice(0, 8) },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.enforcementRecords.nodes.length;
  };

  /** The labels of the record page's buttons, or none when it says there is nothing to do. */
  const buttonLabels = async (page: Page): Promise<string[]> => {
    const bar = page.getByTestId('record-actions');
    if ((await bar.count()) === 0) return [];
    return (await bar.locator('button').allTextContents()).map(unspaced);
  };

  /**
   * Waits until the page shows the record at the API's current version with exactly the
   * API's buttons for `username`, then returns the record.
   */
  const expectButtonsOfApi = async (page: Page, username: string): Promise<ApiRecord> => {
    const record = await read(username);
    const expected = record.allowedActionLabels.map((entry) => unspaced(entry.label));
    await expect.poll(() => buttonLabels(page), { timeout: 15_000 }).toEqual(expected);
    return record;
  };

  /** Clicks the button of `action` (found by the API's label), fills the dialog, confirms. */
  const act = async (
    page: Page,
    username: string,
    action: string,
    fill: (dialog: ReturnType<Page['locator']>) => Promise<void> = async () => undefined,
  ) => {
    const record = await expectButtonsOfApi(page, username);
    const index = record.allowedActionLabels.findIndex((entry) => entry.action === action);
    expect(index, `${action} in ${JSON.stringify(record.allowedActionLabels)}`).toBeGreaterThan(-1);
    await page.getByTestId('record-actions').locator('button').nth(index).click();
    const dialog = page.locator('.ant-modal').filter({ visible: true });
    await dialog.waitFor();
    await fill(dialog);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'detached' });
    // The page reads the record again: wait for the state the action moved it to.
    await expect.poll(async () => (await read(username)).version).toBeGreaterThan(record.version);
  };

  /** The text of one row of the record's fields. */
  const fieldText = async (page: Page, label: string) => {
    const row = page
      .getByTestId('record-fields')
      .locator('th', { hasText: label })
      .locator('xpath=following-sibling::td[1]');
    return (await row.textContent()) ?? '';
  };

  it('signs the officer in through the login page and files a case through the 立案 form', async () => {
    const signedIn = await setup.signIn(OFFICER);
    officer = signedIn.page;
    pageErrors.push(signedIn.errors);
    await officer.waitForURL('**/enforcement');
    await officer
      .getByRole('button', { name: /执法立案/ })
      .first()
      .click();
    await officer.waitForURL('**/enforcement/new');
    await officer.getByLabel('违反条款', { exact: true }).fill(VIOLATED);
    await officer.getByLabel('处罚依据', { exact: true }).fill('《南京市市容管理条例》第四十二条');
    await officer.getByRole('checkbox', { name: /重大案件/ }).check();
    // A person with a wrong check digit first: the API's refusal stands beside the field.
    await officer.getByLabel('姓名', { exact: true }).fill('李四');
    await officer.getByLabel('居民身份证号', { exact: true }).fill('320106199001011230');
    for (const [index, each] of OFFICERS.entries()) {
      await officer.getByLabel(`执法人员${index + 1} 姓名`).fill(each.name);
      await officer.getByLabel(`执法人员${index + 1} 执法证号`).fill(each.certificateNumber);
    }
    await officer.getByRole('button', { name: /提交立案/ }).click();
    const idItem = officer.locator('.ant-form-item', {
      has: officer.getByLabel('居民身份证号', { exact: true }),
    });
    await idItem.locator('.ant-form-item-explain-error').waitFor();
    expect(await idItem.locator('.ant-form-item-explain-error').textContent()).not.toBe('');
    expect(await filedCount()).toBe(0);
    await officer.getByText('法人或其他组织', { exact: true }).click();
    await officer.getByLabel('单位名称', { exact: true }).fill('南京某某餐饮有限公司');
    await officer.getByLabel('统一社会信用代码', { exact: true }).fill(CREDIT_CODE);
    await officer.getByLabel('法定代表人', { exact: true }).fill('王五');
    // A double click files once: the draft's idempotency key is sent with both.
    await officer.getByRole('button', { name: /提交立案/ }).dblclick();
    const shown = officer.getByTestId('enforcement-number');
    await shown.waitFor();
    number = (await shown.textContent())?.trim() ?? '';
    expect(number).toMatch(/^320100ZF\d+/);
    expect(await filedCount()).toBe(1);
    const filed = await read(OFFICER);
    expect(filed).toMatchObject({ number, status: 'FILED' });
    id = filed.id;
  });

  it('opens the record page and shows the decision deadline with its colour', async () => {
    await officer.getByRole('button', { name: /打开案件/ }).click();
    await officer.waitForURL(`**/records/${number}`);
    const record = await expectButtonsOfApi(officer, OFFICER);
    expect(record.decisionDueAt).not.toBeNull();
    const decision = await fieldText(officer, '作出决定期限');
    expect(decision).toContain(formatInstant(record.decisionDueAt!, ZONE));
    await expect(
      officer
        .getByTestId('record-fields')
        .locator('td', { hasText: formatInstant(record.decisionDueAt!, ZONE) })
        .locator('[data-deadline]')
        .count(),
    ).resolves.toBe(1);
    // The party is an organisation: nothing to mask inside the owning city.
    expect(await fieldText(officer, '当事人')).toContain(CREDIT_CODE);
  });

  it('investigates and notifies; the hearing deadline is shown; the party waives; the case goes to review', async () => {
    await act(officer, OFFICER, 'startInvestigation', async (dialog) => {
      const investigators = dialog.getByLabel('调查人员（用户名）');
      await investigators.fill(`${OFFICER},${OFFICER2},`);
      await dialog.locator('.ant-select-selection-item', { hasText: OFFICER2 }).waitFor();
    });
    await act(officer, OFFICER, 'serveNotice');
    const notified = await expectButtonsOfApi(officer, OFFICER);
    expect(notified.status).toBe('NOTIFIED');
    expect(notified.hearingRequestDueAt).not.toBeNull();
    await expect
      .poll(() => fieldText(officer, '听证申请期限'))
      .toContain(formatInstant(notified.hearingRequestDueAt!, ZONE));
    expect(await fieldText(officer, '作出决定期限')).toContain(
      formatInstant(notified.decisionDueAt!, ZONE),
    );
    if (process.env.CONSOLE_SCREENSHOT)
      await officer.screenshot({ path: process.env.CONSOLE_SCREENSHOT, fullPage: true });
    await act(officer, OFFICER, 'waiveHearing');
    await act(officer, OFFICER, 'submitLegalReview');
    const submitted = await expectButtonsOfApi(officer, OFFICER);
    expect(submitted.status).toBe('LEGAL_REVIEW');
    // An officer may not approve: the review is not among their buttons.
    expect(submitted.allowedActionLabels.map((entry) => entry.action)).not.toContain(
      'approveLegalReview',
    );
  });

  it('the legal reviewer finds the case under 法制审核 and approves it', async () => {
    const signedIn = await setup.signIn(REVIEWER);
    const reviewer = signedIn.page;
    pageErrors.push(signedIn.errors);
    await reviewer.waitForURL('**/enforcement');
    await reviewer.getByRole('tab', { name: '法制审核', selected: true }).waitFor();
    await reviewer.getByRole('link', { name: number }).click();
    await reviewer.waitForURL(`**/records/${number}`);
    await act(reviewer, REVIEWER, 'approveLegalReview');
    await expectButtonsOfApi(reviewer, REVIEWER);
  });

  it('the officer decides a fine, serves it, records the payment, closes and archives', async () => {
    await officer.reload();
    const labels = await federation.query<{ enumLabels: { value: string; label: string }[] }>(
      federation.token(OFFICER),
      '{ enumLabels(enums: ["PenaltyType"]) { value label } }',
    );
    const fine = labels.data!.enumLabels.find((entry) => entry.value === 'FINE')!.label;
    await act(officer, OFFICER, 'decide', async (dialog) => {
      await dialog.getByLabel('处罚种类').click();
      await officer.locator('.ant-select-item-option', { hasText: fine }).first().click();
      await dialog.getByLabel('罚款金额').fill('500');
    });
    await act(officer, OFFICER, 'serveDecision');
    await expect.poll(() => fieldText(officer, '应缴金额')).toContain('500.00 元');
    await act(officer, OFFICER, 'recordPayment', async (dialog) => {
      await dialog.getByLabel('缴款金额').fill('500');
    });
    await act(officer, OFFICER, 'close');
    await act(officer, OFFICER, 'archive');
    await expectButtonsOfApi(officer, OFFICER);
    await officer.getByText('您当前没有可执行的操作。').waitFor();

    const end = await federation.query<{
      enforcementRecord: {
        status: string;
        investigators: string[];
        hearingWaivedAt: string | null;
        legalReviewedBy: string | null;
        decision: string;
        fineAmount: number;
        amountPaid: number;
        history: { action: string; actor: string }[];
      };
    }>(
      federation.token(OFFICER),
      `query($id: ID!) { enforcementRecord(id: $id) { status investigators hearingWaivedAt
         legalReviewedBy decision fineAmount amountPaid history { action actor } } }`,
      { id },
    );
    expect(end.errors).toBeUndefined();
    const record = end.data!.enforcementRecord;
    expect(record).toMatchObject({
      status: 'ARCHIVED',
      investigators: [OFFICER, OFFICER2],
      legalReviewedBy: REVIEWER,
      decision: 'FINE',
      fineAmount: 500,
      amountPaid: 500,
    });
    expect(record.hearingWaivedAt).not.toBeNull();
    expect(record.history.map((entry) => entry.action).slice(1)).toEqual([
      'startInvestigation',
      'serveNotice',
      'waiveHearing',
      'submitLegalReview',
      'approveLegalReview',
      'decide',
      'serveDecision',
      'recordPayment',
      'close',
      'archive',
    ]);
    expect(record.history.find((entry) => entry.action === 'approveLegalReview')?.actor).toBe(
      REVIEWER,
    );
    const errors = pageErrors.flat();
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
