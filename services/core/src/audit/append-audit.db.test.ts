import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturedLog, createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import type { Principal } from '@city-ops/kernel';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { inScope } from '../database/scoped-transaction.js';
import { appendAudit } from './append-audit.js';
import { sealAuditLog, startAuditSealer } from './seal-audit-log.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const dispatcher: Principal = {
  subject: 's-7',
  username: 'dispatcher.320100',
  roles: ['dispatcher', 'hotline-agent'],
  division: '320100',
  department: undefined,
  grid: undefined,
  clientId: 'city-ops-web',
  token: '',
  expiresAt: new Date('2099-01-01T00:00:00Z'),
};
const context = { principal: dispatcher, requestId: 'req-42', clientAddress: '10.1.2.3' };

const unsealedCount = async (database: NodeDatabase) =>
  Number(
    (
      await database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('position', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('an audit entry', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('audit-append');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('records who did what to which records, from where, why and in which scope', async () => {
    await appendAudit(database.db, context, {
      action: 'personal-data.read',
      entity: 'hotline_ticket',
      entityIds: ['32010020261205000041', '32010020261205000042'],
      reason: 'caller asked for a callback',
      detail: { fields: ['caller_phone'] },
      scope: '320106',
    });
    const entry = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', 'req-42')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      actor_subject: 's-7',
      actor_username: 'dispatcher.320100',
      actor_roles: ['dispatcher', 'hotline-agent'],
      actor_division: '320100',
      action: 'personal-data.read',
      entity: 'hotline_ticket',
      entity_ids: ['32010020261205000041', '32010020261205000042'],
      reason: 'caller asked for a callback',
      client_address: '10.1.2.3',
      scope: '320106',
    });
    expect(entry.detail).toEqual({ fields: ['caller_phone'] });
  });

  it('without a reason or detail stores no reason and an empty detail', async () => {
    await appendAudit(
      database.db,
      { ...context, requestId: 'req-43' },
      { action: 'ticket.create', entity: 'hotline_ticket', entityIds: ['t-1'], scope: '320106' },
    );
    const entry = await database.db
      .selectFrom('audit_log')
      .select(['reason', 'detail'])
      .where('request_id', '=', 'req-43')
      .executeTakeFirstOrThrow();
    expect(entry.reason).toBeNull();
    expect(entry.detail).toEqual({});
  });

  it('inside a write goes out with its COMMIT, not as a statement of its own', async () => {
    const countFor = (requestId: string) =>
      database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('request_id', '=', requestId);
    const seenInside = await inScope(database.db, { division: '320100' }, async (trx) => {
      await appendAudit(
        trx,
        { ...context, requestId: 'req-44' },
        { action: 'ticket.create', entity: 'hotline_ticket', entityIds: ['t-2'], scope: '320106' },
      );
      return Number(
        (
          await trx
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('request_id', '=', 'req-44')
            .executeTakeFirstOrThrow()
        ).n,
      );
    });
    expect(seenInside).toBe(0);
    expect(Number((await countFor('req-44').executeTakeFirstOrThrow()).n)).toBe(1);
  });
});

describe('a fresh audit log', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('audit-fresh');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('is intact, with no entries and no head to record', async () => {
    expect(await verifyAuditChain(database.db)).toEqual({
      intact: true,
      entries: 0,
      firstBrokenId: null,
      problem: null,
      headHash: null,
    });
  });
});

describe('sealing the audit log', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  const append = (i: number) =>
    appendAudit(
      database.db,
      { ...context, requestId: `seal-${i}` },
      { action: 'ticket.create', entity: 'hotline_ticket', entityIds: [`t-${i}`], scope: '320106' },
    );

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('audit-seal');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('chains at most the batch asked for, and says how many it chained', async () => {
    await sealAuditLog(database.db);
    for (let i = 1; i <= 3; i += 1) await append(i);
    expect(await sealAuditLog(database.db, 2)).toBe(2);
    expect(await unsealedCount(database)).toBe(1);
    expect(await sealAuditLog(database.db, 2)).toBe(1);
    expect(await sealAuditLog(database.db)).toBe(0);
    expect(await unsealedCount(database)).toBe(0);
  });

  it('without a batch size chains the whole backlog at once', async () => {
    await sealAuditLog(database.db);
    for (let i = 4; i <= 9; i += 1) await append(i);
    expect(await sealAuditLog(database.db)).toBe(6);
    expect(await unsealedCount(database)).toBe(0);
  });

  it('happens by itself on a running node, shortly after the entry is written', async () => {
    const { logger, lines } = capturedLog('audit-sealer');
    const sealer = startAuditSealer(database.db, logger, 20);
    try {
      await append(10);
      await expect.poll(() => unsealedCount(database), { timeout: 10_000 }).toBe(0);
    } finally {
      await sealer.stop();
    }
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
  });

  it('logs a failed pass as an error and keeps the sealer alive', async () => {
    const { logger, lines } = capturedLog('audit-sealer');
    const brokenDatabase = await createTestNodeDatabase('audit-seal-broken');
    const broken = await openDatabase({
      url: brokenDatabase.url,
      pgliteSeed: brokenDatabase.pgliteSeed,
    });
    // Without its sealing function every pass fails, and not because the database is away.
    await sql`DROP FUNCTION audit_log_seal(integer)`.execute(broken.db);
    const sealer = startAuditSealer(broken.db, logger, 20);
    try {
      await expect
        .poll(() => lines.filter((line) => line.level === 50).length, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(2);
    } finally {
      await sealer.stop();
      await broken.close();
      await brokenDatabase.drop();
    }
    const failure = lines.find((line) => line.level === 50);
    expect(failure?.msg).toBe('sealing the audit log failed; retrying on the next pass');
    expect(failure?.err).toBeDefined();
  });
});
