import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { forbidden } from '../errors.js';
import { createLogger } from '../logger.js';
import { graphqlServerOptions } from './graphql-server-options.js';

// What every server shares, around a schema with one write, so a test can tell whether
// a request was executed: `writes` counts the mutations that ran.
let writes = 0;
const served = graphqlServerOptions({
  logger: createLogger('test', 'silent'),
  isReady: async () => {},
  queryLimits: { maxDepth: 5, maxAliases: 5, maxTokens: 500, maxDirectives: 5, maxCost: 1_000 },
});
const yoga = createYoga({
  ...served,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Item {
        name: String!
        secret: String
      }
      type Query {
        items: [Item!]!
        secretOnly: String!
      }
      type Mutation {
        write: Int!
      }
    `,
    resolvers: {
      Query: {
        items: () => [{ name: 'a' }, { name: 'b' }],
        secretOnly: () => {
          throw forbidden({ zh: '不是您的', en: 'not yours' });
        },
      },
      Item: {
        secret: () => {
          throw forbidden({ zh: '不是您的', en: 'not yours' });
        },
      },
      Mutation: { write: () => ++writes },
    },
  }),
});

interface Answer {
  status: number;
  contentType: string | null;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
}

async function send(init: {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  path?: string;
}): Promise<Answer> {
  const response = await yoga.fetch(`http://test${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? {},
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: text ? (JSON.parse(text) as Answer['body']) : null,
  };
}

const WRITE = JSON.stringify({ query: 'mutation { write }' });
const json = { 'content-type': 'application/json' };

/** Sends the mutation as `headers` say and returns the answer and how many writes ran. */
async function writeWith(headers: Record<string, string>, body = WRITE) {
  const before = writes;
  const answer = await send({ headers, body });
  return { answer, executed: writes - before };
}

const codeOf = (answer: Answer) => answer.body?.errors?.[0]?.extensions?.['code'];

describe('graphqlServerOptions: the HTTP checks before anything is executed', () => {
  it('executes a plain JSON mutation (the control)', async () => {
    const { answer, executed } = await writeWith({ ...json, accept: 'application/json' });
    expect(answer.status).toBe(200);
    expect(executed).toBe(1);
  });

  it.each([
    ['text/html'],
    ['application/xml, text/plain'],
    ['application/json; charset=iso-8859-1'],
    ['application/json; q=0'],
  ])('refuses Accept: %s with 406 NOT_ACCEPTABLE and runs nothing', async (accept) => {
    const { answer, executed } = await writeWith({ ...json, accept });
    expect(answer.status).toBe(406);
    expect(codeOf(answer)).toBe('NOT_ACCEPTABLE');
    expect(executed).toBe(0);
  });

  it.each([
    ['*/*'],
    ['application/*'],
    ['text/html, application/graphql-response+json;q=0.9'],
    ['application/json; charset=UTF-8'],
  ])('accepts Accept: %s', async (accept) => {
    const { answer, executed } = await writeWith({ ...json, accept });
    expect(answer.status).toBe(200);
    expect(executed).toBe(1);
  });

  it.each([
    ['application/jsonx'],
    ['text/plain'],
    ['application/graphql'],
    ['application/x-www-form-urlencoded'],
    // An upload names its boundary; without one there is nothing to read.
    ['multipart/form-data'],
    ['application/json; charset=latin1'],
  ])('refuses Content-Type: %s with 415 UNSUPPORTED_MEDIA_TYPE and runs nothing', async (type) => {
    const { answer, executed } = await writeWith({ 'content-type': type });
    expect(answer.status).toBe(415);
    expect(codeOf(answer)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(executed).toBe(0);
  });

  it('refuses a form post carrying a mutation, which yoga would otherwise read', async () => {
    const { answer, executed } = await writeWith(
      { 'content-type': 'application/x-www-form-urlencoded' },
      'query=mutation%20%7B%20write%20%7D',
    );
    expect(answer.status).toBe(415);
    expect(executed).toBe(0);
  });

  it('refuses an encoded body with 415, saying which encoding it takes', async () => {
    const before = writes;
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { ...json, 'content-encoding': 'gzip' },
      body: WRITE,
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('accept-encoding')).toBe('identity');
    expect(((await response.json()) as Answer['body'])?.errors?.[0]?.extensions?.['code']).toBe(
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expect(writes).toBe(before);
    // `identity` is no encoding at all.
    expect((await writeWith({ ...json, 'content-encoding': 'identity' })).executed).toBe(1);
  });

  it.each([['null'], ['42'], ['"mutation { write }"'], ['[]']])(
    'refuses a body of %s with 400 BAD_REQUEST',
    async (body) => {
      const { answer, executed } = await writeWith(json, body);
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('BAD_REQUEST');
      expect(executed).toBe(0);
    },
  );

  it('answers a body that is not JSON without the parser’s own message', async () => {
    const { answer } = await writeWith(json, '{"query": ');
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('BAD_REQUEST');
    expect(answer.body?.errors?.[0]?.extensions).not.toHaveProperty('originalError');
    expect(JSON.stringify(answer.body)).not.toMatch(/JSON at position|Unexpected end/);
  });

  it('leaves other paths alone', async () => {
    const ready = await send({ method: 'GET', path: '/readyz', headers: { accept: 'text/html' } });
    expect(ready.status).toBe(200);
  });

  it('refuses a query over a limit before executing it, with its code and status', async () => {
    const { answer, executed } = await writeWith(
      { ...json, accept: 'application/graphql-response+json' },
      JSON.stringify({
        query: `mutation { ${Array.from({ length: 6 }, (_, i) => `w${i}: write`).join(' ')} }`,
      }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body?.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      limit: 'MAX_ALIASES',
      max: 5,
      found: 6,
    });
    expect(executed).toBe(0);
    // Under the legacy application/json a validation failure is 200 (GraphQL over HTTP), coded alike.
    const legacy = await writeWith(
      { ...json, accept: 'application/json' },
      JSON.stringify({ query: `mutation { ${'a: write '.repeat(6)} }` }),
    );
    expect(legacy.answer.status).toBe(200);
    expect(codeOf(legacy.answer)).toBe('TOO_MANY_ALIASES');
    expect(legacy.executed).toBe(0);
  });
});

describe('graphqlServerOptions: HTTP status of partial results', () => {
  const post = (query: string) =>
    send({
      headers: { ...json, accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });

  it('answers data with a refused field 200, the error beside the data', async () => {
    const answer = await post('{ items { name secret } }');
    expect(answer.status).toBe(200);
    expect(answer.body?.data).toEqual({
      items: [
        { name: 'a', secret: null },
        { name: 'b', secret: null },
      ],
    });
    expect(answer.body?.errors?.map((error) => error.extensions?.['code'])).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(answer.body?.errors?.[0]?.extensions).not.toHaveProperty('http');
  });

  it('keeps the error’s status when there is no data', async () => {
    const answer = await post('{ secretOnly }');
    expect(answer.status).toBe(403);
    expect(answer.body?.data).toBeNull();
    expect(codeOf(answer)).toBe('FORBIDDEN');
  });
});
