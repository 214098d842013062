import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '../support/node-database.js';
import type { TestNodeDatabase } from '../support/node-database.js';

const cityMain = fileURLToPath(new URL('../../services/city/src/main.ts', import.meta.url));

interface Run {
  exited: Promise<number | null>;
  stdout: () => string;
  stderr: () => string;
  kill: (signal: NodeJS.Signals) => void;
}

function runCity(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', cityMain], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    exited: new Promise((resolve) => child.on('exit', resolve)),
    stdout: () => stdout,
    stderr: () => stderr,
    kill: (signal) => child.kill(signal),
  };
}

async function waitFor<T>(
  probe: () => T | undefined,
  what: string,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

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
