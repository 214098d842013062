import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '@city-ops/gateway';
import { postGraphQL, startFederation, startStitchingGateway } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';

/**
 * Chinese first, for errors: through the gateway a refusal made at a node and one made by
 * the gateway itself are in Chinese unless the client prefers English — on the fast path
 * (the operation forwarded whole) and when the gateway executes it by stitching — with the
 * same code, field and problems either way, and the answer says its language.
 */

const CREATE = /* GraphQL */ `
  mutation ($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
    }
  }
`;

const badTicket = {
  input: {
    division: '320106',
    channel: 'PHONE',
    intakeClass: 'COMPLAINT',
    categoryCode: '010101',
    title: '   ',
    content: '井盖缺失。',
    caller: { name: '张三', phone: '12345' },
  },
};

const OTHER_CITY_TICKET = '{ ticket(id: "320200-00000000-0000-4000-8000-000000000000") { id } }';

describe('errors in the language the client asks for', () => {
  let federation: TestFederation;
  let stitched: RunningGateway;

  const throughBoth = async (
    query: string,
    variables: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<unknown>[]> => {
    const token = federation.token('agent.320100');
    return [
      await federation.query(token, query, variables, headers),
      await postGraphQL(stitched.graphqlUrl, token, query, variables, headers),
    ];
  };

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100', '320200'] });
    stitched = await startStitchingGateway(federation);
  });

  afterAll(async () => {
    await stitched?.close();
    await federation?.close();
  });

  it("words a node's form check in Chinese by default, field by field, and in English on request", async () => {
    for (const answer of await throughBoth(CREATE, badTicket)) {
      const [error] = answer.errors ?? [];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
      expect(error?.message).toMatch(/^input\.title：不能为空。/);
      const problems = error?.extensions?.['problems'] as { field: string; message: string }[];
      expect(problems.map((problem) => problem.field)).toEqual([
        'input.title',
        'input.caller.phone',
      ]);
      expect(problems[0]!.message).toBe('不能为空。');
      for (const problem of problems) expect(problem.message).toMatch(/\p{Script=Han}/u);
    }
    for (const answer of await throughBoth(CREATE, badTicket, { 'accept-language': 'en' })) {
      const [error] = answer.errors ?? [];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
      expect(error?.message).toMatch(/^input\.title: must not be empty\./);
      const problems = error?.extensions?.['problems'] as { field: string; message: string }[];
      expect(problems.map((problem) => problem.field)).toEqual([
        'input.title',
        'input.caller.phone',
      ]);
      for (const problem of problems) expect(problem.message).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it("words the gateway's own refusal in the same language", async () => {
    for (const answer of await throughBoth(OTHER_CITY_TICKET, {})) {
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(answer.errors?.[0]?.message).toContain('不在您的辖区 320100 南京市 之内');
    }
    for (const answer of await throughBoth(OTHER_CITY_TICKET, {}, { 'accept-language': 'en-GB' })) {
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(answer.errors?.[0]?.message).toContain('outside your division 320100 南京市');
    }
  });

  it('says the language of each answer and that it varies with Accept-Language', async () => {
    for (const url of [federation.gateway.graphqlUrl, stitched.graphqlUrl]) {
      for (const [acceptLanguage, contentLanguage] of [
        [undefined, 'zh-CN'],
        ['en', 'en'],
      ] as const) {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
            authorization: `Bearer ${federation.token('agent.320100')}`,
            ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
          },
          body: JSON.stringify({ query: CREATE, variables: badTicket }),
        });
        expect(response.headers.get('content-language'), url).toBe(contentLanguage);
        expect(response.headers.get('vary') ?? '', url).toMatch(/accept-language/i);
      }
    }
  });

  it('refuses a request it cannot answer (Accept) in the same language, before reading it', async () => {
    for (const [acceptLanguage, start] of [
      [undefined, 'Accept 请求头不接受任何 GraphQL 响应类型'],
      ['en-US', 'The Accept header allows no GraphQL response'],
    ] as const) {
      const response = await fetch(federation.gateway.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/html',
          ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
        },
        body: JSON.stringify({ query: '{ me { username } }' }),
      });
      expect(response.status).toBe(406);
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]!.message.startsWith(start), body.errors[0]!.message).toBe(true);
    }
  });
});
