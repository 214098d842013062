import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { appendAudit } from '../audit/append-audit.js';
import { sealAuditLog } from '../audit/seal-audit-log.js';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import type { Principal } from '@city-ops/kernel';
import { migrateNodeDatabase } from './migrate.js';
import { openDatabase } from './open-database.js';
import type { NodeDatabase } from './open-database.js';
import { inScope } from './scoped-transaction.js';
import type { NewHotlineTicket } from './tables.js';

function ticket(
  id: string,
  division: string,
  extra: Partial<NewHotlineTicket> = {},
): NewHotlineTicket {
  return {
    id,
    number: id,
    origin_node: division.slice(0, 4) + '00',
    division,
    channel: 'PHONE',
    intake_class: 'COMPLAINT',
    category_code: '010101',
    title: '占道经营',
    content: '人行道被占用',
    status: 'ACCEPTED',
    created_by: 'fixture',
    ...extra,
  };
}

const auditor: Principal = {
  subject: 's-1',
  username: 'agent.320100',
  roles: ['hotline-agent'],
  division: '320100',
  department: undefined,
  grid: undefined,
  clientId: 'city-ops-web',
  token: '',
  expiresAt: new Date('2099-01-01T00:00:00Z'),
};

/** The database layer on its own: a faulty query must not cross the row scope. */
describe('row-level security', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('rls');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    // Fixtures as the owner role, which row-level security does not apply to.
    await database.db
      .insertInto('hotline_ticket')
      .values([
        ticket('nanjing-1', '320106', { lead_unit: '320100-cg' }),
        ticket('nanjing-2', '320104', { co_units: ['320100-cg'] }),
        ticket('nanjing-3', '320115', { lead_unit: '320100-sw' }),
        ticket('wuxi-1', '320205'),
        ticket('hangzhou-1', '330106'),
      ])
      .execute();
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  const idsIn = (scope: Parameters<typeof inScope>[1]) =>
    inScope(database.db, scope, async (trx) => {
      // Deliberately no WHERE clause: only the database stands between this query and other scopes.
      const rows = await trx.selectFrom('hotline_ticket').select('id').orderBy('id').execute();
      return rows.map((row) => row.id);
    });

  it("shows a transaction keyed to a city only that city's rows", async () => {
    expect(await idsIn({ division: '320100' })).toEqual(['nanjing-1', 'nanjing-2', 'nanjing-3']);
    expect(await idsIn({ division: '320200' })).toEqual(['wuxi-1']);
    expect(await idsIn({ division: '320106' })).toEqual(['nanjing-1']);
  });

  it('widens to a province and the nation, and narrows to a unit', async () => {
    expect(await idsIn({ division: '320000' })).toEqual([
      'nanjing-1',
      'nanjing-2',
      'nanjing-3',
      'wuxi-1',
    ]);
    expect(await idsIn({ division: '000000' })).toHaveLength(5);
    expect(await idsIn({ division: '320100', unit: '320100-cg' })).toEqual([
      'nanjing-1',
      'nanjing-2',
    ]);
  });

  it('evaluates the scope settings once per statement and lets an index serve the division range', async () => {
    const plan = await inScope(database.db, { division: '320100' }, async (trx) => {
      // Tiny tables favour a sequential scan; forbid it to see whether the index can be used at all.
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      const { rows } = await sql<{
        'QUERY PLAN': string;
      }>`EXPLAIN SELECT id FROM hotline_ticket WHERE status = 'ACCEPTED'`.execute(trx);
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    // PostgreSQL 15 prints InitPlan parameters as $0, 18 as (InitPlan 1).col1.
    expect(plan).toMatch(/InitPlan 1/);
    expect(plan).toMatch(
      /Index Cond: \(\(division >= (\$\d+|\(InitPlan \d+\)\.col1)\) AND \(division < /,
    );
  });

  it('shows nothing when the role is set but the scope is not (fail closed)', async () => {
    const rows = await database.db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('role', 'city_ops_app', true)`.execute(trx);
      return trx.selectFrom('hotline_ticket').select('id').execute();
    });
    expect(rows).toEqual([]);
  });

  it('refuses to insert a row of another scope', async () => {
    await expect(
      inScope(database.db, { division: '320100' }, (trx) =>
        trx.insertInto('hotline_ticket').values(ticket('sneaky', '320205')).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await idsIn({ division: '000000' })).not.toContain('sneaky');
  });

  it('cannot update a row of another scope, nor move an own row out of scope', async () => {
    const updated = await inScope(database.db, { division: '320100' }, (trx) =>
      trx
        .updateTable('hotline_ticket')
        .set({ title: 'changed' })
        .where('id', '=', 'wuxi-1')
        .executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    await expect(
      inScope(database.db, { division: '320100' }, (trx) =>
        trx
          .updateTable('hotline_ticket')
          .set({ division: '320205' })
          .where('id', '=', 'nanjing-1')
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const wuxi = await database.db
      .selectFrom('hotline_ticket')
      .select('title')
      .where('id', '=', 'wuxi-1')
      .executeTakeFirstOrThrow();
    expect(wuxi.title).toBe('占道经营');
  });
});

const auditContext = { principal: auditor, requestId: 'r-1', clientAddress: '127.0.0.1' };

/** A migrated node database whose audit log holds five sealed entries. */
async function chainedAuditLog(name: string): Promise<[TestNodeDatabase, NodeDatabase]> {
  const testDatabase = await createTestNodeDatabase(name);
  const database = await openDatabase({
    url: testDatabase.url,
    pgliteSeed: testDatabase.pgliteSeed,
  });
  await migrateNodeDatabase(database.db);
  for (let i = 1; i <= 5; i += 1) {
    await inScope(database.db, { division: '320100' }, (trx) =>
      appendAudit(trx, auditContext, {
        action: 'ticket.create',
        entity: 'hotline_ticket',
        entityIds: [`t-${i}`],
        scope: '320106',
        detail: { i },
      }),
    );
  }
  // Entries are chained by the sealer after commit (a node runs it every second).
  await sealAuditLog(database.db);
  return [testDatabase, database];
}

/** Switches triggers off as a superuser can, to change the log behind its back. */
async function asSuperuserBypassingTriggers(
  database: NodeDatabase,
  statement: RawBuilder<unknown>,
) {
  await database.db.connection().execute(async (connection) => {
    await sql`SET session_replication_role = replica`.execute(connection);
    await statement.execute(connection);
    await sql`SET session_replication_role = DEFAULT`.execute(connection);
  });
}

describe('the audit log', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    [testDatabase, database] = await chainedAuditLog('audit');
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('chains every entry to the one before it', async () => {
    const report = await verifyAuditChain(database.db);
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['id', 'prev_hash', 'hash'])
      .orderBy('id')
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(report).toMatchObject({ intact: true, entries: rows.length, firstBrokenId: null });
    expect(rows[0]?.prev_hash).toBe('');
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);
    expect(report.headHash).toBe(rows.at(-1)?.hash);
  });

  it("cannot be changed or deleted by the node's role", async () => {
    await expect(
      inScope(database.db, { division: '320100' }, (trx) =>
        trx.updateTable('audit_log').set({ action: 'nothing' }).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inScope(database.db, { division: '320100' }, (trx) => trx.deleteFrom('audit_log').execute()),
    ).rejects.toThrow(/permission denied/);
  });

  it('refuses changes even from the owner', async () => {
    await expect(
      database.db.updateTable('audit_log').set({ action: 'nothing' }).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it('lets the sealer fill in the chain of an unsealed entry, and nothing else', async () => {
    const sealedBefore = (await verifyAuditChain(database.db)).entries;
    await appendAudit(database.db, auditContext, {
      action: 'ticket.create',
      entity: 'hotline_ticket',
      entityIds: ['t-6'],
      scope: '320106',
    });
    const unsealed = await database.db
      .selectFrom('audit_log')
      .select(['id', 'hash'])
      .where('position', 'is', null)
      .executeTakeFirstOrThrow();
    expect(unsealed.hash).toBe('');
    // Sealing while changing the entry, or unsealing a sealed one, is a change.
    await expect(
      sql`UPDATE audit_log SET position = 1000, actor_username = 'someone.else' WHERE id = ${unsealed.id}`.execute(
        database.db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`UPDATE audit_log SET position = NULL WHERE position = 1`.execute(database.db),
    ).rejects.toThrow(/append-only/);
    expect(await sealAuditLog(database.db)).toBe(1);
    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ intact: true, entries: sealedBefore + 1 });
  });
});

describe('a tampered audit log', () => {
  it('gives a changed entry away, naming the first broken link', async () => {
    const [testDatabase, database] = await chainedAuditLog('audit-changed');
    try {
      const third = await database.db
        .selectFrom('audit_log')
        .select('id')
        .orderBy('id')
        .offset(2)
        .limit(1)
        .executeTakeFirstOrThrow();
      await asSuperuserBypassingTriggers(
        database,
        sql`UPDATE audit_log SET actor_username = 'someone.else' WHERE id = ${third.id}`,
      );
      const report = await verifyAuditChain(database.db);
      expect(report.intact).toBe(false);
      expect(report.firstBrokenId).toBe(third.id);
      expect(report.problem).toMatch(/changed after it was written/);
    } finally {
      await database.close();
      await testDatabase.drop();
    }
  });

  it('gives a deleted entry away at the next link', async () => {
    const [testDatabase, database] = await chainedAuditLog('audit-deleted');
    try {
      const rows = await database.db.selectFrom('audit_log').select('id').orderBy('id').execute();
      const [, second, third] = rows;
      await asSuperuserBypassingTriggers(
        database,
        sql`DELETE FROM audit_log WHERE id = ${second!.id}`,
      );
      const report = await verifyAuditChain(database.db);
      expect(report.intact).toBe(false);
      expect(report.firstBrokenId).toBe(third!.id);
      expect(report.problem).toMatch(/does not link/);
      expect(report.headHash).toBe(
        (
          await database.db
            .selectFrom('audit_log')
            .select('hash')
            .orderBy('position', 'desc')
            .limit(1)
            .executeTakeFirstOrThrow()
        ).hash,
      );
    } finally {
      await database.close();
      await testDatabase.drop();
    }
  });
});
