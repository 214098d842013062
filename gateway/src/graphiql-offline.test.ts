import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlOfflineProblems } from '@city-ops/test';
import { startGateway } from './create-gateway.js';
import type { RunningGateway } from './create-gateway.js';
import { parseGatewayEnvironment } from './environment.js';

// The gateway as `pnpm start` runs it: the forwarding front and the console's files in front
// of yoga, both of which must hand a browser's GET /graphql to yoga's GraphiQL.
describe("the gateway's GraphiQL", () => {
  let directory: string;
  let gateway: RunningGateway;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'console-dist-'));
    writeFileSync(join(directory, 'index.html'), '<!doctype html><title>console</title>');
    gateway = await startGateway(
      parseGatewayEnvironment({
        PORT: '0',
        // Nothing listens here: the page needs no identity provider or node.
        KEYCLOAK_URL: 'http://127.0.0.1:9',
        LOG_LEVEL: 'silent',
        GATEWAY_NODES: JSON.stringify([
          { tier: 'city', division: '320100', url: 'http://127.0.0.1:9/graphql' },
        ]),
        GATEWAY_FORWARDING: 'on',
        CONSOLE_DIR: directory,
      }),
    );
  });

  afterAll(async () => {
    await gateway?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('loads all its code and styles from the gateway itself, no CDN', async () => {
    expect(await graphiqlOfflineProblems(gateway.graphqlUrl)).toEqual([]);
  });

  it('is the page of every server of the federation, with the token hint', async () => {
    const page = await fetch(gateway.graphqlUrl, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toMatch(/<title>一网统管 GraphQL<\/title>/);
    expect(html).toContain('Bearer');
  });
});
