import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCity, waitFor } from '../support/city-process.js';
import { createTestNodeDatabase } from '../support/node-database.js';
import type { TestNodeDatabase } from '../support/node-database.js';

describe('a city node as its own process', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('stops on a bad variable, naming it', async () => {
    const run = runCity({ NODE_DIVISION: '329999', KEYCLOAK_URL: 'not a url' });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('NODE_DIVISION');
    expect(run.stderr()).toContain('KEYCLOAK_URL');
  });

  it('serves /healthz and /readyz, logs JSON, and shuts down cleanly on SIGTERM', async () => {
    const database: TestNodeDatabase = await createTestNodeDatabase('process');
    cleanups.push(() => database.drop());
    let url = database.url;
    if (!url) {
      const folder = mkdtempSync(join(tmpdir(), 'city-ops-node-'));
      cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
      url = `pglite:${folder}`;
    }
    const run = runCity({
      NODE_DIVISION: '320100',
      PORT: '0',
      DATABASE_URL: url,
      KEYCLOAK_URL: 'http://127.0.0.1:9',
    });
    const ready = await waitFor(() => {
      const line = run
        .stdout()
        .split('\n')
        .find((entry) => entry.includes('node 320100') && entry.includes('ready'));
      return line
        ? (JSON.parse(line) as { url: string; level: number; service: string })
        : undefined;
    }, 'the ready log line');
    expect(ready.service).toBe('city-320100');
    const base = ready.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const readiness = await fetch(`${base}/readyz`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: 'ready' });
    run.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stdout()).toContain('"msg":"stopped"');
    expect(run.stderr()).toContain('SIGTERM received, shutting down');
  });
});
