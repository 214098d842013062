import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { startFederation } from '../../support/federation.js';
import type { FederationLayout, TestFederation } from '../../support/federation.js';
import { launchChromium } from '../chromium.js';

const consoleDist = fileURLToPath(new URL('../../../console/dist', import.meta.url));
const REALM_EXPORT = fileURLToPath(
  new URL('../../../services/identity/realm/city-ops-realm.json', import.meta.url),
);

/** A port free on this machine now, for the gateway the console's client registers. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The realm export with the console client's redirect URIs at `origin` too: a real
 * Keycloak registers the console's address the same way (services/identity's README).
 */
function realmRegistering(origin: string): string {
  const realm = JSON.parse(readFileSync(REALM_EXPORT, 'utf8')) as {
    clients: { clientId: string; redirectUris: string[] }[];
  };
  const client = realm.clients.find((each) => each.clientId === 'city-ops-console')!;
  client.redirectUris = [...client.redirectUris, `${origin}/*`];
  const file = join(mkdtempSync(join(tmpdir(), 'console-realm-')), 'realm.json');
  writeFileSync(file, JSON.stringify(realm));
  return file;
}

/** A federation whose gateway serves the built console, and a browser to use it with. */
export interface ConsoleFederation {
  federation: TestFederation;
  browser: Browser;
  /** The console's address (the gateway's). */
  origin: string;
  /**
   * A new browser profile (its own session storage) with one page, not signed in;
   * `options` add to the profile's (a position and the permission to read it, …).
   */
  openPage(options?: BrowserContextOptions): Promise<SignedInPage>;
  /**
   * A new browser profile (its own session storage) signed in as `username` through the
   * realm's login page; its page is where the sign-in landed. Every uncaught exception and
   * console error of the page is collected in `errors`.
   */
  signIn(username: string, path?: string, options?: BrowserContextOptions): Promise<SignedInPage>;
  close(): Promise<void>;
}

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Which nodes to run, and whether they keep each other in sync as the demo's do. */
export interface ConsoleFederationLayout extends Pick<
  FederationLayout,
  'ministry' | 'provinces' | 'cities' | 'proxied'
> {
  /**
   * Starts a running sync consumer on every node above a city (pulling its children)
   * and on every city and province below a running parent (pulling it), as the demo's
   * nodes do: what a city writes reaches its province and the ministry within a second
   * or two, and a supervision order or directive reaches the cities.
   */
  sync?: boolean;
}

/** The running nodes of `layout` each node pulls from: its children and its parent. */
function syncSourcesIn(layout: ConsoleFederationLayout): Map<string, string[]> {
  const provinces = layout.provinces ?? [];
  const sources = new Map<string, string[]>();
  const add = (division: string, source: string) =>
    sources.set(division, [...(sources.get(division) ?? []), source]);
  for (const city of layout.cities) {
    const province = `${city.slice(0, 2)}0000`;
    if (provinces.includes(province)) {
      add(province, city);
      add(city, province);
    }
  }
  if (layout.ministry) {
    for (const province of provinces) {
      add('000000', province);
      add(province, '000000');
    }
  }
  return sources;
}

/** Starts the federation (with the console) and chromium. */
export async function startConsoleFederation(
  layout: ConsoleFederationLayout = { cities: ['320100'] },
): Promise<ConsoleFederation> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { sync, ...nodes } = layout;
  const federation = await startFederation({
    ...nodes,
    identity: { realmExportPath: realmRegistering(origin) },
    gateway: { CONSOLE_DIR: consoleDist, PORT: String(port) },
  });
  if (sync) {
    for (const [division, sources] of syncSourcesIn(layout)) {
      // Stopped by federation.close(), which stops every consumer it made.
      await federation
        .syncConsumer(division, sources, { pollIntervalMs: 200, waitSeconds: 1 })
        .start();
    }
  }
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const openPage = async (options: BrowserContextOptions = {}): Promise<SignedInPage> => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
      ...options,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return { context, page, errors };
  };
  return {
    federation,
    browser,
    origin,
    openPage,
    signIn: async (username, path = '/', options = {}) => {
      const { context, page, errors } = await openPage(options);
      await page.goto(`${origin}${path}`);
      await page.waitForURL(`${federation.identity.url}/**`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill('demo');
      await page.getByRole('button', { name: '登录' }).click();
      // Past the callback, which stores the session before it moves on: a navigation during
      // it would find no session and start signing in again.
      await page.waitForURL(
        (url) => url.origin === origin && !url.pathname.startsWith('/auth/callback'),
      );
      await page.getByTestId('signed-in-user').waitFor();
      return { context, page, errors };
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await federation.close();
    },
  };
}
