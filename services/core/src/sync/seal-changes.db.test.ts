import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createTestNodeDatabase,
  createDatabase,
  postgresTarget,
  startPostgresServer,
} from '@city-ops/test';
import type { TestNodeDatabase, PostgresServer } from '@city-ops/test';
import { NODE_SYNC_ROLE, createLogger } from '@city-ops/kernel';
import type { Principal } from '@city-ops/kernel';
import { DEFAULT_DEADLINE_RULES } from '../calendar/deadline-rules.js';
import { DEFAULT_WORKING_HOURS } from '../calendar/working-hours.js';
import { planNodes } from '../database/explain-plan.js';
import type { PlanNode } from '../database/explain-plan.js';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import type { NodeRuntime } from '../node-context.js';
import { readChangeBatch } from './change-feed.js';
import { explainFeedPage } from './feed-page.js';
import { completeUpTo, explainSeal, feedHead, SEAL_BATCH, sealChanges } from './seal-changes.js';

/**
 * Sealing a backlog that piled up while nobody read the feed, with the planner's statistics
 * of the change log taken while every row was sealed (autovacuum off, no ANALYZE since): the
 * planner believes no row waits. Each seal must still touch only its own batch, and the feed
 * must come out dense, in (txid, seq) order, with nothing skipped.
 */
describe('sealing a change-log backlog with stale statistics', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  let node: NodeRuntime;
  let written = 0;

  /** `count` changes of 南京, `perTransaction` to a transaction, none sealed. */
  const writeChanges = async (count: number, perTransaction = 1000) => {
    for (let first = 0; first < count; first += perTransaction) {
      const from = written + first + 1;
      const to = written + Math.min(first + perTransaction, count);
      await sql`
        INSERT INTO change_log (entity, entity_id, version, operation, payload, schema_version, division)
        SELECT 'hotline_ticket', '320100-' || g, 1, 'upsert', jsonb_build_object('id', '320100-' || g), 1, '320102'
        FROM generate_series(${from}::integer, ${to}::integer) AS g`.execute(database.db);
    }
    written += count;
  };

  /**
   * The feed as it was while its consumer still read it: everything sealed so far analysed so,
   * and the rows on disk in another order than their positions, as they end up once VACUUM
   * lets new rows fill freed space (here at once, by the entity index): position order costs
   * random reads.
   */
  const analyseWhileAllSealed = async () => {
    await sql`CLUSTER change_log USING change_log_entity`.execute(database.db);
    await sql`ANALYZE change_log`.execute(database.db);
  };

  const counts = async () => {
    const { rows } = await sql<{ sealed: number; unsealed: number }>`
      SELECT count(position)::integer AS sealed, (count(*) - count(position))::integer AS unsealed
      FROM change_log`.execute(database.db);
    return rows[0]!;
  };

  /** Every sealed row's position against its rank in (txid, seq) order: they must be equal. */
  const misplaced = async () => {
    const { rows } = await sql<{ n: number; top: number | null; sealed: number }>`
      SELECT count(*) FILTER (WHERE position <> rank)::integer AS n, max(position)::integer AS top,
             count(*)::integer AS sealed
      FROM (SELECT position, row_number() OVER (ORDER BY txid, seq) AS rank
            FROM change_log WHERE position IS NOT NULL) AS ranked`.execute(database.db);
    return rows[0]!;
  };

  /**
   * The seal walked the unsealed index for its batch and found each row by primary key:
   * rows visited are the batch, one lookup per row of it and the top position, nothing in
   * proportion to what waits or to the table.
   */
  const expectBoundedSeal = (root: PlanNode, batch: number) => {
    const plan = planNodes(root);
    const scans = plan.filter(
      (entry) => entry['Relation Name'] === 'change_log' && entry['Node Type'] !== 'ModifyTable',
    );
    expect(scans.map((entry) => entry['Index Name']).sort()).toEqual([
      'change_log_pkey',
      'change_log_position_key',
      'change_log_unsealed',
    ]);
    expect(plan.map((entry) => entry['Node Type'])).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Seq Scan|Bitmap|Hash Join|Merge Join|Sort/)]),
    );
    for (const entry of scans) {
      const visits = (entry['Actual Rows'] ?? 0) * (entry['Actual Loops'] ?? 1);
      expect(visits, entry['Index Name']).toBeLessThanOrEqual(batch);
    }
    for (const entry of plan) {
      expect(entry['Rows Removed by Filter'] ?? 0).toBe(0);
      expect(entry['Rows Removed by Join Filter'] ?? 0).toBe(0);
    }
  };

  const reader: Principal = {
    subject: 'service-account-node-320000',
    username: 'service-account-node-320000',
    roles: [NODE_SYNC_ROLE],
    division: '320000',
    department: undefined,
    grid: undefined,
    clientId: 'node-320000',
    token: '',
    expiresAt: new Date(Date.now() + 3_600_000),
  };

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('seal_changes');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    await database.db
      .insertInto('node_identity')
      .values({ tier: 'city', division: '320100' })
      .execute();
    node = {
      tier: 'city',
      // The part of a city's spoke the feed asks about: everything it writes flows up.
      spoke: { tier: 'city', ownsRecords: true, feedFlowsWholeUp: true, resolvers: [] },
      division: '320100',
      db: database.db,
      logger: createLogger('seal-changes-test', 'silent'),
      timeZone: 'Asia/Shanghai',
      workingTime: { timeZone: 'Asia/Shanghai', workingHours: DEFAULT_WORKING_HOURS },
      deadlineRules: DEFAULT_DEADLINE_RULES,
      startedAt: new Date(),
    };
    await sql`ALTER TABLE change_log SET (autovacuum_enabled = off)`.execute(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  // Each test writes the change log it seals or reads (written in the test, not here:
  // mutation testing attributes what a test runs to it), whatever another left behind.
  beforeEach(async () => {
    await sql`TRUNCATE change_log`.execute(database.db);
  });

  it('seals a backlog a bounded batch at a time, walking the unsealed index, dense and in (txid, seq) order', async () => {
    await writeChanges(200);
    // Nothing sealed yet: the feed is empty, and complete only up to its oldest waiting change.
    expect(await feedHead(database.db)).toEqual({ head: '0', headAt: null });
    const { rows: oldest } = await sql<{ at: Date }>`
      SELECT min(created_at) AS at FROM change_log WHERE position IS NULL`.execute(database.db);
    expect(await completeUpTo(database.db)).toEqual(oldest[0]?.at);
    while ((await sealChanges(database.db)) > 0);
    const { rows: newest } = await sql<{ at: Date }>`
      SELECT created_at AS at FROM change_log WHERE position = 200`.execute(database.db);
    expect(await feedHead(database.db)).toEqual({ head: '200', headAt: newest[0]?.at });
    await analyseWhileAllSealed();
    await writeChanges(5_000);
    // The statistics are stale: they say no row of the change log lacks a position.
    const { rows: statistics } = await sql<{ null_frac: number }>`
      SELECT null_frac FROM pg_stats WHERE tablename = 'change_log' AND attname = 'position'`.execute(
      database.db,
    );
    expect(statistics).toEqual([{ null_frac: 0 }]);
    expect(await counts()).toEqual({ sealed: 200, unsealed: 5_000 });

    expectBoundedSeal(await explainSeal(database.db, 500), 500);
    // The explained seal was rolled back.
    expect(await counts()).toEqual({ sealed: 200, unsealed: 5_000 });

    expect(await sealChanges(database.db, 500)).toBe(500);
    expect(await counts()).toEqual({ sealed: 700, unsealed: 4_500 });
    expect(await misplaced()).toEqual({ n: 0, top: 700, sealed: 700 });

    let seals = 0;
    while ((await sealChanges(database.db, 500)) > 0) seals += 1;
    expect(seals).toBe(9);
    expect(await counts()).toEqual({ sealed: 5_200, unsealed: 0 });
    expect(await misplaced()).toEqual({ n: 0, top: 5_200, sealed: 5_200 });
  });

  it('serves a backlog nobody sealed yet, sealing at most one batch per read, with nothing skipped', async () => {
    // A feed read up to 200, then a backlog of 2 500 that piled up unsealed.
    await writeChanges(200);
    while ((await sealChanges(database.db)) > 0);
    await writeChanges(2_500);
    const before = await counts();
    expect(before).toEqual({ sealed: 200, unsealed: 2_500 });
    const served: number[] = [];
    let after = String(before.sealed);
    for (let read = 0; read < 10; read += 1) {
      const sealedBefore = (await counts()).sealed;
      const batch = await readChangeBatch(node, reader, { after, limit: 1000, waitSeconds: 0 });
      // A read seals at most one batch before it serves.
      expect((await counts()).sealed - sealedBefore).toBeLessThanOrEqual(SEAL_BATCH);
      served.push(...batch.changes.map((change) => Number(change.position)));
      after = batch.reached;
      if (BigInt(batch.reached) >= BigInt(batch.head) && (await counts()).unsealed === 0) break;
    }
    const expected = Array.from({ length: 2_500 }, (_, index) => before.sealed + index + 1);
    expect(served).toEqual(expected);
    const all = before.sealed + 2_500;
    expect(await misplaced()).toEqual({ n: 0, top: all, sealed: all });
  });

  it('reads a page of a sealed backlog by walking the position index, not by sorting what lies up to the head', async () => {
    // 7 700 positions, analysed when there were 200: the planner thinks few lie ahead.
    await writeChanges(200);
    while ((await sealChanges(database.db)) > 0);
    await analyseWhileAllSealed();
    await writeChanges(7_500);
    while ((await sealChanges(database.db)) > 0);
    expect(await counts()).toEqual({ sealed: 7_700, unsealed: 0 });
    const plan = planNodes(
      await explainFeedPage(database.db, {
        after: '200',
        head: '7700',
        entities: ['hotline_ticket'],
        limit: 501,
      }),
    );
    const scans = plan.filter((entry) => entry['Relation Name'] === 'change_log');
    expect(scans.map((entry) => entry['Index Name'])).toEqual(['change_log_position_key']);
    expect(plan.map((entry) => entry['Node Type'])).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Seq Scan|Bitmap|Sort/)]),
    );
    expect(scans[0]?.['Actual Rows']).toBe(501);
    expect(scans[0]?.['Rows Removed by Filter'] ?? 0).toBe(0);
  });

  it('keeps to its batch when the statistics were taken while a backlog waited', async () => {
    // Analysed while 3 000 wait: the planner expects many unsealed rows, and left to itself it
    // would hash-join the batch to a scan of the whole table rather than look each row up.
    await writeChanges(200);
    while ((await sealChanges(database.db)) > 0);
    await writeChanges(3_000);
    await sql`ANALYZE change_log`.execute(database.db);
    const before = await counts();
    expect(before).toEqual({ sealed: 200, unsealed: 3_000 });
    expectBoundedSeal(await explainSeal(database.db, 500), 500);
    while ((await sealChanges(database.db, 500)) > 0);
    const all = before.sealed + before.unsealed;
    expect(await misplaced()).toEqual({ n: 0, top: all, sealed: all });
  });

  it('passes on what stops an explained seal instead of a plan', async () => {
    await expect(explainSeal(database.db, -1)).rejects.toThrow(/LIMIT must not be negative/);
  });
});

/**
 * A transaction still open while a seal runs: a later transaction's changes must not be
 * sealed before it, and its own change must get the next position once it commits; and
 * another sealer's: two seals must never hand out positions at the same time. PGlite is
 * one session (its pool has one connection), so no transaction can be open while another
 * seals there; this needs a server. It starts a throwaway one of its own in both legs (as
 * test/federation/connection-faults.test.ts does), which therefore run and count the same tests.
 */
describe('sealing while a transaction is open (PostgreSQL)', () => {
  let server: PostgresServer;
  let url: string;
  let database: NodeDatabase;

  beforeAll(async () => {
    server = await startPostgresServer();
    url = await createDatabase(postgresTarget(server.url), 'seal_open_transaction');
    database = await openDatabase({ url });
    await migrateNodeDatabase(database.db);
    await sql`ALTER TABLE change_log SET (autovacuum_enabled = off)`.execute(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await server?.stop();
  });

  // Each test counts positions from a change log of its own, whatever another left behind.
  beforeEach(async () => {
    await sql`TRUNCATE change_log`.execute(database.db);
  });

  const changeRow = (id: string) =>
    `INSERT INTO change_log (entity, entity_id, version, operation, payload, schema_version, division)
       VALUES ('hotline_ticket', '${id}', 1, 'upsert', '{"id": "${id}"}', 1, '320102')`;
  const insert = (id: string) => sql.raw(changeRow(id)).execute(database.db);
  const positionOf = async (id: string) =>
    (
      await database.db
        .selectFrom('change_log')
        .select('position')
        .where('entity_id', '=', id)
        .executeTakeFirstOrThrow()
    ).position;
  /** Seals until `done`: other tests' transactions on the server hold the horizon for a moment. */
  const sealUntil = async (done: () => Promise<boolean>) => {
    for (let turn = 0; turn < 200 && !(await done()); turn += 1) {
      await sealChanges(database.db, 2);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await done()).toBe(true);
  };

  it('never seals past a transaction still open, and gives its change the next position once it commits', async () => {
    await insert('before-1');
    await insert('before-2');
    const open = new pg.Client({ connectionString: url });
    await open.connect();
    try {
      await open.query('BEGIN');
      await open.query(changeRow('slow'));
      for (const id of ['after-1', 'after-2', 'after-3']) await insert(id);
      await sealUntil(async () => (await positionOf('before-2')) !== null);
      // Several seals while it is open, in batches smaller than what waits.
      for (let seal = 0; seal < 5; seal += 1) await sealChanges(database.db, 2);
      expect(await positionOf('before-1')).toBe('1');
      expect(await positionOf('before-2')).toBe('2');
      for (const id of ['after-1', 'after-2', 'after-3']) expect(await positionOf(id)).toBeNull();
      await open.query('COMMIT');
    } finally {
      await open.end();
    }
    await sealUntil(async () => (await positionOf('after-3')) !== null);
    expect(await positionOf('slow')).toBe('3');
    expect(
      await Promise.all(['after-1', 'after-2', 'after-3'].map((id) => positionOf(id))),
    ).toEqual(['4', '5', '6']);
  });

  it('waits while another sealer holds the seal lock, handing out no position until it lets go, and so does an explained seal', async () => {
    const { head } = await feedHead(database.db);
    await insert('locked-1');
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      // Another sealer in the middle of its seal: it holds the lock until its transaction ends.
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('city_ops.change_log.seal'))`);
      // A seal, and an explained one (which runs exactly as a seal does).
      const settled = { seal: false, explain: false };
      const seal = sealChanges(database.db).finally(() => {
        settled.seal = true;
      });
      const explain = explainSeal(database.db).finally(() => {
        settled.explain = true;
      });
      // Either both are seen waiting for the lock, or one of them finishes without it.
      const waiting = async () =>
        (
          await other.query<{ n: number }>(
            `SELECT count(*)::integer AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
          )
        ).rows[0]?.n;
      while (!settled.seal && !settled.explain && (await waiting()) !== 2) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(settled).toEqual({ seal: false, explain: false });
      expect(await positionOf('locked-1')).toBeNull();
      await other.query('COMMIT');
      await Promise.all([seal, explain]);
    } finally {
      await other.end();
    }
    await sealUntil(async () => (await positionOf('locked-1')) !== null);
    expect(await positionOf('locked-1')).toBe(String(Number(head) + 1));
  });
});
