import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { startFederation } from '../../support/federation.js';
import type { TestFederation } from '../../support/federation.js';

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

/** A federation of `cities` whose gateway serves the built console, and the console's address. */
export async function startConsoleFederation(
  cities: string[],
): Promise<{ federation: TestFederation; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const federation = await startFederation({
    cities,
    identity: { realmExportPath: realmRegistering(origin) },
    gateway: { CONSOLE_DIR: consoleDist, PORT: String(port) },
  });
  return { federation, origin };
}

/**
 * Collects a page's uncaught exceptions and console errors into `errors`: a journey that
 * passes has none.
 */
export function collectPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}

/**
 * Opens the console in a new page of `context` and signs `username` in through the realm's
 * login page (every demo user's password is `demo`), up to the first screen of their role.
 */
export async function signInThroughLoginPage(
  context: BrowserContext,
  origin: string,
  identityUrl: string,
  username: string,
): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${origin}/`);
  await page.waitForURL(`${identityUrl}/**`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${origin}/**`);
  await page.getByTestId('signed-in-user').waitFor();
  return page;
}
