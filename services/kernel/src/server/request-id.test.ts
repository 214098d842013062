import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { REQUEST_ID_PATTERN, requestIdFrom, requestIdOf, useRequestId } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it('keeps an id of 1–128 letters, digits and . _ : -', () => {
    for (const id of [
      'a',
      'req-42',
      '0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11',
      'trace:span.1_x',
      'x'.repeat(128),
    ]) {
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it('replaces anything else with a fresh UUID', () => {
    const hostile = [
      '',
      'x'.repeat(129),
      '<script>alert(1)</script>',
      `${'<b>'.repeat(1400)}`,
      'id\nforged log line',
      'id with spaces',
      '请求',
    ];
    for (const header of [...hostile, null, undefined]) {
      const id = requestIdFrom(header);
      expect(id).toMatch(UUID);
      expect(id).toMatch(REQUEST_ID_PATTERN);
    }
    expect(requestIdFrom('<b>')).not.toBe(requestIdFrom('<b>'));
  });

  it('gives one request one id, however often it is asked', () => {
    const request = new Request('http://node/graphql', { headers: { 'x-request-id': '<b>' } });
    expect(requestIdOf(request)).toBe(requestIdOf(request));
    expect(requestIdOf(request)).toMatch(UUID);
  });
});

describe('useRequestId', () => {
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { ping: String }',
      resolvers: { Query: { ping: () => 'pong' } },
    }),
    plugins: [useRequestId()],
    logging: false,
  });
  const ping = (headers: Record<string, string>) =>
    yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ ping }' }),
    });

  it('echoes a good id and the replacement of a bad one', async () => {
    expect((await ping({ 'x-request-id': 'req-42' })).headers.get('x-request-id')).toBe('req-42');
    expect((await ping({ 'x-request-id': 'a'.repeat(4096) })).headers.get('x-request-id')).toMatch(
      UUID,
    );
    expect((await ping({})).headers.get('x-request-id')).toMatch(UUID);
  });
});
