import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullChanges, SourceUnavailable } from './source-client.js';
import { readinessUrlOf } from './source-readiness.js';

const BATCH = {
  epoch: 'e1',
  division: '320100',
  head: '2',
  headAt: '2026-12-04T08:00:00.000Z',
  reached: '1',
  filtered: false,
  completeTo: '2026-12-04T08:00:01.000Z',
  changes: [
    {
      position: '1',
      entity: 'hotline_ticket',
      entityId: '320100-1',
      version: 1,
      operation: 'UPSERT',
      schemaVersion: 1,
      division: '320102',
      at: '2026-12-04T07:59:59.000Z',
      payload: '{}',
    },
  ],
};

/**
 * A node of the release before `nextAt`: its schema refuses the field the way graphql-yoga
 * refuses any unknown field, and answers the query without it.
 */
async function startOlderSource(): Promise<{ server: Server; url: string; asked: string[] }> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const { query } = JSON.parse(body) as { query: string };
      asked.push(query);
      response.setHeader('content-type', 'application/json');
      if (query.includes('nextAt')) {
        response.statusCode = 400;
        response.end(
          JSON.stringify({
            errors: [
              {
                message: 'Cannot query field "nextAt" on type "ChangeBatch".',
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              },
            ],
          }),
        );
        return;
      }
      response.end(JSON.stringify({ data: { changes: BATCH } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql`, asked };
}

describe('pullChanges', () => {
  let older: Awaited<ReturnType<typeof startOlderSource>>;

  beforeAll(async () => {
    older = await startOlderSource();
  });

  afterAll(async () => {
    await new Promise((resolve) => older.server.close(resolve));
  });

  it('asks a source of an earlier release again without nextAt, and from then on only without it', async () => {
    const pull = () =>
      pullChanges({ url: older.url, token: 't', after: '0', limit: 1, waitSeconds: 0 });
    const batch = await pull();
    expect(batch.nextAt).toBeUndefined();
    expect(batch.head).toBe('2');
    expect(batch.changes[0]?.at).toEqual(new Date('2026-12-04T07:59:59.000Z'));
    expect(older.asked.map((query) => query.includes('nextAt'))).toEqual([true, false]);
    await pull();
    expect(older.asked.map((query) => query.includes('nextAt'))).toEqual([true, false, false]);
  });

  it('tells a source that did not answer from one that answered an error', async () => {
    const down = await pullChanges({
      url: 'http://127.0.0.1:9/graphql',
      token: 't',
      after: '0',
      limit: 1,
      waitSeconds: 0,
    }).catch((error: unknown) => error);
    expect(down).toBeInstanceOf(SourceUnavailable);
    expect((down as SourceUnavailable).unreachable).toBe(true);
    expect((down as SourceUnavailable).serviceUnavailable).toBe(false);
  });

  it('tells a source whose database failed (SERVICE_UNAVAILABLE) from one that refused', async () => {
    const pullFrom = async (status: number, code: string) => {
      const server = createServer((_request, response) => {
        response.statusCode = status;
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({ data: null, errors: [{ message: code, extensions: { code } }] }),
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        return await pullChanges({
          url: `http://127.0.0.1:${port}/graphql`,
          token: 't',
          after: '0',
          limit: 1,
          waitSeconds: 0,
        }).catch((error: unknown) => error as SourceUnavailable);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    };
    const flapping = await pullFrom(503, 'SERVICE_UNAVAILABLE');
    expect(flapping).toBeInstanceOf(SourceUnavailable);
    expect(flapping).toMatchObject({ unreachable: false, serviceUnavailable: true });
    const refusing = await pullFrom(403, 'FORBIDDEN');
    expect(refusing).toMatchObject({ unreachable: false, serviceUnavailable: false });
  });
});

describe('readinessUrlOf', () => {
  it('puts /readyz beside the GraphQL endpoint, under any path prefix', () => {
    expect(readinessUrlOf('http://127.0.0.1:4111/graphql')).toBe('http://127.0.0.1:4111/readyz');
    expect(readinessUrlOf('https://sync.example.cn/320100/graphql/')).toBe(
      'https://sync.example.cn/320100/readyz',
    );
  });
});
