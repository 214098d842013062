import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { TestFederation } from '../support/federation.js';
import { plainJpeg, png } from '../support/test-files.js';
import { startConsoleFederation } from './support/console-federation.js';
import type { ConsoleFederation } from './support/console-federation.js';

const INSPECTOR = 'inspector.320100';
const DISPATCHER = 'dispatcher.320100';
const UNIT = 'unit-cg.320100';
/** Where the inspector's device says it is (南京 鼓楼): the 使用当前位置 button reads it. */
const HERE = { longitude: 118.7781, latitude: 32.0668 };
const DESCRIPTION = '湖南路与中山北路路口东侧人行道上堆放建筑垃圾，影响通行。';

interface CaseAnswer {
  caseReport: {
    status: string;
    closureType: string | null;
    handlingUnit: string | null;
    longitude: number | null;
    latitude: number | null;
    source: string;
    attachments: { fileName: string; purpose: string }[];
    allowedActionLabels: { action: string; label: string }[];
  } | null;
}

describe('the case loop in the console: report, file, dispatch, handle, report back, verify', () => {
  let setup: ConsoleFederation;
  let federation: TestFederation;
  /** Uncaught exceptions and console errors of every page: a loop that passes has none. */
  const pageErrors: string[][] = [];
  let caseNumber = '';
  let caseId = '';

  /** A signed-in page of its own (its own cookies and session) for `username`. */
  async function pageFor(username: string, options: BrowserContextOptions = {}): Promise<Page> {
    const user = await setup.signIn(username, '/', options);
    pageErrors.push(user.errors);
    return user.page;
  }

  const readCase = async (username: string) => {
    const answer = await federation.query<CaseAnswer>(
      federation.token(username),
      `query($id: ID!) { caseReport(id: $id) {
        status closureType handlingUnit longitude latitude source
        attachments { fileName purpose }
        allowedActionLabels { action label }
      } }`,
      { id: caseId },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.caseReport!;
  };

  /** The labels of the record page's buttons; antd spaces out two-character labels (立 案). */
  const shownButtons = async (page: Page): Promise<string[]> => {
    const bar = page.getByTestId('record-actions');
    if ((await bar.count()) === 0) return [];
    const labels = await bar.locator('button').allTextContents();
    return labels.map((label) => label.replace(/\s+/g, ''));
  };

  /**
   * The record page shows `username` exactly the buttons the API lists for them now, in its
   * order: none missing, none extra. Waits for the page to have read the case again.
   */
  const expectButtonsOfApi = async (page: Page, username: string): Promise<string[]> => {
    const expected = (await readCase(username)).allowedActionLabels.map((entry) => entry.label);
    await expect.poll(() => shownButtons(page), { timeout: 15_000 }).toEqual(expected);
    if (expected.length === 0) await page.getByText('您当前没有可执行的操作。').waitFor();
    // Every button the API lists can be sent from the console: none is shown disabled.
    const disabled = page.getByTestId('record-actions').locator('button[disabled]');
    await expect(disabled.count()).resolves.toBe(0);
    return expected;
  };

  /** Opens a screen from the menu: the session lives in the page, so no full navigation. */
  const openScreen = async (page: Page, title: string) => {
    await page.getByRole('menuitem', { name: title }).click();
  };

  /** Clicks the action `label` on the record page and confirms its dialog after `fill`. */
  const act = async (
    page: Page,
    label: string,
    fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  ) => {
    await page
      .getByTestId('record-actions')
      .getByRole('button', { name: new RegExp(`^${[...label].join('\\s*')}$`) })
      .click();
    const dialog = page.getByRole('dialog', { name: label });
    await dialog.waitFor();
    if (fill) await fill(dialog);
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  beforeAll(async () => {
    setup = await startConsoleFederation();
    federation = setup.federation;
  });

  afterAll(async () => {
    await setup?.close();
  });

  let inspector: Page;
  let dispatcher: Page;
  let unit: Page;

  it('lets the inspector report a case with the spot from the device and a site photo: a refused field beside it, then one case for a double click', async () => {
    inspector = await pageFor(INSPECTOR, { permissions: ['geolocation'], geolocation: HERE });
    // The inspector's first screen is the report form.
    await inspector.waitForURL('**/report-case');
    await inspector.getByLabel('大类', { exact: true }).click();
    await inspector.locator('.ant-select-item-option', { hasText: '市容环境' }).first().click();
    await inspector.getByLabel('问题描述', { exact: true }).fill(DESCRIPTION);
    await inspector.getByLabel('地址', { exact: true }).fill('鼓楼区湖南路1号东侧');
    await inspector.getByRole('button', { name: '使用当前位置' }).click();
    await expect
      .poll(() => inspector.getByLabel('经度', { exact: true }).inputValue())
      .toBe(HERE.longitude.toFixed(6));
    await expect(inspector.getByLabel('纬度', { exact: true }).inputValue()).resolves.toBe(
      HERE.latitude.toFixed(6),
    );
    await inspector
      .locator('.ant-upload input[type=file]')
      .setInputFiles({ name: 'site.jpg', mimeType: 'image/jpeg', buffer: plainJpeg() });
    // The key each reportCase request carries: a retry must send its draft's key again.
    const keysSent: unknown[] = [];
    inspector.on('request', (sent) => {
      const body = sent.method() === 'POST' ? sent.postData() : null;
      if (body?.includes('mutation ReportCase')) {
        const { variables } = JSON.parse(body) as { variables: { input: Record<string, unknown> } };
        keysSent.push(variables.input.idempotencyKey);
      }
    });
    // A minor code of another major class: the API's refusal shows beside the field, and
    // the same draft (and key) is sent again once it is put right.
    await inspector.getByLabel('小类代码', { exact: true }).fill('0201');
    await inspector.getByRole('button', { name: /上\s*报/ }).click();
    await inspector
      .locator('#minorCode_help')
      .getByText('应以 01 开头', { exact: false })
      .waitFor();
    await inspector.getByLabel('小类代码', { exact: true }).fill('0101');
    await inspector.getByRole('button', { name: /上\s*报/ }).dblclick();

    const link = inspector.getByTestId('case-number');
    await link.waitFor();
    caseNumber = (await link.textContent())?.trim() ?? '';
    expect(caseNumber).toMatch(/^320100AJ\d+$/);
    expect(keysSent.length).toBeGreaterThanOrEqual(2);
    expect(keysSent[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keysSent).size).toBe(1);

    // One case for the double click: the draft's idempotency key made the second send a replay.
    const listed = await federation.query<{
      caseReports: { nodes: { id: string; number: string }[] };
    }>(
      federation.token(DISPATCHER),
      'query($text: String!) { caseReports(filter: { text: $text }) { nodes { id number } } }',
      { text: '建筑垃圾' },
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.caseReports.nodes.map((node) => node.number)).toEqual([caseNumber]);
    caseId = listed.data!.caseReports.nodes[0]!.id;

    const stored = await readCase(DISPATCHER);
    expect(stored).toMatchObject({
      status: 'COLLECTED',
      source: 'INSPECTOR',
      longitude: HERE.longitude,
      latitude: HERE.latitude,
      attachments: [{ fileName: 'site.jpg', purpose: 'SITE_PHOTO' }],
    });
  });

  it("opens the case's record page from its number, with the site photo to preview and no button", async () => {
    await inspector.getByTestId('case-number').click();
    await inspector.waitForURL(`**/records/${caseNumber}`);
    await expect(inspector.getByTestId('record-number').textContent()).resolves.toBe(caseNumber);
    const files = inspector.getByTestId('record-attachments');
    await files.getByText('site.jpg（现场照片）').waitFor();
    await files.getByRole('button', { name: /预\s*览/ }).click();
    await files.getByRole('img', { name: 'site.jpg' }).waitFor();
    // Collected, not yet filed: nothing for an inspector to do.
    await expect(expectButtonsOfApi(inspector, INSPECTOR)).resolves.toEqual([]);
  });

  it('lets the unit watch its case inbox, live', async () => {
    unit = await pageFor(UNIT);
    await openScreen(unit, '待处置案件');
    await unit.getByTestId('live-status').getByText('实时更新中').waitFor();
    await unit.getByText('没有案件').waitFor();
  });

  it('lets the command centre file the case from its queue and dispatch it to the unit', async () => {
    dispatcher = await pageFor(DISPATCHER);
    await openScreen(dispatcher, '案件中心');
    await dispatcher.getByRole('tab', { name: '待立案' }).waitFor();
    await dispatcher.getByRole('link', { name: caseNumber }).click();
    await dispatcher.waitForURL(`**/records/${caseNumber}`);

    await expect(expectButtonsOfApi(dispatcher, DISPATCHER)).resolves.toContain('立案');
    await act(dispatcher, '立案');
    await expect(expectButtonsOfApi(dispatcher, DISPATCHER)).resolves.toContain('派遣');
    expect((await readCase(DISPATCHER)).status).toBe('FILED');

    const units = await federation.query<{ handlingUnits: { code: string; name: string }[] }>(
      federation.token(DISPATCHER),
      '{ handlingUnits { code name } }',
    );
    const cg = units.data!.handlingUnits.find((entry) => entry.code === '320100-cg')!;
    await act(dispatcher, '派遣', async (dialog) => {
      await dialog.getByLabel('处置单位', { exact: true }).click();
      await dispatcher.locator('.ant-select-item-option', { hasText: cg.name }).first().click();
      await dialog.getByLabel('意见', { exact: true }).fill('请尽快清运。');
    });
    await expect(expectButtonsOfApi(dispatcher, DISPATCHER)).resolves.not.toContain('派遣');
    expect(await readCase(DISPATCHER)).toMatchObject({
      status: 'DISPATCHED',
      handlingUnit: '320100-cg',
    });
  });

  it('shows the dispatched case in the unit inbox without a reload, announced', async () => {
    await unit.getByRole('link', { name: caseNumber }).waitFor();
    await expect(unit.getByTestId('inbox-announcement').textContent()).resolves.toContain(
      caseNumber,
    );
  });

  it('lets the unit start handling and report back with an after-handling photo', async () => {
    await unit.getByRole('link', { name: caseNumber }).click();
    await unit.waitForURL(`**/records/${caseNumber}`);
    await expect(expectButtonsOfApi(unit, UNIT)).resolves.toContain('处置');
    await act(unit, '处置');
    expect((await readCase(UNIT)).status).toBe('HANDLING');

    await expect(expectButtonsOfApi(unit, UNIT)).resolves.toContain('反馈');
    await act(unit, '反馈', async (dialog) => {
      await dialog.getByLabel('处置结果', { exact: true }).fill('已清运建筑垃圾，人行道恢复通行。');
      await dialog
        .locator('input[type=file]')
        .setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: png() });
    });
    await unit.getByTestId('record-attachments').getByText('after.png（处理后）').waitFor();
    // Reported back: the unit's part is done until verification says otherwise.
    await expect(expectButtonsOfApi(unit, UNIT)).resolves.toEqual([]);
    expect(await readCase(UNIT)).toMatchObject({
      status: 'REPORTED',
      attachments: [
        { fileName: 'site.jpg', purpose: 'SITE_PHOTO' },
        { fileName: 'after.png', purpose: 'AFTER_HANDLING' },
      ],
    });
  });

  it('lets the inspector verify the case from their 核查 queue, closing it', async () => {
    await openScreen(inspector, '案件中心');
    await inspector.getByRole('tab', { name: '待核查' }).waitFor();
    await inspector.getByRole('link', { name: caseNumber }).click();
    await inspector.waitForURL(`**/records/${caseNumber}`);
    await expect(expectButtonsOfApi(inspector, INSPECTOR)).resolves.toContain('核查通过·结案');
    await act(inspector, '核查通过·结案', async (dialog) => {
      await dialog.getByLabel('意见', { exact: true }).fill('现场已清理干净。');
    });
    await expect(expectButtonsOfApi(inspector, INSPECTOR)).resolves.toEqual([]);
    expect(await readCase(DISPATCHER)).toMatchObject({ status: 'CLOSED', closureType: 'NORMAL' });
  });

  it('saw no page error on any user’s screen', () => {
    expect(pageErrors.flat()).toEqual([]);
  });
});
