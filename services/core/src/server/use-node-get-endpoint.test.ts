import { describe, expect, it } from 'vitest';
import { createSchema, createYoga } from 'graphql-yoga';
import { createLogger, notFound } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { useNodeGetEndpoint } from './use-node-get-endpoint.js';

function serverWith(answer: Parameters<typeof useNodeGetEndpoint>[0]['answer']) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
    plugins: [
      useNodeGetEndpoint({
        serves: (pathname) => pathname.startsWith('/files/'),
        getOnly: { zh: '文件请用 GET 读取。', en: 'Files are read with GET.' },
        contextOf: () => Promise.reject(new Error('no context in this test')),
        logger: createLogger('node-get-endpoint-test', 'silent'),
        answer,
      }),
    ],
  });
}

describe('useNodeGetEndpoint', () => {
  // contextOf rejects here: a GET whose answer never asks for it (a bad path) is not refused for it.
  it('answers a GET of its paths and leaves other paths to GraphQL', async () => {
    const yoga = serverWith(async ({ url, fetchAPI }) => new fetchAPI.Response(url.pathname));
    const file = await yoga.fetch('http://node/files/a.csv');
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('/files/a.csv');
    const graphql = await yoga.fetch('http://node/graphql?query={ok}');
    expect(await graphql.json()).toEqual({ data: { ok: null } });
  });

  it('refuses another method with 405 and says to use GET', async () => {
    const yoga = serverWith(async ({ fetchAPI }) => new fetchAPI.Response('never'));
    const response = await yoga.fetch('http://node/files/a.csv', {
      method: 'POST',
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await response.json()).toEqual({ errors: [{ message: 'Files are read with GET.' }] });
    // In Chinese unless the client asks for English.
    const chinese = await yoga.fetch('http://node/files/a.csv', { method: 'POST' });
    expect(await chinese.json()).toEqual({ errors: [{ message: '文件请用 GET 读取。' }] });
  });

  it('turns a coded error of the answer into its JSON refusal', async () => {
    const yoga = serverWith(async ({ url }) => {
      throw notFound({ zh: `${url.pathname} 没有文件。`, en: `No file at ${url.pathname}.` });
    });
    const response = await yoga.fetch('http://node/files/missing.csv', {
      headers: { 'accept-language': 'en' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      errors: [{ message: 'No file at /files/missing.csv.', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('answers a failure to get the request context as a server error, not a crash', async () => {
    const yoga = serverWith(async ({ context, fetchAPI }) => {
      const resolved: RequestContext = await context();
      return new fetchAPI.Response(resolved.requestId);
    });
    const response = await yoga.fetch('http://node/files/a.csv');
    expect(response.status).toBe(500);
  });
});
