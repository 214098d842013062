import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseNodeEnvironment } from '@city-ops/core';
import type { Database, RunningNode } from '@city-ops/core';
import { parseGatewayEnvironment, startGateway } from '@city-ops/gateway';
import type { RunningGateway } from '@city-ops/gateway';
import { startIdentityServer } from '@city-ops/identity';
import type { IdentityServer } from '@city-ops/identity';
import { startProvinceNode } from '@city-ops/province';
import { capturedLog } from '../support/captured-log.js';
import type { LogLine } from '../support/captured-log.js';
import { readyUrlOf, runCity, waitFor } from '../support/city-process.js';
import type { CityProcess } from '../support/city-process.js';
import { createDatabase, postgresTarget } from '../support/postgres-databases.js';
import { startPostgresServer } from '../support/postgres-server.js';
import type { PostgresServer } from '../support/postgres-server.js';
import { expectRowSetsAgree, untilProvinceHasApplied } from '../support/row-sets.js';
import type { AcknowledgedTicket } from '../support/row-sets.js';

/**
 * A city node as its own process on a PostgreSQL server whose connections fail: its
 * backends terminated mid-request and under load, the server stopped as by a crash and
 * started again. Its province runs beside it, its database on the same server, pulling
 * the city's feed all along, so each fault hits sync too; a scenario ends with the
 * row-set comparison (row-sets.ts): every acknowledged write once at the city, the
 * province's replicas and rollups equal to the city's records. Only a server has
 * connections to lose (PGlite runs in-process), and stopping one must not disturb the
 * other tests' shared server, so this file starts a throwaway server of its own — in both
 * legs, which therefore run and count the same tests. The failures the engines themselves
 * report are database-faults.test.ts.
 */

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(
  url: string,
  token: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      version
    }
  }
`;

const DISPATCH = /* GraphQL */ `
  mutation Dispatch($i: DispatchTicketInput!) {
    dispatchTicket(input: $i) {
      version
    }
  }
`;

const LIST = '{ tickets(first: 1) { nodes { id } } }';

function ticketInput(title: string) {
  return {
    division: '320106',
    channel: 'PHONE',
    intakeClass: 'COMPLAINT',
    categoryCode: '010101',
    title,
    content: `${title}：市民反映人行道被流动摊贩占用，影响通行。`,
    caller: { name: '张三', phone: '13812345678' },
    location: { address: '鼓楼区中山路123号' },
  };
}

const withoutLocations = (error: object) => {
  const { locations: _locations, ...rest } = error as { locations?: unknown };
  return rest;
};

const codesOf = (answer: Answer) => answer.errors?.map((error) => error.extensions?.['code']);

describe('a node whose database connections fail', () => {
  const DATABASE = 'city_320100';
  const PROVINCE_DATABASE = 'province_320000';
  let server: PostgresServer;
  let identity: IdentityServer;
  let city: CityProcess;
  let base: string;
  let graphql: string;
  /** A gateway in front of the node, and one with the fast path off (stitching). */
  let gateway: RunningGateway;
  let stitched: RunningGateway;
  /** Superuser connections: to the maintenance database, and to the node's own. */
  let admin: pg.Client;
  let inspector: pg.Client;
  let provinceInspector: pg.Client;
  let agent: string;
  /** The province, in this process, syncing from the city process through its SYNC_SOURCES. */
  let province: RunningNode;
  let provinceLog: LogLine[];
  /** The city's database as the row-set comparison reads it (a pool: it outlives a server restart). */
  let cityDb: Kysely<Database>;
  /** Every createTicket answered without errors, over the whole file. */
  const acknowledged: AcknowledgedTicket[] = [];

  const create = async (title: string): Promise<Answer> => {
    const answer = await post(graphql, agent, CREATE, { input: ticketInput(title) });
    if (!answer.errors) {
      acknowledged.push({ id: (answer.data!['createTicket'] as { id: string }).id, title });
    }
    return answer;
  };

  /** The end of every scenario: once the province has applied the city's feed, the row sets agree. */
  const expectRowSetsAfterSync = async () => {
    const rowSets = {
      city: cityDb,
      cityDivision: '320100',
      province: province.runtime.db,
      acknowledged,
      timeZone: province.runtime.timeZone,
    };
    await untilProvinceHasApplied(rowSets);
    await expectRowSetsAgree(rowSets);
  };

  /**
   * When the province's consumer last recorded a pull from the city — an answer, an applied
   * batch or a failure — as the server's clock reads it, over the test's own connection.
   */
  const provinceLastPull = async (): Promise<Date> => {
    const { rows } = await provinceInspector.query<{ at: Date }>(
      "SELECT greatest(updated_at, answered_at) AS at FROM sync_source WHERE source = '320100'",
    );
    return rows[0]!.at;
  };
  const serverNow = async (): Promise<Date> =>
    (await provinceInspector.query<{ now: Date }>('SELECT now()')).rows[0]!.now;

  const stored = async (title: string): Promise<number> => {
    const { rows } = await inspector.query<{ count: string }>(
      'SELECT count(*) FROM hotline_ticket WHERE title = $1',
      [title],
    );
    return Number(rows[0]!.count);
  };

  /** A superuser connection of the test's own; losing it with the server is expected. */
  const connect = async (database: string, name: string): Promise<pg.Client> => {
    const client = new pg.Client({
      connectionString: server.databaseUrl(database),
      application_name: name,
    });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };

  /**
   * A node's backend waiting on the lock a test holds, once there is one: not a sealer
   * (the change-log sealers wait on each other's advisory lock for a moment, and the audit
   * sealer on a locked audit_log) — terminating one of those would leave the request waiting.
   */
  const waitingBackend = (database = DATABASE) =>
    waitFor(
      async () => {
        const { rows } = await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity
           WHERE datname = $1 AND wait_event_type = 'Lock' AND wait_event <> 'advisory'
             AND application_name = '' AND query NOT LIKE '%audit_log_seal%'`,
          [database],
        );
        return rows[0]?.pid;
      },
      `a backend of ${database} waiting on a lock`,
      20_000,
    );

  const expectAlive = async () => {
    expect(city.exitCode(), city.stderr()).toBeNull();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(city.stderr()).not.toMatch(/Unhandled|uncaught|Connection terminated/i);
  };

  beforeAll(async () => {
    server = await startPostgresServer();
    await createDatabase(postgresTarget(server.url), DATABASE);
    identity = await startIdentityServer({ port: 0 });
    city = runCity({
      NODE_DIVISION: '320100',
      PORT: '0',
      DATABASE_URL: server.databaseUrl(DATABASE),
      KEYCLOAK_URL: identity.url,
    });
    base = await readyUrlOf(city, '320100');
    graphql = `${base}/graphql`;
    admin = await connect('postgres', 'test-admin');
    inspector = await connect(DATABASE, 'test-inspector');
    await createDatabase(postgresTarget(server.url), PROVINCE_DATABASE);
    const log = capturedLog('province-320000', 'debug');
    provinceLog = log.lines;
    province = await startProvinceNode({
      logger: log.logger,
      config: parseNodeEnvironment({
        NODE_TIER: 'province',
        NODE_DIVISION: '320000',
        PORT: '0',
        DATABASE_URL: server.databaseUrl(PROVINCE_DATABASE),
        KEYCLOAK_URL: identity.url,
        SYNC_SOURCES: `320100=${graphql}`,
        SYNC_CLIENT_SECRET: 'node-320000-secret',
        SYNC_WAIT_SECONDS: '1',
      }),
    });
    provinceInspector = await connect(PROVINCE_DATABASE, 'test-province-inspector');
    const rowSetPool = new pg.Pool({
      connectionString: server.databaseUrl(DATABASE),
      application_name: 'test-row-sets',
      max: 2,
    });
    // Its idle connections die with the server: the pool replaces them when next asked.
    rowSetPool.on('error', () => undefined);
    cityDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: rowSetPool }) });
    const nodes = JSON.stringify([{ tier: 'city', division: '320100', url: graphql }]);
    const environment = {
      PORT: '0',
      KEYCLOAK_URL: identity.url,
      LOG_LEVEL: 'silent',
      NODE_TIMEOUT_MS: '5000',
      GATEWAY_NODES: nodes,
    };
    gateway = await startGateway(parseGatewayEnvironment(environment));
    stitched = await startGateway(
      parseGatewayEnvironment({ ...environment, GATEWAY_FORWARDING: 'off' }),
    );
    agent = identity.issueToken('agent.320100');
    // The node's working calendar is read once and cached: later creates send nothing before their transaction.
    const warm = await create('预热');
    expect(warm.errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await province?.close();
    await cityDb?.destroy();
    await provinceInspector?.end().catch(() => undefined);
    city?.kill('SIGTERM');
    await city?.exited;
    await stitched?.close();
    await gateway?.close();
    await inspector?.end().catch(() => undefined);
    await admin?.end().catch(() => undefined);
    await identity?.close();
    await server?.stop();
  });

  it('a connection terminated while its COMMIT waits: SERVICE_UNAVAILABLE, "may or may not", the process serves on', async () => {
    // The audit append goes in front of COMMIT, in the same string: with the table locked,
    // the write waits inside its COMMIT.
    const holder = await connect(DATABASE, 'test-holder');
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE audit_log IN SHARE MODE');
      const pending = post(graphql, agent, CREATE, { input: ticketInput('提交时断开') });
      const pid = await waitingBackend();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const failed = await pending;
      expect(failed.status).toBe(503);
      expect(codesOf(failed)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(failed.errors![0]!.message).toContain('写入可能已生效，也可能未生效');
      expect(failed.errors![0]!.message).toContain('idempotencyKey');
      expect(failed.errors![0]!.message).not.toContain('terminating connection');
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    // The server never got past the lock: nothing was stored.
    expect(await stored('提交时断开')).toBe(0);
    await expectAlive();
    const next = await create('断开之后');
    expect(next.errors).toBeUndefined();
    expect(await stored('断开之后')).toBe(1);
    // The operator sees the real cause, at warn.
    const warning = city
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: number; err?: { message?: string } })
      .find((line) => line.level === 40 && line.err?.message?.includes('administrator command'));
    expect(warning).toBeDefined();
  });

  it('a connection terminated before COMMIT: "nothing was applied", and sending it again applies it once', async () => {
    const created = await create('派单前断开');
    const ticket = created.data!['createTicket'] as { id: string; version: number };
    const dispatcher = identity.issueToken('dispatcher.320100');
    const dispatch = { i: { id: ticket.id, version: ticket.version, leadUnit: '320100-cg' } };
    const holder = await connect(DATABASE, 'test-holder');
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM hotline_ticket WHERE id = $1 FOR UPDATE', [ticket.id]);
      const pending = post(graphql, dispatcher, DISPATCH, dispatch);
      const pid = await waitingBackend();
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      const failed = await pending;
      expect(failed.status).toBe(503);
      expect(codesOf(failed)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(failed.errors![0]!.message).toContain('没有任何内容生效。');
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    const { rows } = await inspector.query<{ version: number }>(
      'SELECT version FROM hotline_ticket WHERE id = $1',
      [ticket.id],
    );
    expect(rows[0]!.version).toBe(ticket.version);
    const again = await post(graphql, dispatcher, DISPATCH, dispatch);
    expect(again.errors).toBeUndefined();
    expect((again.data!['dispatchTicket'] as { version: number }).version).toBe(ticket.version + 1);
    await expectAlive();
  });

  it('every backend terminated again and again under load, the province syncing throughout: no crash, each failure coded, the row sets agree', async () => {
    const WORKERS = 4;
    const MIN_FAILURES = 3;
    const MAX_ROUNDS = 200;
    let done = false;
    let attempt = 0;
    const outcomes: { title: string; answer: Answer }[] = [];
    const worker = async () => {
      while (!done) {
        attempt += 1;
        const title = `负载 ${attempt}`;
        outcomes.push({ title, answer: await create(title) });
      }
    };
    const failures = () => outcomes.filter(({ answer }) => answer.errors).length;
    const loadStarted = await serverNow();
    let pulledDuringLoad = false;
    const terminator = async () => {
      for (
        let round = 0;
        round < MAX_ROUNDS && (round < 10 || failures() < MIN_FAILURES || !pulledDuringLoad);
        round += 1
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        // The city's connections: the province's pulls fail with them (SERVICE_UNAVAILABLE) or
        // get through; its own connections are lost mid-batch in the test after this one.
        await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND application_name = $2',
          [DATABASE, ''],
        );
        pulledDuringLoad ||= (await provinceLastPull()) > loadStarted;
      }
      done = true;
    };
    await Promise.all([terminator(), ...Array.from({ length: WORKERS }, worker)]);

    expect(failures()).toBeGreaterThanOrEqual(MIN_FAILURES);
    // The province was pulling from the city while the city was losing its connections (how
    // many pulls got through depends on the machine's load: the row sets below must agree anyway).
    expect(pulledDuringLoad).toBe(true);
    for (const { title, answer } of outcomes) {
      const count = await stored(title);
      if (!answer.errors) {
        const id = (answer.data!['createTicket'] as { id: string }).id;
        expect(count).toBe(1);
        const byId = await inspector.query('SELECT 1 FROM hotline_ticket WHERE id = $1', [id]);
        expect(byId.rowCount).toBe(1);
        continue;
      }
      expect(answer.status).toBe(503);
      expect(codesOf(answer)).toEqual(['SERVICE_UNAVAILABLE']);
      const message = answer.errors[0]!.message;
      if (message.includes('没有任何内容生效。')) expect(count).toBe(0);
      else expect(count).toBeLessThanOrEqual(1);
    }
    await expectAlive();
    const next = await create('负载之后');
    expect(next.errors).toBeUndefined();
    await expectRowSetsAfterSync();
  });

  it("the province's consumer loses its connection mid-batch: it blames its own database, not the city, resumes, and the row sets agree", async () => {
    const logged = provinceLog.length;
    // With the replica table locked, the consumer's apply of the next ticket waits inside its
    // transaction, rows of the batch written, cursor not yet moved: that backend is terminated.
    const holder = await connect(PROVINCE_DATABASE, 'test-holder');
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE hotline_ticket IN SHARE MODE');
      const created = await create('同步中断开');
      expect(created.errors).toBeUndefined();
      const pid = await waitingBackend(PROVINCE_DATABASE);
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      // While the table stays locked the retry waits where the first apply did, so the
      // failure stays on record: syncStatus shows a supervisor a sentence, not the driver's text.
      await expect
        .poll(
          async () =>
            (
              await provinceInspector.query<{ last_error: string | null }>(
                "SELECT last_error FROM sync_source WHERE source = '320100'",
              )
            ).rows[0]?.last_error,
          { timeout: 20_000 },
        )
        .toBe("This node's database is unavailable; sync retries when it is back.");
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    await expectRowSetsAfterSync();
    const lines = provinceLog.slice(logged);
    expect(lines.map((line) => line.msg)).toContain(
      "this node's database is unavailable: sync backing off",
    );
    expect(lines.filter((line) => line.msg === 'sync source unavailable, backing off')).toEqual([]);
  });

  it('the server stopped: /readyz 503 and SERVICE_UNAVAILABLE everywhere; started again: ready and serving, same process', async () => {
    const pid = city.pid;
    // The province's sync account long-polls the city's feed past its head: nothing new comes.
    const sync = identity.issueToken('node-320000');
    const feed = async (query: string) => {
      const response = await fetch(`${base}/sync/changes?${query}`, {
        headers: { authorization: `Bearer ${sync}` },
      });
      return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
    };
    const { head: after } = (await feed('after=0&limit=1')) as unknown as { head: string };
    const poll = feed(`after=${after}&limit=1000&waitSeconds=30`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.stopImmediately();
    try {
      // Its next look at the feed finds the database gone: the poll ends, coded, at once.
      const longPoll = await poll;
      expect(longPoll.status).toBe(503);
      expect(codesOf(longPoll)).toEqual(['SERVICE_UNAVAILABLE']);

      const readiness = await fetch(`${base}/readyz`);
      expect(readiness.status).toBe(503);
      const read = await post(graphql, agent, LIST);
      expect(read.status).toBe(503);
      expect(codesOf(read)).toEqual(['SERVICE_UNAVAILABLE']);
      const write = await post(graphql, agent, CREATE, { input: ticketInput('停机时') });
      expect(write.status).toBe(503);
      expect(codesOf(write)).toEqual(['SERVICE_UNAVAILABLE']);
      // The connection was refused before anything was sent.
      expect(write.errors![0]!.message).toContain('没有任何内容生效。');
      for (const through of [gateway, stitched]) {
        const answer = await post(through.graphqlUrl, agent, CREATE, {
          input: ticketInput('停机时'),
        });
        expect(answer.status).toBe(503);
        // Stitching reports no `locations` for a node's error; the rest is the node's.
        expect(answer.errors?.map(withoutLocations)).toEqual(write.errors?.map(withoutLocations));
      }
      await expectAlive();
    } finally {
      await server.startAgain();
    }
    await admin.end().catch(() => undefined);
    await inspector.end().catch(() => undefined);
    admin = await connect('postgres', 'test-admin');
    inspector = await connect(DATABASE, 'test-inspector');

    await waitFor(
      async () => ((await fetch(`${base}/readyz`)).status === 200 ? true : undefined),
      '/readyz to say ready again',
      30_000,
    );
    // Ready means serving: the very next requests succeed, without a restart of the node.
    const write = await create('恢复之后');
    expect(write.errors).toBeUndefined();
    expect(await stored('恢复之后')).toBe(1);
    const read = await post(gateway.graphqlUrl, agent, LIST);
    expect(read.errors).toBeUndefined();
    expect(city.pid).toBe(pid);
    await expectAlive();
    // The province lost its own database with the city's, and resumes without a restart.
    await provinceInspector.end().catch(() => undefined);
    provinceInspector = await connect(PROVINCE_DATABASE, 'test-province-inspector');
    await expectRowSetsAfterSync();
  });
});
