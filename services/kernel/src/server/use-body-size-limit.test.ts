import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useBodySizeLimit } from './use-body-size-limit.js';

const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { echo(text: String!): String! }',
    resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } },
  }),
  maxRequestBodySize: false,
  plugins: [useBodySizeLimit(200)],
  logging: false,
});

const body = (text: string) => JSON.stringify({ query: '{ echo(text: "' + text + '") }' });

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16) controller.enqueue(bytes.slice(at, at + 16));
      controller.close();
    },
  });
}

async function post(init: RequestInit & { duplex?: 'half' }) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
  });
  return { status: response.status, body: await response.text() };
}

describe('useBodySizeLimit', () => {
  it('passes a body whose Content-Length is under the limit', async () => {
    const text = body('hello');
    const response = await post({ body: text, headers: { 'content-length': String(text.length) } });
    expect(response).toMatchObject({ status: 200 });
    expect(JSON.parse(response.body)).toEqual({ data: { echo: 'hello' } });
  });

  it('refuses a Content-Length over the limit, or not a single number', async () => {
    const text = body('x'.repeat(300));
    expect(
      await post({ body: text, headers: { 'content-length': String(text.length) } }),
    ).toMatchObject({ status: 413 });
    expect(await post({ body: body('a'), headers: { 'content-length': '10, 10' } })).toMatchObject({
      status: 400,
    });
  });

  it('counts a body sent without Content-Length', async () => {
    const small = await post({ body: chunked(body('hello')), duplex: 'half' });
    expect(JSON.parse(small.body)).toEqual({ data: { echo: 'hello' } });
    const large = await post({ body: chunked(body('x'.repeat(300))), duplex: 'half' });
    expect(large.status).toBe(413);
    expect(large.body).toMatch(/Request body too large/);
  });
});
