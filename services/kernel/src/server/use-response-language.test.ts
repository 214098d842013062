import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { badUserInput, forbidden } from '../errors.js';
import { InputProblems } from '../input-problems.js';
import { createLogger } from '../logger.js';
import { graphqlServerOptions } from './graphql-server-options.js';

// A server as every node and the gateway build it, with one refused field beside an
// answered one, a form check, a masked failure and a subscription refusing its second event.
const yoga = createYoga({
  ...graphqlServerOptions({
    logger: createLogger('test', 'silent'),
    isReady: async () => {},
    queryLimits: { maxDepth: 5, maxAliases: 5, maxTokens: 500, maxDirectives: 5, maxCost: 1_000 },
  }),
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Query {
        open: String!
        refused: String
        form: String
        broken: String
      }
      type Subscription {
        ticks: Int!
      }
    `,
    resolvers: {
      Query: {
        open: () => 'ok',
        refused: () => {
          throw forbidden({ zh: '您无权查看。', en: 'You may not see it.' });
        },
        form: () => {
          const problems = new InputProblems();
          problems.text('input.title', '', { min: 1, max: 10 });
          problems.add('input.phone', { zh: '不是手机号码。', en: 'is not a mobile number.' });
          problems.throwIfAny();
          return 'never';
        },
        broken: () => {
          throw new Error('relation "secret_table" does not exist');
        },
      },
      Subscription: {
        ticks: {
          subscribe: async function* () {
            yield { ticks: 1 };
            throw badUserInput('after', { zh: '不是事件 ID。', en: 'is not an event id.' });
          },
        },
      },
    },
  }),
});

interface Answer {
  status: number;
  headers: Headers;
  errors: { message: string; extensions: Record<string, unknown> }[];
  data: unknown;
}

async function ask(query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as Pick<Answer, 'errors' | 'data'>;
  return { status: response.status, headers: response.headers, ...body };
}

describe('useResponseLanguage', () => {
  it('writes errors in Chinese by default, with the same code and a partial answer kept', async () => {
    const answer = await ask('{ open refused }');
    expect(answer.data).toEqual({ open: 'ok', refused: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: '您无权查看。',
        extensions: { code: 'FORBIDDEN' },
        path: ['refused'],
      }),
    ]);
    expect(answer.headers.get('content-language')).toBe('zh-CN');
    expect(answer.headers.get('vary')).toMatch(/accept-language/i);
  });

  it('writes them in English when the client prefers English', async () => {
    const answer = await ask('{ open refused }', { 'accept-language': 'en-US,en;q=0.9' });
    expect(answer.errors[0]?.message).toBe('You may not see it.');
    expect(answer.errors[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(answer.headers.get('content-language')).toBe('en');
  });

  it("words a form check's message and each field's problem in the request's language", async () => {
    const chinese = await ask('{ form }');
    expect(chinese.errors[0]?.message).toBe('input.title：不能为空。input.phone：不是手机号码。');
    expect(chinese.errors[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
      problems: [
        { field: 'input.title', message: '不能为空。' },
        { field: 'input.phone', message: '不是手机号码。' },
      ],
    });
    const english = await ask('{ form }', { 'accept-language': 'en' });
    expect(english.errors[0]?.extensions['problems']).toEqual([
      { field: 'input.title', message: 'must not be empty.' },
      { field: 'input.phone', message: 'is not a mobile number.' },
    ]);
  });

  it('masks an unexpected failure in either language, saying nothing of it', async () => {
    const chinese = await ask('{ broken }');
    expect(chinese.errors[0]?.message).toBe('服务内部出错，请稍后重试；仍然出错请联系管理员。');
    const english = await ask('{ broken }', { 'accept-language': 'en' });
    expect(english.errors[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify([chinese, english])).not.toContain('secret_table');
  });

  it('writes a refusal made before execution (a query limit) in the same language', async () => {
    const deep = '{ a: open b: open c: open d: open e: open f: open }';
    const chinese = await ask(deep);
    expect(chinese.errors[0]?.extensions['code']).toBe('TOO_MANY_ALIASES');
    expect(chinese.errors[0]?.message).toMatch(/^查询用了 6 个别名，上限是 5 个。/);
    const english = await ask(deep, { 'accept-language': 'en' });
    expect(english.errors[0]?.message).toMatch(/^The query uses 6 aliases/);
  });

  it('writes a protocol refusal (an Accept it cannot answer) in the same language', async () => {
    for (const [language, start] of [
      ['zh-CN', 'Accept 请求头不接受任何 GraphQL 响应类型'],
      ['en', 'The Accept header allows no GraphQL response'],
    ] as const) {
      const response = await yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/html',
          'accept-language': language,
        },
        body: JSON.stringify({ query: '{ open }' }),
      });
      expect(response.status).toBe(406);
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]?.message.startsWith(start), body.errors[0]?.message).toBe(true);
    }
  });

  it('writes each event of a subscription stream in the request language', async () => {
    const response = await yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { ticks }' }),
    });
    const text = await response.text();
    expect(text).toContain('"ticks":1');
    expect(text).toContain('after：不是事件 ID。');
    expect(text).not.toContain('is not an event id');
  });
});
