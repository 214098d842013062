import { generateSigningKey, signJwt } from '@city-ops/identity';
import { signInAsConsole } from '../support/console-sign-in.js';
import { startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ME = '{ me { username division { code } } }';

describe('token checks at the gateway and again at every node', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100'] });
  });

  afterAll(async () => {
    await federation?.close();
  });

  /** The same request through the gateway and straight at the node: bypassing the gateway must not help. */
  async function bothWays(token: string | undefined): Promise<GraphQLResponse[]> {
    return [await federation.query(token, ME), await federation.queryNode('320100', token, ME)];
  }

  function claimsOf(token: string): Record<string, unknown> {
    return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  }

  it('accepts a valid token from the realm', async () => {
    for (const response of await bothWays(federation.token('agent.320100'))) {
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        me: { username: 'agent.320100', division: { code: '320100' } },
      });
    }
  });

  it("names the policy's operations the user may perform, through the gateway and at the node", async () => {
    const PERMISSIONS = '{ me { permissions } }';
    const permissionsOf = async (username: string) => {
      const token = federation.token(username);
      const answers = [
        await federation.query<{ me: { permissions: string[] } }>(token, PERMISSIONS),
        await federation.queryNode<{ me: { permissions: string[] } }>('320100', token, PERMISSIONS),
      ];
      for (const answer of answers) expect(answer.errors).toBeUndefined();
      expect(answers[0]!.data).toEqual(answers[1]!.data);
      return answers[0]!.data!.me.permissions;
    };
    const dispatcher = await permissionsOf('dispatcher.320100');
    expect(dispatcher).toContain('personal-data.reveal');
    expect(dispatcher).toContain('ticket.create');
    const agent = await permissionsOf('agent.320100');
    expect(agent).toContain('ticket.create');
    expect(agent).not.toContain('personal-data.reveal');
    expect(agent).not.toContain('audit.read');
  });

  it('accepts the token of a console sign-in (authorization code + PKCE)', async () => {
    const { access_token: token } = await signInAsConsole(federation.identity, 'unit-cg.320100');
    expect(claimsOf(token)['azp']).toBe('city-ops-console');
    for (const response of await bothWays(token)) {
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        me: { username: 'unit-cg.320100', division: { code: '320100' } },
      });
    }
  });

  const defects: { name: string; token: () => string | undefined; reason: RegExp }[] = [
    { name: 'no token', token: () => undefined, reason: /Authorization: Bearer/ },
    { name: 'not a JWT', token: () => 'not-a-jwt', reason: /令牌不是 JWT/ },
    {
      name: 'signed by another key',
      token: () => {
        const stranger = generateSigningKey();
        return signJwt(
          claimsOf(federation.token('agent.320100')),
          stranger.privateKey,
          federation.identity.kid,
        );
      },
      reason: /签名与认证域的密钥不符/,
    },
    {
      name: 'for another realm',
      token: () =>
        federation.identity.issueToken('agent.320100', {
          iss: `${federation.identity.url}/realms/other-realm`,
        }),
      reason: /由其他签发方或认证域签发/,
    },
    {
      name: 'expired',
      token: () =>
        federation.identity.issueToken('agent.320100', { exp: Math.floor(Date.now() / 1000) - 60 }),
      reason: /已过期/,
    },
    {
      name: 'not yet valid',
      token: () =>
        federation.identity.issueToken('agent.320100', {
          nbf: Math.floor(Date.now() / 1000) + 600,
        }),
      reason: /尚未生效/,
    },
    {
      name: 'alg none',
      token: () => {
        const [, payload] = federation.token('agent.320100').split('.');
        return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
      },
      reason: /不是 RS256/,
    },
    {
      name: 'missing division claim',
      token: () => federation.identity.issueToken('agent.320100', { division: undefined }),
      reason: /缺少 division（行政区划）声明/,
    },
    {
      name: 'malformed division claim',
      token: () => federation.identity.issueToken('agent.320100', { division: '32-01' }),
      reason: /division 声明 "32-01"/,
    },
  ];

  for (const defect of defects) {
    it(`refuses a token that is ${defect.name} with UNAUTHENTICATED saying why`, async () => {
      for (const response of await bothWays(defect.token())) {
        expect(response.status).toBe(401);
        expect(response.data ?? null).toBeNull();
        expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
        expect(response.errors?.[0]?.message).toMatch(defect.reason);
      }
    });
  }

  it('refuses a valid token lacking the role with FORBIDDEN naming the operation', async () => {
    const inspector = federation.token('inspector.320100');
    const create = `mutation { createTicket(input: { division: "320106", channel: PHONE, intakeClass: COMPLAINT, categoryCode: "010101", title: "x", content: "x", caller: {} }) { id } }`;
    for (const response of [
      await federation.query(inspector, create),
      await federation.queryNode('320100', inspector, create),
    ]) {
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        operation: 'ticket.create',
      });
      expect(response.errors?.[0]?.message).toContain('ticket.create');
    }
  });
});
