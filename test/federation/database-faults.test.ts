import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGatewayEnvironment, startGateway } from '@city-ops/gateway';
import type { RunningGateway } from '@city-ops/gateway';
import { capturedLog, WARN } from '../support/captured-log.js';
import type { LogLine } from '../support/captured-log.js';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

/**
 * Transient database failures as the engine itself reports them, on both engines: a
 * trigger raises the SQLSTATE a serialization failure, a deadlock or a terminated
 * backend carries, in the middle of a real createTicket or at its COMMIT. What must
 * hold does not depend on the engine: the client gets SERVICE_UNAVAILABLE saying what
 * was applied, nothing is stored, the node keeps serving, and the gateway passes the
 * code and the node's HTTP status through on every path. The connections themselves
 * failing (terminated, server stopped) is connection-faults.test.ts.
 */

interface Answer {
  status: number;
  route: string | null;
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
    body: (await response.json()) as Answer['body'],
  };
}

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      title
    }
  }
`;

const TICKET = /* GraphQL */ `
  query Ticket($id: ID!) {
    ticket(id: $id) {
      id
      title
    }
  }
`;

function ticketInput(division: string, title: string) {
  return {
    division,
    channel: 'PHONE',
    intakeClass: 'COMPLAINT',
    categoryCode: '010101',
    title,
    content: `${title}：市民反映人行道被流动摊贩占用，影响通行。`,
    caller: { name: '张三', phone: '13812345678' },
    location: { address: '鼓楼区中山路123号' },
  };
}

/** A port nothing listens on (free a moment ago). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Titles that make the triggers below raise: `fault <SQLSTATE> insert|commit …`. */
const faulty = (sqlstate: string, when: 'insert' | 'commit', label: string) =>
  `fault ${sqlstate} ${when} ${label}`;

describe('transient failures the database reports', () => {
  let federation: TestFederation;
  /** A gateway with the fast path (front door and yoga plugin) and one stitching everything. */
  let forwarding: RunningGateway;
  let stitched: RunningGateway;
  let forwardingLog: LogLine[];
  let agent: string;

  const storedWithTitle = async (title: string) => {
    const rows = await federation
      .database('320100')
      .selectFrom('hotline_ticket')
      .select('id')
      .where('title', '=', title)
      .execute();
    return rows.length;
  };

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100'] });
    const db = federation.database('320100');
    // As the database owner, outside any request: what a real failure would raise, where it would.
    await sql`
      CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parts text[] := string_to_array(NEW.title, ' ');
      BEGIN
        IF parts[1] = 'fault' AND parts[3] = TG_ARGV[0] THEN
          RAISE EXCEPTION 'injected % at %', parts[2], TG_ARGV[0] USING ERRCODE = parts[2];
        END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER test_fault_insert BEFORE INSERT ON hotline_ticket FOR EACH ROW EXECUTE FUNCTION test_fault('insert')`.execute(
      db,
    );
    await sql`CREATE CONSTRAINT TRIGGER test_fault_commit AFTER INSERT ON hotline_ticket DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fault('commit')`.execute(
      db,
    );
    const nodes = JSON.stringify([
      ...federation.gateway.registry.nodes,
      // Registered, never started: every request for 无锡 finds it refusing connections.
      { tier: 'city', division: '320200', url: `http://127.0.0.1:${await closedPort()}/graphql` },
    ]);
    const log = capturedLog('gateway', 'warn');
    forwardingLog = log.lines;
    forwarding = await startGateway(
      parseGatewayEnvironment({
        PORT: '0',
        KEYCLOAK_URL: federation.identity.url,
        NODE_TIMEOUT_MS: '3000',
        GATEWAY_NODES: nodes,
      }),
      log.logger,
    );
    stitched = await startGateway(
      parseGatewayEnvironment({
        PORT: '0',
        KEYCLOAK_URL: federation.identity.url,
        LOG_LEVEL: 'silent',
        NODE_TIMEOUT_MS: '3000',
        GATEWAY_FORWARDING: 'off',
        GATEWAY_NODES: nodes,
      }),
    );
    agent = federation.token('agent.320100');
    // The node's working calendar is read once and cached: the requests below send nothing before their transaction.
    const warm = await post(federation.nodeUrl('320100'), agent, CREATE, {
      input: ticketInput('320106', '预热'),
    });
    expect(warm.body.errors).toBeUndefined();
  });

  afterAll(async () => {
    await stitched?.close();
    await forwarding?.close();
    await federation?.close();
  });

  it.each([
    ['40001', 'insert', 'serialization failure'],
    ['40P01', 'insert', 'deadlock'],
    ['57P01', 'insert', 'terminated backend'],
    ['40001', 'commit', 'serialization failure at COMMIT'],
  ] as const)(
    'a %s (%s, %s) is SERVICE_UNAVAILABLE saying nothing was applied; nothing is stored and the node serves on',
    async (sqlstate, when, label) => {
      const title = faulty(sqlstate, when, label);
      const failed = await post(federation.nodeUrl('320100'), agent, CREATE, {
        input: ticketInput('320106', title),
      });
      expect(failed.status).toBe(503);
      expect(failed.body.data).toBeNull();
      expect(failed.body.errors).toHaveLength(1);
      const [error] = failed.body.errors!;
      expect(error!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(error!.path).toEqual(['createTicket']);
      expect(error!.message).toContain('没有任何内容生效。');
      expect(error!.message).toContain('请过几秒后重新发送同一请求');
      // Nothing internal: not the SQLSTATE, not the trigger's text.
      expect(error!.message).not.toContain(sqlstate);
      expect(error!.message).not.toContain('injected');
      expect(await storedWithTitle(title)).toBe(0);

      const next = await post(federation.nodeUrl('320100'), agent, CREATE, {
        input: ticketInput('320106', `after ${label}`),
      });
      expect(next.body.errors).toBeUndefined();
      expect(await storedWithTitle(`after ${label}`)).toBe(1);
    },
  );

  it("a transient failure of the idempotency key's INSERT is SERVICE_UNAVAILABLE, leaves no key, and the retry with that key creates once", async () => {
    const db = federation.database('320100');
    // The key row is the create's first statement (createOnce): fail it as a terminated backend would.
    await sql`
      CREATE FUNCTION test_key_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.key LIKE 'fault-57P01-%' THEN
          RAISE EXCEPTION 'injected 57P01 at the key' USING ERRCODE = '57P01';
        END IF;
        RETURN NEW;
      END $$`.execute(db);
    await sql`CREATE TRIGGER test_key_fault BEFORE INSERT ON idempotency_key FOR EACH ROW EXECUTE FUNCTION test_key_fault()`.execute(
      db,
    );
    const key = `fault-57P01-${Date.now()}`;
    const title = `带键 ${key}`;
    const input = { ...ticketInput('320106', title), idempotencyKey: key };
    const keyRows = () =>
      db.selectFrom('idempotency_key').select('result_id').where('key', '=', key).execute();
    try {
      const failed = await post(federation.nodeUrl('320100'), agent, CREATE, { input });
      expect(failed.status).toBe(503);
      expect(failed.body.errors).toHaveLength(1);
      expect(failed.body.errors![0]!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(failed.body.errors![0]!.message).toContain('没有任何内容生效。');
      expect(failed.body.errors![0]!.message).not.toContain('injected');
      expect(await storedWithTitle(title)).toBe(0);
      expect(await keyRows()).toEqual([]);
    } finally {
      await sql`DROP TRIGGER test_key_fault ON idempotency_key`.execute(db);
    }

    // The database is back: the same request with the same key is made once, and answered alike after.
    const first = await post(federation.nodeUrl('320100'), agent, CREATE, { input });
    const again = await post(federation.nodeUrl('320100'), agent, CREATE, { input });
    expect(first.body.errors).toBeUndefined();
    expect(again.body.errors).toBeUndefined();
    const id = (first.body.data!['createTicket'] as { id: string }).id;
    expect((again.body.data!['createTicket'] as { id: string }).id).toBe(id);
    expect(await storedWithTitle(title)).toBe(1);
    expect(await keyRows()).toEqual([{ result_id: id }]);
  });

  it('reaches the client unchanged through the gateway, with the same HTTP status, on every path', async () => {
    const browser = { origin: 'https://ops.example.gov.cn' };
    const variables = (path: string) => ({
      input: ticketInput('320106', faulty('40001', 'insert', path)),
    });
    const direct = await post(federation.nodeUrl('320100'), agent, CREATE, variables('direct'));
    const front = await post(forwarding.graphqlUrl, agent, CREATE, variables('front'));
    const plugin = await post(forwarding.graphqlUrl, agent, CREATE, variables('plugin'), browser);
    const stitching = await post(stitched.graphqlUrl, agent, CREATE, variables('stitched'));

    expect(front.route).toBe('forwarded:city-320100');
    expect(plugin.route).toBe('forwarded:city-320100');
    expect(stitching.route).toBeNull();
    // Stitching reports no `locations` for a node's error (it never did); the rest is the node's.
    const withoutLocations = (answer: Answer) => ({
      data: answer.body.data,
      errors: answer.body.errors?.map((error) => {
        const { locations: _locations, ...rest } = error as typeof error & { locations?: unknown };
        return rest;
      }),
    });
    for (const answer of [front, plugin, stitching]) {
      expect(answer.status).toBe(direct.status);
      expect(withoutLocations(answer)).toEqual(withoutLocations(direct));
    }
    expect(front.body).toEqual(direct.body);
    expect(plugin.body).toEqual(direct.body);
    expect(direct.status).toBe(503);
    expect(direct.body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
  });

  it('logs the NODE_UNAVAILABLE answers at warn, naming the node and the cause, not one line each', async () => {
    const wuxi = federation.token('agent.320200');
    const answers: Answer[] = [];
    for (let index = 0; index < 12; index += 1) {
      answers.push(
        await post(forwarding.graphqlUrl, wuxi, TICKET, { id: `320200-missing-${index}` }),
        await post(forwarding.graphqlUrl, wuxi, CREATE, {
          input: ticketInput('320213', `无锡 ${index}`),
        }),
      );
    }
    for (const answer of answers) {
      expect(answer.body.errors?.map((error) => error.extensions?.['code'])).toEqual([
        'NODE_UNAVAILABLE',
      ]);
    }
    const lines = forwardingLog.filter(
      (line) => line.level === WARN && line['node'] === 'city-320200',
    );
    expect(lines.length).toBeGreaterThan(0);
    // At most one line per node per 10 s: 24 answers in far less than that are one line (or two
    // on a machine so slow that they spanned an interval), each counting the ones not logged.
    expect(lines.length).toBeLessThan(answers.length / 4);
    expect(lines[0]).toMatchObject({
      division: '320200',
      suppressed: 0,
      cause: expect.stringContaining('ECONNREFUSED'),
    });
    expect(lines[0]!.msg).toContain('city-320200');
    // A healthy node is never logged as unavailable.
    expect(forwardingLog.some((line) => line['node'] === 'city-320100')).toBe(false);
  });
});
