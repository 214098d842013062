import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from './create-gateway.js';
import type { RunningGateway } from './create-gateway.js';
import { parseGatewayEnvironment } from './environment.js';

const INDEX = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';
/** Large enough to be compressed. */
const SCRIPT = `console.log(${JSON.stringify('一网统管'.repeat(400))});`;

describe('the gateway serving the built console', () => {
  let directory: string;
  let gateway: RunningGateway;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${gateway.url}${path}`, { headers });

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'console-dist-'));
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'index.html'), INDEX);
    writeFileSync(join(directory, 'assets', 'index-AbC123.js'), SCRIPT);
    writeFileSync(join(directory, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // A file beside the console folder: must never be reachable through it.
    writeFileSync(join(directory, '..', `${directory.split('/').at(-1)}-secret.txt`), 'secret');
    gateway = await startGateway(
      parseGatewayEnvironment({
        PORT: '0',
        // Nothing listens here: the console files need no identity provider or node.
        KEYCLOAK_URL: 'http://127.0.0.1:9',
        LOG_LEVEL: 'silent',
        GATEWAY_NODES: JSON.stringify([
          { tier: 'city', division: '320100', url: 'http://127.0.0.1:9/graphql' },
        ]),
        CONSOLE_DIR: directory,
      }),
    );
  });

  afterAll(async () => {
    await gateway?.close();
    rmSync(`${directory}-secret.txt`, { force: true });
    rmSync(directory, { recursive: true, force: true });
  });

  it('serves index.html at / for the browser to revalidate on every load', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(await response.text()).toBe(INDEX);
  });

  it('serves a hashed asset as JavaScript, cached for a year and compressed', async () => {
    const response = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(Number(response.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(SCRIPT));
    expect(await response.text()).toBe(SCRIPT);
    // Revalidation of an unchanged file: no body sent again.
    const again = await get('/assets/index-AbC123.js', {
      'if-none-match': response.headers.get('etag')!,
    });
    expect(again.status).toBe(304);
  });

  it('serves other files with their own type, not cached as immutable', async () => {
    const response = await get('/favicon.svg');
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it("answers a console route with index.html, so the console's router opens it", async () => {
    for (const path of ['/intake', '/intake/', '/auth/callback?code=x&state=y']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await response.text(), path).toBe(INDEX);
    }
  });

  it('answers a missing asset 404, never with index.html', async () => {
    const response = await get('/assets/gone-123.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('never serves a file outside the console folder', async () => {
    const name = `${directory.split('/').at(-1)}-secret.txt`;
    for (const path of [`/../${name}`, `/%2e%2e/${name}`, `/assets/..%2f..%2f${name}`]) {
      const response = await get(path);
      expect(await response.text(), path).not.toBe('secret');
    }
  });

  it('gives the console its sign-in configuration', async () => {
    const response = await get('/console-config.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      oidc: { authority: 'http://127.0.0.1:9/realms/city-ops', clientId: 'city-ops-console' },
    });
  });

  it('leaves /graphql, /healthz and the report paths to the API', async () => {
    const graphql = await fetch(gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.headers.get('content-type')).toContain('application/json');
    // The API's own answer: without a token it asks for one.
    expect(await graphql.json()).toHaveProperty('errors.0.extensions.code', 'UNAUTHENTICATED');
    // A browser opening /graphql gets GraphiQL or the API's refusal, not the console.
    const page = await get('/graphql', { accept: 'text/html' });
    expect(await page.text()).not.toBe(INDEX);
    const health = await get('/healthz');
    expect(health.status).toBe(200);
    expect(await health.text()).not.toBe(INDEX);
    // The report download refuses a request without a token, as it does without a console.
    const report = await get('/reports/monthly/2026-11.xlsx');
    expect(report.status).toBe(401);
  });

  it("serves the console's report screen under /reports/, whose files stay the API's", async () => {
    for (const path of ['/reports/monthly', '/reports/monthly/2026-11']) {
      const screen = await get(path, { accept: 'text/html' });
      expect(screen.status, path).toBe(200);
      expect(await screen.text(), path).toBe(INDEX);
    }
    const csv = await get('/reports/monthly/2026-11.csv', { accept: 'text/html' });
    expect(csv.status).toBe(401);
    expect(await csv.text()).not.toBe(INDEX);
  });
});
