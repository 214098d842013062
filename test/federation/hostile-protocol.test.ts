import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGatewayEnvironment, startGateway } from '@city-ops/gateway';
import type { RunningGateway } from '@city-ops/gateway';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

// Requests a careless client or an attacker sends, at every door of the federation: the
// gateway's front door (forwarding), the gateway executing by stitching (forwarding off),
// and a node asked directly. Each is refused with its code and status before anything is
// executed, says nothing of the server's insides, and stores nothing.

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * A POST over node:http, so any header can be sent as written (fetch would set or refuse
 * some) and from a chosen local address: the gateway must tell nodes the address the
 * request really came from.
 */
function rawPost(
  url: string,
  headers: Record<string, string>,
  body: string | Buffer,
  localAddress?: string,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        ...(localAddress ? { localAddress } : {}),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

interface Body {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const bodyOf = (raw: Raw): Body => JSON.parse(raw.text) as Body;

/** What must never reach a client: stacks, SQL, file paths, the parser's own words. */
function expectNoLeak(raw: Raw): void {
  expect(raw.text).not.toMatch(
    /originalError|stack|\bat [\w.<>]+ \(|node_modules|\/work\/|SELECT |INSERT |syntax error at|Unexpected token|JSON at position/i,
  );
}

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
    }
  }
`;

const ticketInput = (title: string) => ({
  division: '320106',
  channel: 'PHONE',
  intakeClass: 'COMPLAINT',
  categoryCode: '010101',
  title,
  content: `${title}：市民反映人行道被流动摊贩占用，影响通行。`,
  caller: { name: '张三', phone: '13812345678' },
  location: { address: '鼓楼区中山路123号' },
});

/**
 * `levels` fragments each spreading the next twice, under `parent` and under `children`:
 * walked spread by spread that is 2^levels visits, which froze the former gateway's depth
 * check at 19 levels. Measured once per fragment it is refused at once.
 */
function nestedFragments(levels: number, name = 'Hostile'): string {
  const fragments = Array.from(
    { length: levels },
    (_, level) =>
      `fragment F${level} on Division { parent { ...F${level + 1} } children { ...F${level + 1} } }`,
  );
  return [
    `query ${name} { division(code: "320106") { ...F0 } }`,
    ...fragments,
    `fragment F${levels} on Division { code }`,
  ].join('\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

describe('hostile requests at the gateway and at a node', () => {
  let federation: TestFederation;
  /** The gateway with forwarding off: every operation is executed by yoga and stitching. */
  let stitched: RunningGateway;
  let agent: string;
  let doors: { name: string; url: string }[];

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100'] });
    stitched = await startGateway(
      parseGatewayEnvironment({
        PORT: '0',
        KEYCLOAK_URL: federation.identity.url,
        LOG_LEVEL: 'silent',
        NODE_TIMEOUT_MS: '3000',
        GATEWAY_NODES: JSON.stringify(federation.gateway.registry.nodes),
        GATEWAY_FORWARDING: 'off',
      }),
    );
    agent = federation.token('agent.320100');
    doors = [
      { name: 'front door', url: federation.gateway.graphqlUrl },
      { name: 'stitching', url: stitched.graphqlUrl },
      { name: 'node', url: federation.nodeUrl('320100') },
    ];
  });

  afterAll(async () => {
    await stitched?.close();
    await federation?.close();
  });

  /** Rows of every table a created ticket writes to, at the owning node. */
  const stored = async () => {
    const db = federation.database('320100');
    const counts = await Promise.all(
      (['hotline_ticket', 'change_log', 'audit_log'] as const).map((table) =>
        db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow(),
      ),
    );
    return counts.map((count) => Number(count.n));
  };

  const authorized = (headers: Record<string, string> = {}) => ({
    authorization: `Bearer ${agent}`,
    ...headers,
  });
  const createBody = (title: string) =>
    JSON.stringify({ query: CREATE, variables: { input: ticketInput(title) } });

  /** Sends `body` with `headers` to every door and checks each refusal and that nothing was stored. */
  async function refusedEverywhere(
    headers: Record<string, string>,
    body: string | Buffer,
    expected: { status: number; code: string },
  ): Promise<Raw[]> {
    const before = await stored();
    const answers: Raw[] = [];
    for (const door of doors) {
      const raw = await rawPost(door.url, headers, body);
      expect({ door: door.name, status: raw.status }).toEqual({
        door: door.name,
        status: expected.status,
      });
      expect(bodyOf(raw).errors?.[0]?.extensions?.['code']).toBe(expected.code);
      expect(bodyOf(raw).data ?? null).toBeNull();
      expectNoLeak(raw);
      answers.push(raw);
    }
    expect(await stored()).toEqual(before);
    return answers;
  }

  it('stores a ticket sent properly through every door (the control)', async () => {
    for (const door of doors) {
      const before = await stored();
      const raw = await rawPost(
        door.url,
        authorized({ 'content-type': 'application/json', accept: 'application/json' }),
        createBody(`对照 ${door.name}`),
      );
      expect(raw.status).toBe(200);
      expect(bodyOf(raw).errors).toBeUndefined();
      const after = await stored();
      expect(after[0]).toBe(before[0]! + 1);
    }
  });

  describe('protocol: refused before anything is executed', () => {
    it.each([
      ['text/html'],
      ['text/html, application/xhtml+xml'],
      ['application/json; charset=iso-8859-1'],
      ['application/graphql-response+json; q=0'],
    ])('Accept: %s is 406 NOT_ACCEPTABLE and the mutation is not applied', async (accept) => {
      await refusedEverywhere(
        authorized({ 'content-type': 'application/json', accept }),
        createBody('不可接受'),
        { status: 406, code: 'NOT_ACCEPTABLE' },
      );
    });

    it.each([
      ['application/jsonx'],
      ['text/plain'],
      ['application/graphql'],
      ['application/json; charset=utf-16'],
    ])('Content-Type: %s is 415 UNSUPPORTED_MEDIA_TYPE', async (type) => {
      await refusedEverywhere(authorized({ 'content-type': type }), createBody('类型不符'), {
        status: 415,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      });
    });

    it('a form post is 415; a multipart post (an upload) is read, but never without a token', async () => {
      const query = `mutation { createTicket(input: { division: "320106", channel: PHONE, intakeClass: COMPLAINT, categoryCode: "010101", title: "表单", content: "表单提交", caller: { name: "张三", phone: "13812345678" }, location: { address: "中山路" } }) { id } }`;
      await refusedEverywhere(
        authorized({ 'content-type': 'application/x-www-form-urlencoded' }),
        `query=${encodeURIComponent(query)}`,
        { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      );
      // A cross-site page may post a multipart form without a preflight, but cannot add the
      // Authorization header, the only credential here: such a post writes nothing.
      const boundary = 'hostile';
      await refusedEverywhere(
        { 'content-type': `multipart/form-data; boundary=${boundary}` },
        `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query })}\r\n--${boundary}--\r\n`,
        { status: 401, code: 'UNAUTHENTICATED' },
      );
      // Without a boundary there is no upload to read.
      await refusedEverywhere(
        authorized({ 'content-type': 'multipart/form-data' }),
        `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query })}\r\n--${boundary}--\r\n`,
        { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      );
    });

    it('an encoded body (Content-Encoding: gzip) is 415, not read as if it were plain', async () => {
      const answers = await refusedEverywhere(
        authorized({ 'content-type': 'application/json', 'content-encoding': 'gzip' }),
        gzipSync(createBody('压缩')),
        { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      );
      for (const raw of answers) expect(raw.headers['accept-encoding']).toBe('identity');
    });

    it.each([['null'], ['42'], ['"mutation { x }"'], ['[]'], ['true']])(
      'a body of %s is 400 BAD_REQUEST, not a server error',
      async (body) => {
        await refusedEverywhere(authorized({ 'content-type': 'application/json' }), body, {
          status: 400,
          code: 'BAD_REQUEST',
        });
      },
    );

    it('a body that is not JSON is 400 BAD_REQUEST without the parser’s message', async () => {
      const answers = await refusedEverywhere(
        authorized({ 'content-type': 'application/json' }),
        '{"query": "mutation',
        { status: 400, code: 'BAD_REQUEST' },
      );
      for (const raw of answers) {
        expect(bodyOf(raw).errors?.[0]?.extensions).not.toHaveProperty('originalError');
      }
    });
  });

  describe('query limits: refused before the token is checked, in linear time', () => {
    // The spec's own response type: a refusal is 400 (under application/json it would be 200).
    const json = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
    };

    it('thirty levels of nested fragment spreads are refused at every door, token or not', async () => {
      const body = JSON.stringify({ query: nestedFragments(30) });
      for (const headers of [json, authorized(json)]) {
        const answers = await refusedEverywhere(headers, body, {
          status: 400,
          code: 'QUERY_TOO_DEEP',
        });
        // The gateway's default limit, then a node's (which leaves room for what the gateway adds).
        expect(answers.map((raw) => bodyOf(raw).errors?.[0]?.extensions?.['max'])).toEqual([
          12, 12, 14,
        ]);
        for (const raw of answers) {
          expect(bodyOf(raw).errors?.[0]?.extensions).toMatchObject({
            limit: 'MAX_DEPTH',
            // division, thirty levels of parent or children, code.
            found: 32,
          });
          expect(bodyOf(raw).errors?.map((error) => error.extensions?.['code'])).toContain(
            'QUERY_TOO_COSTLY',
          );
        }
      }
    });

    it('a request in flight beside a stream of them is not held up (a latency ratio)', async () => {
      // Each document named anew, so no cache of parsed or validated documents spares the work.
      let sent = 0;
      const hostile = () => JSON.stringify({ query: nestedFragments(30, `Hostile${++sent}`) });
      // The control: as many fragments, as deep, each spread once — what any rule walks in
      // linear time. Both are refused alike (QUERY_TOO_DEEP); only the doubling differs.
      const control = () =>
        JSON.stringify({
          query: nestedFragments(30, `Control${++sent}`).replace(
            /children \{ \.\.\.F\d+ \}/g,
            'children { code }',
          ),
        });
      const ordinary = JSON.stringify({ query: '{ me { username division { code } } }' });
      for (const url of [federation.gateway.graphqlUrl, federation.nodeUrl('320100')]) {
        const once = async () => {
          const started = performance.now();
          const raw = await rawPost(url, authorized(json), ordinary);
          expect(raw.status).toBe(200);
          return performance.now() - started;
        };
        /** The ordinary request's median latency while two clients send `stream` back to back. */
        const beside = async (stream: () => string) => {
          let sending = true;
          let refused = 0;
          const senders = Array.from({ length: 2 }, async () => {
            while (sending) {
              const raw = await rawPost(url, json, stream());
              expect(bodyOf(raw).errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_DEEP');
              refused += 1;
            }
          });
          const times: number[] = [];
          for (let index = 0; index < 25; index += 1) times.push(await once());
          sending = false;
          await Promise.all(senders);
          expect(refused).toBeGreaterThan(10);
          return median(times);
        };
        await beside(control); // warm the caches and the connections
        const besideControl = await beside(control);
        const besideHostile = await beside(hostile);
        // In one process every request shares the event loop, so the control stream slows the
        // ordinary request too; the hostile stream must not slow it more than that. A walk
        // per spread would take 2^30 steps per hostile document and hold it for minutes.
        expect(
          besideHostile / besideControl,
          `beside the control ${besideControl} ms, beside the hostile stream ${besideHostile} ms`,
        ).toBeLessThan(3);
      }
    });

    it('too many aliases of a write are refused with TOO_MANY_ALIASES and nothing is stored', async () => {
      const writes = Array.from(
        { length: 41 },
        (_, index) => `w${index}: createTicket(input: $input) { id }`,
      ).join('\n');
      await refusedEverywhere(
        authorized(json),
        JSON.stringify({
          query: `mutation Many($input: CreateTicketInput!) { ${writes} }`,
          variables: { input: ticketInput('别名') },
        }),
        {
          status: 400,
          code: 'TOO_MANY_ALIASES',
        },
      );
    });

    it('depth, tokens, directives and cost over their limits are refused with their codes', async () => {
      // Each over the gateway's limit and a node's alike.
      const deep = `{ division(code: "320106") { ${'parent { '.repeat(14)}code${' }'.repeat(14)} } }`;
      const long = `{ ${Array.from({ length: 3_100 }, () => '__typename').join(' ')} }`;
      const directives = `{ me { ${Array.from({ length: 21 }, () => 'username @include(if: true)').join(' ')} } }`;
      // Five pages of a hundred tickets with their divisions' ancestry: far more rows than a
      // screen shows, each alias a page.
      const page = `tickets(first: 100) { nodes { id number title content status urgency overdue reply dueAt closedAt division { code name parent { code name parent { code name children { code name level } } } } } }`;
      const costly = `{ ${Array.from({ length: 5 }, (_, index) => `p${index}: ${page}`).join(' ')} }`;
      for (const [query, code] of [
        [deep, 'QUERY_TOO_DEEP'],
        [long, 'TOO_MANY_TOKENS'],
        [directives, 'TOO_MANY_DIRECTIVES'],
        [costly, 'QUERY_TOO_COSTLY'],
      ] as const) {
        const answers = await refusedEverywhere(authorized(json), JSON.stringify({ query }), {
          status: 400,
          code,
        });
        for (const raw of answers) {
          expect(bodyOf(raw).errors?.[0]?.message).toMatch(/上限是 \d+/);
        }
      }
    });
  });

  describe('partial results', () => {
    it('data with a refused field is HTTP 200 at every door, the error beside the data', async () => {
      // A hotline agent may read the node's description, not a case (a nullable field).
      const query = `{ nodeInfo { division { code } } caseReport(id: "320100-00000000-0000-4000-8000-000000000000") { id } }`;
      for (const door of doors) {
        const raw = await rawPost(
          door.url,
          authorized({
            'content-type': 'application/json',
            accept: 'application/graphql-response+json',
          }),
          JSON.stringify({ query }),
        );
        const body = bodyOf(raw);
        expect({ door: door.name, status: raw.status }).toEqual({ door: door.name, status: 200 });
        expect(body.data).toMatchObject({
          nodeInfo: { division: { code: '320100' } },
          caseReport: null,
        });
        expect(body.errors?.map((error) => error.extensions?.['code'])).toEqual(['FORBIDDEN']);
      }
    });
  });

  describe('who is asking', () => {
    it('the gateway tells the node the real peer and a well-formed request id, not what the client claims', async () => {
      for (const url of [federation.gateway.graphqlUrl, stitched.graphqlUrl]) {
        const title = `来源 ${url}`;
        const raw = await rawPost(
          url,
          authorized({
            'content-type': 'application/json',
            'x-forwarded-for': '203.0.113.9',
            'x-request-id': `<script>alert(1)</script>${'x'.repeat(4_000)}`,
          }),
          createBody(title),
          // Another loopback address than the gateway's own, so the two can be told apart.
          '127.0.0.2',
        );
        expect(raw.status).toBe(200);
        const id = (bodyOf(raw).data as { createTicket: { id: string } }).createTicket.id;
        const entry = await federation
          .database('320100')
          .selectFrom('audit_log')
          .select(['client_address', 'request_id'])
          .where(sql<boolean>`${id} = ANY(entity_ids)`)
          .executeTakeFirstOrThrow();
        expect(entry.client_address).toBe('127.0.0.2');
        expect(entry.request_id).toMatch(/^[0-9a-f-]{36}$/);
      }
    });

    it('passes a well-formed request id on unchanged', async () => {
      const requestId = 'console-7f3a.42';
      const raw = await rawPost(
        federation.gateway.graphqlUrl,
        authorized({ 'content-type': 'application/json', 'x-request-id': requestId }),
        createBody('编号'),
      );
      const id = (bodyOf(raw).data as { createTicket: { id: string } }).createTicket.id;
      const entry = await federation
        .database('320100')
        .selectFrom('audit_log')
        .select('request_id')
        .where(sql<boolean>`${id} = ANY(entity_ids)`)
        .executeTakeFirstOrThrow();
      expect(entry.request_id).toBe(requestId);
    });
  });
});
