import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBatch, pullChanges, serviceTokenSource } from '@city-ops/core';
import type { SyncConsumer } from '@city-ops/core';
import { postGraphQL, startFederation, drain } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';
import { expectRowSetsAgree, untilProvinceHasApplied } from '../support/row-sets.js';
import type { AcknowledgedTicket } from '../support/row-sets.js';
import { startSwitchableProxy } from '../support/switchable-proxy.js';
import type { SwitchableProxy } from '../support/switchable-proxy.js';

const CALLER = { name: '王小明', phone: '13912345678' };
const ADDRESS = '玄武区北京东路41号';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      version
    }
  }
`;

/** GET /sync/changes at `node`: the status and the coded error, if any. */
async function askFeed(
  federation: TestFederation,
  node: string,
  token: string,
  query = 'after=0&limit=1000',
): Promise<{ status: number; error?: { message: string; extensions?: Record<string, unknown> } }> {
  const response = await fetch(new URL(`/sync/changes?${query}`, federation.nodeUrl(node)), {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  return { status: response.status, ...(body.errors ? { error: body.errors[0] } : {}) };
}

/** Every text value stored in a node's tables (user tables of the public schema). */
async function everyStoredText(federation: TestFederation, division: string): Promise<string> {
  const db = federation.database(division);
  const { rows: tables } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(db);
  const texts: string[] = [];
  for (const { name } of tables) {
    const { rows } = await sql<{
      row: unknown;
    }>`SELECT to_jsonb(t) AS row FROM ${sql.table(name)} t`.execute(db);
    texts.push(...rows.map(({ row }) => JSON.stringify(row)));
  }
  return texts.join('\n');
}

interface SourceLag {
  source: { code: string };
  state: string;
  lastError: string | null;
  applied: string;
  head: string;
  lagChanges: number;
  lagSeconds: number | null;
  oldestPendingAt: string | null;
  oldestPendingSeconds: number;
  answeredAt: string | null;
  staleChanges: number;
}

const SYNC_STATUS = /* GraphQL */ `
  {
    syncStatus {
      sources {
        source {
          code
        }
        state
        lastError
        applied
        head
        lagChanges
        lagSeconds
        oldestPendingAt
        oldestPendingSeconds
        answeredAt
        currentTo
        staleChanges
      }
    }
  }
`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function countRows(federation: TestFederation, division: string, table: string) {
  const { rows } = await sql<{
    count: string;
  }>`SELECT count(*)::text AS count FROM ${sql.table(table)}`.execute(
    federation.database(division),
  );
  return Number(rows[0]?.count ?? 0);
}

describe('tier synchronisation: city → province → ministry, and back down', () => {
  let federation: TestFederation;
  let province: SyncConsumer;
  let ministry: SyncConsumer;
  let nanjing: SyncConsumer;
  let provinceFromMinistry: SyncConsumer;
  let proxy: SwitchableProxy;
  const tickets: Record<string, string[]> = { '320100': [], '320200': [] };

  /** The province's view of one of its sources, through the gateway as its supervisor. */
  const provinceSource = async (source = '320100') => {
    const answer = await federation.query<{ syncStatus: { sources: SourceLag[] } }>(
      federation.token('supervisor.320000'),
      SYNC_STATUS,
    );
    expect(answer.errors).toBeUndefined();
    const found = answer.data?.syncStatus.sources.find((entry) => entry.source.code === source);
    if (!found) throw new Error(`no sync source ${source} at the province`);
    return found;
  };

  /** The province's /metrics as `user` reads it (a token that may sync.read). */
  const provinceMetrics = async (user = 'supervisor.320000') =>
    fetch(federation.nodeUrl('320000').replace('/graphql', '/metrics'), {
      headers: { authorization: `Bearer ${federation.token(user)}` },
    });

  /** One gauge of the province's /metrics for the source 320100. */
  const provinceGauge = async (name: string) => {
    const text = await (await provinceMetrics()).text();
    const line = text
      .split('\n')
      .find((entry) => entry.startsWith(`${name}{node="320000",source="320100"`));
    return line === undefined ? undefined : Number(line.split(' ').at(-1));
  };

  /**
   * Until 南京's feed has every change in a position: sealing waits for every older
   * transaction on the server (other nodes and test files share it), so a pull right after a
   * write could still see a shorter head than the test means to pull.
   */
  const sealedAtNanjing = () =>
    expect
      .poll(async () =>
        Number(
          (
            await federation
              .database('320100')
              .selectFrom('change_log')
              .select((eb) => eb.fn.countAll<string>().as('count'))
              .where('position', 'is', null)
              .executeTakeFirstOrThrow()
          ).count,
        ),
      )
      .toBe(0);

  /** Whether the province holds a replica of `id`. */
  const replicated = async (id: string) =>
    (
      await federation
        .database('320000')
        .selectFrom('hotline_ticket')
        .select('id')
        .where('id', '=', id)
        .execute()
    ).length;

  const createTicket = async (division: string, title: string) => {
    const agent = federation.token(`agent.${division}`);
    const answer = await federation.query<{ createTicket: { id: string } }>(agent, CREATE, {
      input: {
        division: division === '320100' ? '320102' : '320205',
        channel: 'PHONE',
        intakeClass: 'COMPLAINT',
        categoryCode: '010101',
        title,
        content: `${title}：市民反映夜间施工噪音扰民。`,
        caller: CALLER,
        location: { address: ADDRESS },
      },
    });
    expect(answer.errors).toBeUndefined();
    const id = answer.data!.createTicket.id;
    tickets[division]!.push(id);
    return id;
  };

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100', '320200', '330100'],
    });
    proxy = await startSwitchableProxy(federation.nodeUrl('320100'));
    province = federation.syncConsumer('320000', ['320100', '320200']);
    ministry = federation.syncConsumer('000000', ['320000']);
    nanjing = federation.syncConsumer('320100', ['320000']);
    provinceFromMinistry = federation.syncConsumer('320000', ['000000']);
    for (const consumer of [province, ministry, nanjing, provinceFromMinistry]) {
      // Registers the sources without starting the loops: the tests step them.
      await consumer.registerSources();
    }
  });

  afterAll(async () => {
    await proxy?.close();
    await federation?.close();
  });

  it('serves a feed only to the sync accounts of the parent and the children', async () => {
    const serviceToken = (division: string) =>
      serviceTokenSource({
        keycloakUrl: federation.identity.url,
        realm: 'city-ops',
        clientId: `node-${division}`,
        clientSecret: `node-${division}-secret`,
      })();
    const ask = async (node: string, token: string) => {
      const answer = await askFeed(federation, node, token);
      return answer.error?.extensions?.['code'] ?? answer.status;
    };
    expect(await ask('320100', await serviceToken('320000'))).toBe(200);
    // Another province's sync account, the ministry (not the parent of a city), a sibling city, a user.
    expect(await ask('330100', await serviceToken('320000'))).toBe('FORBIDDEN');
    expect(await ask('320100', await serviceToken('000000'))).toBe('FORBIDDEN');
    expect(await ask('320100', await serviceToken('320200'))).toBe('FORBIDDEN');
    expect(await ask('320100', federation.token('supervisor.320000'))).toBe('FORBIDDEN');
    expect(await askFeed(federation, '320100', 'not-a-token')).toMatchObject({
      status: 401,
      error: { extensions: { code: 'UNAUTHENTICATED' } },
    });
    // Bad parameters name the field.
    for (const [query, field] of [
      ['after=-1', 'after'],
      ['after=0&limit=1001', 'limit'],
      ['after=0&waitSeconds=soon', 'waitSeconds'],
    ] as const) {
      expect(
        await askFeed(federation, '320100', await serviceToken('320000'), query),
      ).toMatchObject({ status: 400, error: { extensions: { code: 'BAD_USER_INPUT', field } } });
    }
    // The feed is node to node: no GraphQL field serves it, at a node or at the gateway.
    const asField = await postGraphQL(
      federation.nodeUrl('320100'),
      await serviceToken('320000'),
      '{ changes(after: "0") { head } }',
    );
    expect(asField.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const atGateway = await federation.query(
      federation.token('supervisor.320000'),
      '{ changes(after: "0") { head } }',
    );
    expect(atGateway.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('shows each caller only the sync sources inside their scope, in syncStatus and /metrics', async () => {
    const sourcesSeen = async (user: string, node?: string) => {
      const answer = await federation.query<{ syncStatus: { sources: SourceLag[] } }>(
        federation.token(user),
        /* GraphQL */ `
          query ($node: String) {
            syncStatus(node: $node) {
              node {
                code
              }
              sources {
                source {
                  code
                }
              }
            }
          }
        `,
        { node },
      );
      expect(answer.errors, `${user} at ${node}`).toBeUndefined();
      return answer.data!.syncStatus.sources.map((entry) => entry.source.code).sort();
    };
    // The province and the ministry see every source of the province's node.
    expect(await sourcesSeen('supervisor.320000')).toEqual(['000000', '320100', '320200']);
    expect(await sourcesSeen('analyst.000000', '320000')).toEqual(['000000', '320100', '320200']);
    // A city's supervisor or auditor sees its own city's source at the province, never a
    // sibling's lag and last error, nor how the province hears from the ministry.
    expect(await sourcesSeen('supervisor.320100', '320000')).toEqual(['320100']);
    expect(await sourcesSeen('auditor.320200', '320000')).toEqual(['320200']);
    // …and how its own node hears from its province.
    expect(await sourcesSeen('supervisor.320100')).toEqual(['320000']);
    // A province's supervisor sees its own source at the ministry.
    expect(await sourcesSeen('supervisor.320000', '000000')).toEqual(['320000']);
    // Another province's people are not served by this province's node at all.
    const outside = await federation.query(
      federation.token('supervisor.330100'),
      '{ syncStatus(node: "320000") { sources { state } } }',
    );
    expect(outside.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    // /metrics: a token that may sync.read, the same sources as syncStatus.
    const sourcesIn = async (user: string) => {
      const response = await provinceMetrics(user);
      expect(response.status).toBe(200);
      return [...new Set((await response.text()).match(/source="\d{6}"/g))].sort();
    };
    expect(await sourcesIn('supervisor.320000')).toEqual([
      'source="000000"',
      'source="320100"',
      'source="320200"',
    ]);
    expect(await sourcesIn('supervisor.320100')).toEqual(['source="320100"']);
    const anonymous = await fetch(federation.nodeUrl('320000').replace('/graphql', '/metrics'));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const agent = await provinceMetrics('agent.320100');
    expect(agent.status).toBe(403);
    expect(await agent.text()).not.toContain('city_ops_sync');
  });

  it('replicates two cities masked to their province, with histories, and rollups to the ministry', async () => {
    await createTicket('320100', '南京噪音一');
    await createTicket('320100', '南京噪音二');
    await createTicket('320200', '无锡噪音一');
    await drain(province, ['320100', '320200'], federation);

    const replicas = await federation
      .database('320000')
      .selectFrom('hotline_ticket')
      .select(['id', 'division', 'caller_name', 'caller_phone', 'address'])
      .execute();
    expect(replicas.map((row) => row.id).sort()).toEqual(
      [...tickets['320100']!, ...tickets['320200']!].sort(),
    );
    for (const row of replicas) {
      expect(row.caller_name).toBe('王**');
      expect(row.caller_phone).toMatch(/^139\*+5678$/);
      expect(row.address).toBe('玄武区北京东路***');
    }
    expect(await countRows(federation, '320000', 'record_history')).toBe(3);

    await drain(ministry, ['320000'], federation);
    const rollups = await federation
      .database('000000')
      .selectFrom('daily_rollup')
      .select(['division', 'record_kind', 'counts'])
      .execute();
    const created = (city: string) =>
      rollups
        .filter((row) => row.division === city && row.record_kind === 'hotline_ticket')
        .reduce((sum, row) => sum + Number(row.counts['created'] ?? 0), 0);
    expect(created('320100')).toBe(2);
    expect(created('320200')).toBe(1);
    // The ministry holds no record that is not flagged.
    expect(await countRows(federation, '000000', 'hotline_ticket')).toBe(0);

    for (const node of ['320000', '000000']) {
      const stored = await everyStoredText(federation, node);
      expect(stored).not.toContain(CALLER.phone);
      expect(stored).not.toContain(CALLER.name);
      expect(stored).not.toContain(ADDRESS);
    }
  });

  it('changes nothing when the same batch is applied twice', async () => {
    await createTicket('320100', '南京噪音三');
    const token = await serviceTokenSource({
      keycloakUrl: federation.identity.url,
      realm: 'city-ops',
      clientId: 'node-320000',
      clientSecret: 'node-320000-secret',
    })();
    const { applied } = await federation
      .database('320000')
      .selectFrom('sync_source')
      .select('applied')
      .where('source', '=', '320100')
      .executeTakeFirstOrThrow();
    const batch = await pullChanges({
      url: federation.nodeUrl('320100'),
      token,
      after: applied,
      limit: 500,
      waitSeconds: 0,
    });
    expect(batch.changes.length).toBeGreaterThan(0);
    const runtime = federation.runtime('320000');
    expect(await applyBatch(runtime, '320100', applied, batch)).toBe(true);
    const snapshot = async () => ({
      tickets: await federation
        .database('320000')
        .selectFrom('hotline_ticket')
        .select(['id', 'version'])
        .orderBy('id')
        .execute(),
      history: await countRows(federation, '320000', 'record_history'),
      rollups: await federation
        .database('320000')
        .selectFrom('daily_rollup')
        .select(['day', 'category', 'counts', 'version'])
        .orderBy('day')
        .execute(),
      feed: await countRows(federation, '320000', 'change_log'),
    });
    const once = await snapshot();
    // The cursor moved: the same batch is refused as already applied …
    expect(await applyBatch(runtime, '320100', applied, batch)).toBe(false);
    // … and delivered again from the old cursor (at-least-once), it changes nothing.
    await federation
      .database('320000')
      .updateTable('sync_source')
      .set({ applied })
      .where('source', '=', '320100')
      .execute();
    expect(await applyBatch(runtime, '320100', applied, batch)).toBe(true);
    expect(await snapshot()).toEqual(once);
  });

  it('loses and duplicates nothing when the consumer dies after applying rows but before committing', async () => {
    await createTicket('320100', '南京噪音四');
    let crash = true;
    const fragile = federation.syncConsumer('320000', ['320100'], {
      hooks: {
        beforeCommit: () => {
          if (crash) throw new Error('injected crash before commit');
        },
      },
    });
    const before = await countRows(federation, '320000', 'hotline_ticket');
    await expect(
      fragile.syncOnce({ division: '320100', url: federation.nodeUrl('320100') }),
    ).rejects.toThrow('injected crash');
    expect(await countRows(federation, '320000', 'hotline_ticket')).toBe(before);
    crash = false;
    await drain(fragile, ['320100'], federation);
    expect(await countRows(federation, '320000', 'hotline_ticket')).toBe(before + 1);
    const histories = await sql<{ entity_id: string; n: string }>`
      SELECT entity_id, count(*)::text AS n FROM record_history GROUP BY entity_id HAVING count(*) > 1`.execute(
      federation.database('320000'),
    );
    expect(histories.rows).toEqual([]);
  });

  it('a running consumer killed mid-drain, then another started from its cursor: every write once, replicas and rollups equal to the city', async () => {
    const dispatcher = federation.token('dispatcher.320100');
    const acknowledged: AcknowledgedTicket[] = [];
    for (let index = 0; index < 10; index += 1) {
      const title = `中途停止 ${index}`;
      acknowledged.push({ id: await createTicket('320100', title), title });
    }
    // A few records at version 2, so a replica left at version 1 would be stale.
    for (const { id } of acknowledged.slice(0, 3)) {
      const dispatched = await federation.query(
        dispatcher,
        `mutation ($i: DispatchTicketInput!) { dispatchTicket(input: $i) { version } }`,
        { i: { id, version: 1, leadUnit: '320100-cg' } },
      );
      expect(dispatched.errors).toBeUndefined();
    }
    await sealedAtNanjing();
    const rowSets = {
      city: federation.database('320100'),
      cityDivision: '320100',
      province: federation.database('320000'),
      acknowledged,
      timeZone: federation.runtime('320000').timeZone,
    };

    // Pages of 4 changes (a ticket and its history entry are two); the third page dies
    // after its rows are written, before its commit, and so does every page after it.
    let pages = 0;
    let killed!: () => void;
    const dead = new Promise<void>((resolve) => (killed = resolve));
    const doomed = federation.syncConsumer('320000', ['320100'], {
      batchSize: 4,
      hooks: {
        beforeCommit: () => {
          pages += 1;
          if (pages < 3) return;
          killed();
          throw new Error('injected: the consumer dies mid-batch');
        },
      },
    });
    await doomed.start();
    await dead;
    await doomed.stop();
    const replicated = await federation
      .database('320000')
      .selectFrom('hotline_ticket')
      .select('id')
      .where(
        'id',
        'in',
        acknowledged.map((ticket) => ticket.id),
      )
      .execute();
    // It died mid-drain: some of the writes arrived, not all — and the comparison says so.
    expect(replicated.length).toBeGreaterThan(0);
    expect(replicated.length).toBeLessThan(acknowledged.length);
    await expect(expectRowSetsAgree(rowSets)).rejects.toThrow(/replicas of 320100/);

    const restarted = federation.syncConsumer('320000', ['320100'], { batchSize: 4 });
    await restarted.start();
    try {
      await untilProvinceHasApplied(rowSets);
    } finally {
      await restarted.stop();
    }
    await expectRowSetsAgree(rowSets);
  });

  it('shows what waits, and since when, while applying keeps failing', async () => {
    await drain(province, ['320100'], federation);
    // The crashes and kills above made batches be pulled and applied again: repeats, never stale.
    expect(await provinceSource()).toMatchObject({
      lagChanges: 0,
      oldestPendingSeconds: 0,
      staleChanges: 0,
    });
    await createTicket('320100', '南京噪音四之二');
    await sealedAtNanjing();
    const failing = federation.syncConsumer('320000', ['320100'], {
      hooks: {
        beforeCommit: () => {
          throw new Error('injected apply failure');
        },
      },
    });
    await expect(
      failing.syncOnce({ division: '320100', url: federation.nodeUrl('320100') }),
    ).rejects.toThrow('injected apply failure');
    // The source's answer was stored before the apply failed: the ticket and its history entry wait.
    const first = await provinceSource();
    expect(first.lagChanges).toBe(2);
    expect(BigInt(first.head) - BigInt(first.applied)).toBe(2n);
    expect(first.oldestPendingAt).toEqual(expect.any(String));
    expect(first.answeredAt).toEqual(expect.any(String));
    expect(first.oldestPendingSeconds).toBeGreaterThan(0);
    expect(first.lagSeconds).toBeGreaterThanOrEqual(first.oldestPendingSeconds);
    await pause(50);
    const later = await provinceSource();
    expect(later.lagChanges).toBe(2);
    expect(later.oldestPendingSeconds).toBeGreaterThan(first.oldestPendingSeconds);
    expect(await provinceGauge('city_ops_sync_lag_changes')).toBe(2);
    expect(await provinceGauge('city_ops_sync_oldest_pending_seconds')).toBeGreaterThan(
      later.oldestPendingSeconds,
    );
    expect(await provinceGauge('city_ops_sync_lag_seconds')).toBeGreaterThan(0);

    await drain(province, ['320100'], federation);
    expect(await provinceSource()).toMatchObject({
      lagChanges: 0,
      oldestPendingAt: null,
      oldestPendingSeconds: 0,
    });
  });

  it('catches up with everything after its source was down for a while', async () => {
    const viaProxy = federation.syncConsumer('320000', ['320100'], {
      urls: { '320100': proxy.url },
    });
    proxy.up = false;
    await createTicket('320100', '南京噪音五');
    await expect(viaProxy.syncOnce({ division: '320100', url: proxy.url })).rejects.toThrow(
      /cannot reach/,
    );
    await createTicket('320100', '南京噪音六');
    proxy.up = true;
    for (let turn = 0; turn < 20; turn += 1) {
      if ((await viaProxy.syncOnce({ division: '320100', url: proxy.url })) === 'CAUGHT_UP') break;
    }
    const ids = (
      await federation.database('320000').selectFrom('hotline_ticket').select('id').execute()
    ).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(tickets['320100']!));
  });

  it('backs off while a source is down and reports it in syncStatus and /metrics, then recovers', async () => {
    const looping = federation.syncConsumer('320000', ['320100'], {
      urls: { '320100': proxy.url },
    });
    proxy.up = false;
    await looping.start();
    const supervisor = federation.token('supervisor.320000');
    const status = async () =>
      (
        await federation.query<{
          syncStatus: {
            sources: {
              source: { code: string };
              state: string;
              lastError: string | null;
              lagChanges: number;
            }[];
          };
        }>(
          supervisor,
          '{ syncStatus { sources { source { code } state lastError lagChanges lagSeconds currentTo } } }',
        )
      ).data?.syncStatus.sources.find((source) => source.source.code === '320100');
    await expect.poll(status, { timeout: 10_000 }).toMatchObject({ state: 'BACKING_OFF' });
    expect((await status())?.lastError).toMatch(/cannot reach/);
    proxy.up = true;
    const id = await createTicket('320100', '南京噪音七');
    await expect
      .poll(
        async () =>
          (
            await federation
              .database('320000')
              .selectFrom('hotline_ticket')
              .select('id')
              .where('id', '=', id)
              .execute()
          ).length,
        {
          timeout: 15_000,
        },
      )
      .toBe(1);
    await expect
      .poll(status, { timeout: 10_000 })
      .toMatchObject({ state: 'CAUGHT_UP', lagChanges: 0 });
    const metrics = await (await provinceMetrics()).text();
    expect(metrics).toMatch(/city_ops_sync_lag_changes\{node="320000",source="320100"\} 0/);
    await looping.stop();
  });

  it('keeps counting what waits, and for how long, while its source is down after a pull', async () => {
    await drain(province, ['320100'], federation);
    await createTicket('320100', '南京噪音七之二');
    await createTicket('320100', '南京噪音七之三');
    await sealedAtNanjing();
    // One change at a time: a pull leaves three behind, then the source goes away.
    const stepping = federation.syncConsumer('320000', ['320100'], {
      urls: { '320100': proxy.url },
      batchSize: 1,
    });
    expect(await stepping.syncOnce({ division: '320100', url: proxy.url })).toBe('CATCHING_UP');
    proxy.up = false;
    await stepping.start();
    await expect.poll(async () => (await provinceSource()).state).toBe('BACKING_OFF');
    const first = await provinceSource();
    expect(first.lagChanges).toBe(3);
    expect(first.oldestPendingSeconds).toBeGreaterThan(0);
    expect(first.lagSeconds).toBeGreaterThanOrEqual(first.oldestPendingSeconds);
    await pause(50);
    const later = await provinceSource();
    expect(later).toMatchObject({ state: 'BACKING_OFF', lagChanges: 3 });
    expect(later.oldestPendingSeconds).toBeGreaterThan(first.oldestPendingSeconds);
    await stepping.stop();
    // Stopped, it still says how far behind it is.
    await pause(50);
    const stopped = await provinceSource();
    expect(stopped.lagChanges).toBe(3);
    expect(stopped.oldestPendingSeconds).toBeGreaterThan(later.oldestPendingSeconds);
    proxy.up = true;
    await drain(province, ['320100'], federation);
  });

  it('resumes as soon as its source answers /readyz again, however long its backoff has grown', async () => {
    const outage = await startSwitchableProxy(federation.nodeUrl('320100'));
    try {
      outage.up = false;
      // A backoff far longer than the test may run: only the readiness probe can end it early.
      const patient = federation.syncConsumer('320000', ['320100'], {
        urls: { '320100': outage.url },
        backoff: { initialMs: 120_000, maxMs: 120_000 },
      });
      await patient.start();
      await expect
        .poll(() => outage.received('GET /readyz'), { timeout: 10_000 })
        .toBeGreaterThanOrEqual(3);
      // One pull failed; since then it only asked whether the source is back.
      expect(outage.received('GET /sync/changes')).toBe(1);
      expect(await provinceSource()).toMatchObject({ state: 'BACKING_OFF' });

      const id = await createTicket('320100', '南京噪音七之四');
      outage.up = true;
      await expect.poll(() => replicated(id), { timeout: 20_000 }).toBe(1);
      expect(outage.received('GET /sync/changes')).toBeGreaterThanOrEqual(2);
      await patient.stop();
    } finally {
      await outage.close();
    }
  });

  it("pulls again as soon as its source is ready after the source's database failed (SERVICE_UNAVAILABLE), however long its backoff has grown", async () => {
    const nanjingDb = federation.database('320100');
    // Sealing fails as a terminated backend would: the feed answers SERVICE_UNAVAILABLE
    // while the node stays ready (its /readyz only asks for SELECT 1).
    await sql`
      CREATE FUNCTION test_seal_fault() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'injected 57P01 while sealing' USING ERRCODE = '57P01';
      END $$`.execute(nanjingDb);
    await sql`CREATE TRIGGER test_seal_fault BEFORE UPDATE OF position ON change_log FOR EACH ROW EXECUTE FUNCTION test_seal_fault()`.execute(
      nanjingDb,
    );
    let patient: SyncConsumer | undefined;
    let id: string;
    try {
      id = await createTicket('320100', '南京噪音七之五');
      // A backoff far longer than the test may run: only the readiness probe can end it early.
      patient = federation.syncConsumer('320000', ['320100'], {
        backoff: { initialMs: 120_000, maxMs: 120_000 },
      });
      await patient.start();
      await expect
        .poll(async () => (await provinceSource()).lastError, { timeout: 10_000 })
        .toMatch(/answered SERVICE_UNAVAILABLE/);
      expect(await replicated(id)).toBe(0);
    } finally {
      await sql`DROP TRIGGER test_seal_fault ON change_log`.execute(nanjingDb);
      await sql`DROP FUNCTION test_seal_fault()`.execute(nanjingDb);
    }
    try {
      await expect.poll(() => replicated(id), { timeout: 20_000 }).toBe(1);
    } finally {
      await patient?.stop();
    }
  });

  it('stops at once while backing off, and probes no more', async () => {
    const outage = await startSwitchableProxy(federation.nodeUrl('320100'));
    try {
      outage.up = false;
      const stopping = federation.syncConsumer('320000', ['320100'], {
        urls: { '320100': outage.url },
        backoff: { initialMs: 120_000, maxMs: 120_000 },
      });
      await stopping.start();
      await expect.poll(() => outage.received('GET /readyz')).toBeGreaterThanOrEqual(1);
      expect(outage.received('GET /sync/changes')).toBe(1);
      // Within the test's time, so not after the two-minute backoff.
      await stopping.stop();
      await pause(100);
      const probes = outage.received('GET /readyz');
      await pause(1_200);
      expect(outage.received('GET /readyz')).toBe(probes);
      expect(outage.received('GET /sync/changes')).toBe(1);
    } finally {
      await outage.close();
    }
  });

  it('flows a supervision order down to the city and the reply back up; the gateway merges the orders onto the record', async () => {
    const [ticketId] = tickets['320100']!;
    const supervisor = federation.token('supervisor.320000');
    const deadline = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const issued = await federation.query<{
      issueSupervisionOrder: { id: string; number: string };
    }>(
      supervisor,
      /* GraphQL */ `
        mutation ($input: IssueSupervisionOrderInput!) {
          issueSupervisionOrder(input: $input) {
            id
            number
            level
            issuer {
              code
            }
          }
        }
      `,
      {
        input: {
          recordId: ticketId,
          recordKind: 'HOTLINE_TICKET',
          level: 'LISTED',
          deadline,
          instructions: '三日内处理到位并反馈。',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    const orderId = issued.data!.issueSupervisionOrder.id;
    // Bad input names the field and stores nothing.
    const bad = await federation.query(
      supervisor,
      /* GraphQL */ `
        mutation ($input: IssueSupervisionOrderInput!) {
          issueSupervisionOrder(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          recordId: ticketId,
          recordKind: 'HOTLINE_TICKET',
          level: 'ROUTINE',
          deadline: '2020-01-01T00:00:00Z',
          instructions: '三日内处理到位。',
        },
      },
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.deadline',
    });
    expect(await countRows(federation, '320000', 'supervision_order')).toBe(1);

    await drain(nanjing, ['320000'], federation);
    // The city received the order and nothing else from its parent: no records, no other city's data.
    expect(
      (
        await federation.database('320100').selectFrom('supervision_order').select('id').execute()
      ).map((row) => row.id),
    ).toEqual([orderId]);
    expect(
      await federation
        .database('320100')
        .selectFrom('hotline_ticket')
        .select('id')
        .where('division', 'not like', '3201%')
        .execute(),
    ).toEqual([]);

    const dispatcher = federation.token('dispatcher.320100');
    const onRecord = /* GraphQL */ `
      query ($id: ID!) {
        ticket(id: $id) {
          id
          supervisionOrders {
            id
            level
            state
            steps {
              action
              comment
            }
          }
        }
      }
    `;
    const atCity = await federation.queryNode<{ ticket: { supervisionOrders: { id: string }[] } }>(
      '320100',
      dispatcher,
      onRecord,
      { id: ticketId },
    );
    expect(atCity.data?.ticket.supervisionOrders.map((order) => order.id)).toEqual([orderId]);

    const step = async (mutation: string, input: Record<string, unknown>) => {
      const answer = await federation.query(
        dispatcher,
        `mutation ($input: ${mutation === 'assignSupervisionOrder' ? 'AssignSupervisionOrderInput' : 'SupervisionStepInput'}!) { ${mutation}(input: $input) { id state } }`,
        { input: { orderId, ...input } },
      );
      expect(answer.errors).toBeUndefined();
    };
    await step('signSupervisionOrder', {});
    await step('assignSupervisionOrder', { unit: '320100-cg' });
    await step('replyToSupervisionOrder', { comment: '已责成城管部门处理，今日清理完毕。' });
    await drain(province, ['320100'], federation);
    const merged = await federation.query<{
      ticket: { supervisionOrders: { id: string; state: string; steps: unknown[] }[] };
    }>(supervisor, onRecord, { id: ticketId });
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.ticket.supervisionOrders).toEqual([
      {
        id: orderId,
        level: 'LISTED',
        state: 'REPLIED',
        steps: [
          { action: 'SIGN', comment: null },
          { action: 'ASSIGN', comment: null },
          { action: 'REPLY', comment: '已责成城管部门处理，今日清理完毕。' },
        ],
      },
    ]);

    // The supervised record is passed up to the ministry as flagged.
    await drain(ministry, ['320000'], federation);
    expect(
      (await federation.database('000000').selectFrom('hotline_ticket').select('id').execute()).map(
        (row) => row.id,
      ),
    ).toEqual([ticketId]);
  });

  it('flows a ministry directive through the province to its cities', async () => {
    const analyst = federation.token('analyst.000000');
    const issued = await federation.query<{ issueDirective: { id: string } }>(
      analyst,
      /* GraphQL */ `
        mutation ($input: IssueDirectiveInput!) {
          issueDirective(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          division: '320000',
          title: '关于开展夜间施工噪音专项整治的通知',
          body: '各市于本月底前完成排查。',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    await drain(provinceFromMinistry, ['000000'], federation);
    await drain(nanjing, ['320000'], federation);
    const directives = await federation.query<{ directives: { id: string }[] }>(
      federation.token('dispatcher.320100'),
      '{ directives { id title } }',
    );
    expect(directives.data?.directives.map((directive) => directive.id)).toEqual([
      issued.data!.issueDirective.id,
    ]);
  });

  it('serves the province replica, with its freshness, when the owner city is down', async () => {
    const [ticketId] = tickets['320200']!;
    await drain(province, ['320200'], federation);
    await federation.stopNode('320200');
    const answer = await federation.query<{
      ticket: { id: string; replica: { source: { code: string }; currentTo: string } };
    }>(
      federation.token('supervisor.320000'),
      /* GraphQL */ `
        query ($id: ID!) {
          ticket(id: $id) {
            id
            caller {
              phone
            }
            replica {
              source {
                code
              }
              currentTo
            }
          }
        }
      `,
      { id: ticketId },
    );
    expect(answer.data?.ticket).toMatchObject({
      id: ticketId,
      replica: { source: { code: '320200' } },
    });
    expect(answer.data?.ticket.replica.currentTo).toEqual(expect.any(String));
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NODE_UNAVAILABLE' });

    // The city's own agent, who sees callers unmasked at the city node, gets the replica's
    // masked values, and is told they are masked.
    const asAgent = await federation.query<{
      ticket: { caller: { name: string; phone: string; masked: boolean } };
    }>(
      federation.token('agent.320200'),
      'query ($id: ID!) { ticket(id: $id) { caller { name phone masked } } }',
      { id: ticketId },
    );
    expect(asAgent.data?.ticket.caller).toEqual({
      name: '王**',
      phone: '139****5678',
      masked: true,
    });

    // A provincial list reads the down city's part from the replicas, and says so.
    const list = await federation.query<{
      tickets: { nodes: { id: string; replica: { source: { code: string } } | null }[] };
    }>(
      federation.token('supervisor.320000'),
      /* GraphQL */ `
        {
          tickets(division: "320000", first: 100) {
            nodes {
              id
              replica {
                source {
                  code
                }
              }
            }
          }
        }
      `,
    );
    const fromWuxi = list.data?.tickets.nodes.filter((node) => node.id.startsWith('320200-')) ?? [];
    expect(fromWuxi.map((node) => node.id).sort()).toEqual([...tickets['320200']!].sort());
    expect(fromWuxi.every((node) => node.replica?.source.code === '320200')).toBe(true);
    expect(
      list.data?.tickets.nodes
        .filter((node) => node.id.startsWith('320100-'))
        .every((node) => node.replica === null),
    ).toBe(true);
    expect(list.errors?.[0]?.extensions).toMatchObject({
      code: 'NODE_UNAVAILABLE',
      node: '320200',
    });
  });

  it('resynchronises from zero when a source was rebuilt (new epoch)', async () => {
    await sql`UPDATE node_identity SET epoch = gen_random_uuid()`.execute(
      federation.database('320100'),
    );
    const state = await province.syncOnce({
      division: '320100',
      url: federation.nodeUrl('320100'),
    });
    expect(state).toBe('RESYNCING');
    const source = await federation
      .database('320000')
      .selectFrom('sync_source')
      .selectAll()
      .where('source', '=', '320100')
      .executeTakeFirstOrThrow();
    expect(source).toMatchObject({ applied: '0', resyncs: 1, state: 'RESYNCING' });
    expect(source.last_error).toMatch(/rebuilt/);
    await drain(province, ['320100'], federation);
    const ids = (
      await federation
        .database('320000')
        .selectFrom('hotline_ticket')
        .select('id')
        .where('division', 'like', '3201%')
        .execute()
    ).map((row) => row.id);
    expect(ids.sort()).toEqual([...tickets['320100']!].sort());
  });

  it('pauses a source whose payload has an unknown schema version, with a clear error, and applies none of it', async () => {
    await createTicket('320100', '南京噪音八');
    await sql`UPDATE change_log SET schema_version = 99 WHERE position IS NULL OR position = (SELECT max(position) FROM change_log)`.execute(
      federation.database('320100'),
    );
    const before = await countRows(federation, '320000', 'hotline_ticket');
    const state = await province.syncOnce({
      division: '320100',
      url: federation.nodeUrl('320100'),
    });
    expect(state).toBe('PAUSED');
    const source = await federation
      .database('320000')
      .selectFrom('sync_source')
      .selectAll()
      .where('source', '=', '320100')
      .executeTakeFirstOrThrow();
    expect(source.state).toBe('PAUSED');
    expect(source.last_error).toMatch(/schema version 99/);
    expect(await countRows(federation, '320000', 'hotline_ticket')).toBe(before);
    expect(await province.syncOnce({ division: '320100', url: federation.nodeUrl('320100') })).toBe(
      'PAUSED',
    );
    // Paused, it still says what waits and since when.
    const paused = await provinceSource();
    expect(paused.state).toBe('PAUSED');
    expect(paused.lagChanges).toBeGreaterThan(0);
    expect(paused.oldestPendingSeconds).toBeGreaterThan(0);
    expect(paused.lagSeconds).toBeGreaterThanOrEqual(paused.oldestPendingSeconds);
    await pause(50);
    expect((await provinceSource()).oldestPendingSeconds).toBeGreaterThan(
      paused.oldestPendingSeconds,
    );
  });
});
