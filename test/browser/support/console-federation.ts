import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
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

/** A federation of `cities` whose gateway serves the built console at `origin`. */
export async function startConsoleFederation(
  cities: string[] = ['320100'],
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
 * Opens the console at `origin` and signs `username` in through the realm's login page
 * (authorization code with PKCE), as a person does; resolves back on the console.
 */
export async function signInThroughLoginPage(
  page: Page,
  federation: TestFederation,
  origin: string,
  username: string,
  password = 'demo',
): Promise<void> {
  await page.goto(`${origin}/`);
  await page.waitForURL(`${federation.identity.url}/**`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  // Past the callback, which stores the session before it moves on: a navigation during it
  // would find no session and start signing in again.
  await page.waitForURL(
    (url) => url.origin === origin && !url.pathname.startsWith('/auth/callback'),
  );
}
