import { createServer } from 'node:http';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedUrlOf, pullChanges, SourceUnavailable } from './source-client.js';
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
 * A source serving BATCH at /sync/changes beside its /graphql, recording what it was asked;
 * `answer` overrides what it sends.
 */
async function startSource(
  answer?: (response: ServerResponse) => void,
): Promise<{ server: Server; url: string; asked: string[] }> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(`${request.method} ${request.url} ${request.headers.authorization}`);
    response.setHeader('content-type', 'application/json');
    if (answer) return answer(response);
    if (!request.url?.startsWith('/sync/changes?')) {
      response.statusCode = 404;
      response.end('{}');
      return;
    }
    response.end(JSON.stringify({ ...BATCH, nextAt: '2026-12-04T08:00:00.500Z' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql`, asked };
}

describe('pullChanges', () => {
  let source: Awaited<ReturnType<typeof startSource>>;

  beforeAll(async () => {
    source = await startSource();
  });

  afterAll(async () => {
    await new Promise((resolve) => source.server.close(resolve));
  });

  it('reads a page of the feed beside the GraphQL endpoint, with the sync token', async () => {
    const batch = await pullChanges({
      url: source.url,
      token: 't',
      after: '7',
      limit: 2,
      waitSeconds: 3,
    });
    expect(source.asked).toEqual(['GET /sync/changes?after=7&limit=2&waitSeconds=3 Bearer t']);
    expect(batch.head).toBe('2');
    expect(batch.headAt).toEqual(new Date('2026-12-04T08:00:00.000Z'));
    expect(batch.nextAt).toEqual(new Date('2026-12-04T08:00:00.500Z'));
    expect(batch.changes[0]?.at).toEqual(new Date('2026-12-04T07:59:59.000Z'));
  });

  it('says so when the source serves no feed endpoint (a node of an earlier release)', async () => {
    const older = await startSource((response) => {
      response.statusCode = 404;
      response.end('{}');
    });
    try {
      const refused = await pullChanges({
        url: older.url,
        token: 't',
        after: '0',
        limit: 1,
        waitSeconds: 0,
      }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(SourceUnavailable);
      expect((refused as Error).message).toContain('serves no change feed there');
    } finally {
      await new Promise((resolve) => older.server.close(resolve));
    }
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

describe('readinessUrlOf and feedUrlOf', () => {
  it('put /readyz and /sync/changes beside the GraphQL endpoint, under any path prefix', () => {
    expect(readinessUrlOf('http://127.0.0.1:4111/graphql')).toBe('http://127.0.0.1:4111/readyz');
    expect(readinessUrlOf('https://sync.example.cn/320100/graphql/')).toBe(
      'https://sync.example.cn/320100/readyz',
    );
    expect(feedUrlOf('http://127.0.0.1:4111/graphql')).toBe('http://127.0.0.1:4111/sync/changes');
    expect(feedUrlOf('https://sync.example.cn/320100/graphql/')).toBe(
      'https://sync.example.cn/320100/sync/changes',
    );
  });
});
