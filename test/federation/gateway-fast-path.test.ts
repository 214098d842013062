import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGatewayEnvironment, startGateway } from '@city-ops/gateway';
import type { RunningGateway } from '@city-ops/gateway';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

interface Answer {
  status: number;
  route: string | null;
  /** The CORS header a browser reads the answer by. */
  allowOrigin: string | null;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

async function post(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    route: response.headers.get('x-gateway-route'),
    allowOrigin: response.headers.get('access-control-allow-origin'),
    body: (await response.json()) as Answer['body'],
  };
}

const TICKET = /* GraphQL */ `
  query Ticket($id: ID!) {
    ticket(id: $id) {
      id
      number
      status
      version
      title
      division {
        code
        name
      }
      caller {
        name
        phone
        masked
      }
      allowedActions
    }
  }
`;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      status
      version
      title
      categoryPath {
        code
      }
      caller {
        name
        phone
      }
    }
  }
`;

const DISPATCH = /* GraphQL */ `
  mutation Dispatch($i: DispatchTicketInput!) {
    dispatchTicket(input: $i) {
      status
      version
      leadUnit {
        code
      }
    }
  }
`;

function ticketInput(division: string, title: string, categoryCode = '010101') {
  return {
    division,
    channel: 'PHONE',
    intakeClass: 'COMPLAINT',
    categoryCode,
    title,
    content: `${title}：市民反映人行道被流动摊贩占用，影响通行。`,
    caller: { name: '张三', phone: '13812345678' },
    location: { address: '鼓楼区中山路123号' },
  };
}

/** A browser page's origin that the gateways below list in GATEWAY_CORS_ORIGINS. */
const CONSOLE = 'https://ops.example.gov.cn';

describe('the gateway forwards whole operations that one node can answer', () => {
  let federation: TestFederation;
  /** The same nodes behind a gateway with the fast path off: the reference answers. */
  let stitched: RunningGateway;
  /** The fast path, with CONSOLE allowed cross-origin (as `stitched` has it). */
  let browserFacing: RunningGateway;
  const ids: string[] = [];

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: ['320100', '320200'] });
    const gatewayWith = (settings: Record<string, string>) =>
      startGateway(
        parseGatewayEnvironment({
          PORT: '0',
          KEYCLOAK_URL: federation.identity.url,
          LOG_LEVEL: 'silent',
          NODE_TIMEOUT_MS: '3000',
          GATEWAY_NODES: JSON.stringify(federation.gateway.registry.nodes),
          GATEWAY_CORS_ORIGINS: CONSOLE,
          ...settings,
        }),
      );
    stitched = await gatewayWith({ GATEWAY_FORWARDING: 'off' });
    browserFacing = await gatewayWith({});
    const agent = federation.token('agent.320100');
    for (const title of ['占道经营', '噪音扰民', '井盖缺失']) {
      const created = await federation.query<{ createTicket: { id: string } }>(agent, CREATE, {
        input: ticketInput('320106', title),
      });
      expect(created.errors).toBeUndefined();
      ids.push(created.data!.createTicket.id);
    }
    const wuxi = await federation.query(federation.token('agent.320200'), CREATE, {
      input: ticketInput('320213', '路灯不亮'),
    });
    expect(wuxi.errors).toBeUndefined();
  });

  afterAll(async () => {
    await stitched?.close();
    await browserFacing?.close();
    await federation?.close();
  });

  /** The same request through both gateways: the fast path's answer and the stitched one. */
  const both = async (username: string, query: string, variables?: Record<string, unknown>) => {
    const token = federation.token(username);
    const [fast, slow] = await Promise.all([
      post(federation.gateway.graphqlUrl, token, query, variables),
      post(stitched.graphqlUrl, token, query, variables),
    ]);
    expect(slow.route).toBeNull();
    return { fast, slow };
  };

  it('forwards a ticket read by id, with the same answer as stitching', async () => {
    const { fast, slow } = await both('agent.320100', TICKET, { id: ids[0] });
    expect(fast.route).toBe('forwarded:city-320100');
    expect(fast.body.errors).toBeUndefined();
    expect(fast.body).toEqual(slow.body);
    expect(fast.status).toBe(slow.status);
    expect((fast.body.data!['ticket'] as { caller: { phone: string } }).caller.phone).toBe(
      '13812345678',
    );
  });

  it('forwards a one-city list, paging included, with the same answer as stitching', async () => {
    const LIST = /* GraphQL */ `
      query List($after: String) {
        tickets(first: 2, after: $after) {
          edges {
            cursor
            node {
              id
              title
            }
          }
          nodes {
            __typename
            id
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `;
    const first = await both('agent.320100', LIST);
    expect(first.fast.route).toBe('forwarded:city-320100');
    expect(first.fast.body.errors).toBeUndefined();
    expect(first.fast.body).toEqual(first.slow.body);
    const page = (first.fast.body.data!['tickets'] as { pageInfo: { endCursor: string } }).pageInfo;
    const second = await both('agent.320100', LIST, { after: page.endCursor });
    expect(second.fast.route).toBe('forwarded:city-320100');
    expect(second.fast.body).toEqual(second.slow.body);
  });

  it('forwards a browser’s request at the front door, with the CORS headers yoga gives the listed origins only', async () => {
    const token = federation.token('agent.320100');
    const supervisor = federation.token('supervisor.320000');
    const LIST = '{ tickets(first: 3) { nodes { id } pageInfo { hasNextPage endCursor } } }';
    const ORDERS = `query($id: ID!) { ticket(id: $id) { id supervisionOrders { id } } }`;
    for (const origin of [CONSOLE, 'https://elsewhere.example.com']) {
      const browser = { origin };
      const allowOrigin = origin === CONSOLE ? CONSOLE : null;
      const [single, list, executed, slowSingle, slowList, slowExecuted] = await Promise.all([
        post(browserFacing.graphqlUrl, token, TICKET, { id: ids[0] }, browser),
        post(browserFacing.graphqlUrl, supervisor, LIST, undefined, browser),
        post(browserFacing.graphqlUrl, supervisor, ORDERS, { id: ids[0] }, browser),
        post(stitched.graphqlUrl, token, TICKET, { id: ids[0] }, browser),
        post(stitched.graphqlUrl, supervisor, LIST, undefined, browser),
        post(stitched.graphqlUrl, supervisor, ORDERS, { id: ids[0] }, browser),
      ]);
      expect(single.route).toBe('forwarded:city-320100');
      expect(list.route).toBe('fanned-out:city-320100,city-320200');
      expect(executed.route).toBe('executed');
      expect(list.body.errors).toBeUndefined();
      expect([single, list, executed].map((answer) => answer.body)).toEqual(
        [slowSingle, slowList, slowExecuted].map((answer) => answer.body),
      );
      // Forwarded or executed, the headers are the ones yoga gives: the origin when listed, none otherwise.
      expect(
        [single, list, executed, slowSingle, slowList, slowExecuted].map((a) => a.allowOrigin),
      ).toEqual(Array(6).fill(allowOrigin));
      // The preflight (yoga's) says the same.
      const preflight = await fetch(browserFacing.graphqlUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(allowOrigin);
    }
    // By default no other origin is allowed: the federation's gateway forwards without CORS headers.
    const unlisted = await post(
      federation.gateway.graphqlUrl,
      token,
      TICKET,
      { id: ids[0] },
      {
        origin: CONSOLE,
      },
    );
    expect(unlisted.route).toBe('forwarded:city-320100');
    expect(unlisted.allowOrigin).toBeNull();
  });

  it('forwards fragments, aliases and __typename unchanged', async () => {
    const query = /* GraphQL */ `
      query Two($a: ID!, $b: ID!) {
        __typename
        first: ticket(id: $a) {
          ...Summary
        }
        ...Second
      }
      fragment Summary on HotlineTicket {
        __typename
        id
        title
        caller {
          masked
        }
      }
      fragment Second on Query {
        second: ticket(id: $b) {
          ... on HotlineTicket {
            ...Summary
            status
          }
        }
      }
    `;
    const { fast, slow } = await both('agent.320100', query, { a: ids[0], b: ids[1] });
    expect(fast.route).toBe('forwarded:city-320100');
    expect(fast.body.errors).toBeUndefined();
    expect(fast.body).toEqual(slow.body);
  });

  it('forwards createTicket and a workflow mutation to the city, answering as stitching does', async () => {
    const agent = federation.token('agent.320100');
    const fast = await post(federation.gateway.graphqlUrl, agent, CREATE, {
      input: ticketInput('320106', '路面破损'),
    });
    const slow = await post(stitched.graphqlUrl, agent, CREATE, {
      input: ticketInput('320106', '路面破损'),
    });
    expect(fast.route).toBe('forwarded:city-320100');
    expect(fast.body.errors).toBeUndefined();
    const withoutId = (answer: Answer) => {
      const { id, ...rest } = answer.body.data!['createTicket'] as { id: string };
      return { id: id.startsWith('320100-'), rest };
    };
    expect(withoutId(fast)).toEqual(withoutId(slow));
    const created = [fast, slow].map(
      (answer) => (answer.body.data!['createTicket'] as { id: string }).id,
    );

    const dispatcher = federation.token('dispatcher.320100');
    const dispatched = await Promise.all([
      post(federation.gateway.graphqlUrl, dispatcher, DISPATCH, {
        i: { id: created[0], version: 1, leadUnit: '320100-cg' },
      }),
      post(stitched.graphqlUrl, dispatcher, DISPATCH, {
        i: { id: created[1], version: 1, leadUnit: '320100-cg' },
      }),
    ]);
    expect(dispatched[0].route).toBe('forwarded:city-320100');
    expect(dispatched[0].body.errors).toBeUndefined();
    expect(dispatched[0].body).toEqual(dispatched[1].body);
    // The write happened once, at the node.
    const read = await post(federation.gateway.graphqlUrl, dispatcher, TICKET, { id: created[0] });
    expect((read.body.data!['ticket'] as { version: number }).version).toBe(2);
  });

  it('passes the node’s BAD_USER_INPUT through untouched, as stitching reports it', async () => {
    const { fast, slow } = await both('agent.320100', CREATE, {
      input: ticketInput('320106', '井盖缺失', '0102'),
    });
    expect(fast.route).toBe('forwarded:city-320100');
    expect(fast.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(fast.body.errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual(
      slow.body.errors?.map((error) => [error.message, error.extensions?.['code']]),
    );
    expect(fast.body.data ?? null).toEqual(slow.body.data ?? null);
    expect(fast.status).toBe(slow.status);
  });

  it('keeps the gateway’s own early refusals (FORBIDDEN), executing instead of forwarding', async () => {
    // A ticket of another city.
    const outside = await both('agent.320200', TICKET, { id: ids[0] });
    expect(outside.fast.route).toBe('executed');
    expect(outside.fast.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(outside.fast.body).toEqual(outside.slow.body);
    // An operation the token does not hold (audit.read).
    const audit = await both('agent.320100', '{ auditLog(first: 1) { nodes { id } } }');
    expect(audit.fast.route).toBe('executed');
    expect(audit.fast.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(audit.fast.body).toEqual(audit.slow.body);
  });

  it('executes, rather than forwards, an operation selecting supervisionOrders, even inside a fragment', async () => {
    for (const query of [
      `query($id: ID!) { ticket(id: $id) { id supervisionOrders { id } } }`,
      `query($id: ID!) { ticket(id: $id) { ...F } } fragment F on HotlineTicket { id supervisionOrders { id state } }`,
    ]) {
      const { fast, slow } = await both('supervisor.320000', query, { id: ids[0] });
      expect(fast.route).toBe('executed');
      expect(fast.body.errors).toBeUndefined();
      expect(fast.body).toEqual(slow.body);
    }
  });

  it('fans a list over two cities out to both and merges their pages as stitching does', async () => {
    const LIST = /* GraphQL */ `
      query List($after: String, $first: Int, $sort: TicketSort) {
        list: tickets(first: $first, after: $after, sort: $sort) {
          __typename
          e: edges {
            cursor
            node {
              id
              ...Where
            }
          }
          nodes {
            id
          }
          info: pageInfo {
            more: hasNextPage
            endCursor
            __typename
          }
        }
      }
      fragment Where on HotlineTicket {
        division {
          code
        }
      }
    `;
    const everything = await post(
      stitched.graphqlUrl,
      federation.token('supervisor.320000'),
      '{ tickets(first: 100) { nodes { id } } }',
    );
    const everyId = (everything.body.data!['tickets'] as { nodes: { id: string }[] }).nodes.map(
      (node) => node.id,
    );
    expect(everyId.length).toBeGreaterThanOrEqual(ids.length + 1);
    for (const [first, sort] of [
      [1, undefined],
      [3, { by: 'DUE_AT', direction: 'ASC' }],
      [10, { by: 'CREATED_AT', direction: 'ASC' }],
    ] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { fast, slow } = await both('supervisor.320000', LIST, { first, sort, after });
        expect(fast.route).toBe('fanned-out:city-320100,city-320200');
        expect(fast.body.errors).toBeUndefined();
        expect(fast.body).toEqual(slow.body);
        const list = fast.body.data!['list'] as {
          nodes: { id: string }[];
          info: { more: boolean; endCursor: string | null };
        };
        seen.push(...list.nodes.map((node) => node.id));
        after = list.info.more ? list.info.endCursor : null;
      } while (after && seen.length < 20);
      expect(new Set(seen.map((id) => id.slice(0, 6)))).toEqual(new Set(['320100', '320200']));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.sort()).toEqual([...everyId].sort());
    }
  });

  it('executes a list whose connection selection it could not rebuild, and introspection, as before', async () => {
    const list = await both(
      'supervisor.320000',
      '{ tickets(first: 10) { ... on TicketConnection { nodes { id division { code } } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(list.fast.route).toBe('executed');
    expect(list.fast.body.errors).toBeUndefined();
    expect(list.fast.body).toEqual(list.slow.body);
    const codes = (
      list.fast.body.data!['tickets'] as { nodes: { division: { code: string } }[] }
    ).nodes.map((node) => node.division.code.slice(0, 4));
    expect(new Set(codes)).toEqual(new Set(['3201', '3202']));

    const introspection = await both('agent.320100', '{ __schema { queryType { name } } }');
    expect(introspection.fast.route).toBe('executed');
    expect(introspection.fast.body).toEqual(introspection.slow.body);
  });

  it('still refuses an abusive query by the gateway’s own limits before any node is asked', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: me { username }`).join(' ');
    const answer = await post(
      federation.gateway.graphqlUrl,
      federation.token('agent.320100'),
      `{ ${aliases} }`,
    );
    expect(answer.route).toBeNull();
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      limit: 'MAX_ALIASES',
      max: 30,
      found: 31,
    });

    // A body that is not JSON is yoga's to refuse, as it would be without the front door.
    const broken = async (url: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer x' },
        body: '{"query": ',
      });
      const body = (await response.json()) as Answer['body'];
      return { status: response.status, codes: body.errors?.map((e) => e.extensions?.['code']) };
    };
    const [front, plain] = await Promise.all([
      broken(federation.gateway.graphqlUrl),
      broken(stitched.graphqlUrl),
    ]);
    expect(front).toEqual({ status: 400, codes: ['BAD_REQUEST'] });
    expect(front).toEqual(plain);
  });

  // Last: it stops a node.
  it('falls back to normal execution when the node does not answer a forwarded query', async () => {
    await federation.stopNode('320100');
    const { fast, slow } = await both('agent.320100', TICKET, { id: ids[0] });
    expect(fast.route).toBe('fell-back:city-320100');
    expect(
      fast.body.errors?.some((error) => error.extensions?.['code'] === 'NODE_UNAVAILABLE'),
    ).toBe(true);
    expect(fast.body).toEqual(slow.body);

    // A write refused before anything was sent is safe to hand to stitching, which says so.
    const write = await both('agent.320100', CREATE, { input: ticketInput('320106', '路面塌陷') });
    expect(write.fast.route).toBe('fell-back:city-320100');
    expect(write.fast.body.errors?.[0]?.extensions?.['code']).toBe('NODE_UNAVAILABLE');
    expect(write.fast.body).toEqual(write.slow.body);

    // A fan-out with a city down is stitched instead: its records from the province's
    // replicas, with the NODE_UNAVAILABLE note.
    const list = await both(
      'supervisor.320000',
      '{ tickets(first: 10) { nodes { id } pageInfo { hasNextPage } } }',
    );
    expect(list.fast.route).toBe('fell-back:city-320100,city-320200');
    expect(
      list.fast.body.errors?.some((error) => error.extensions?.['code'] === 'NODE_UNAVAILABLE'),
    ).toBe(true);
    expect(list.fast.body).toEqual(list.slow.body);
  });
});
