import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import type { Principal } from '@city-ops/kernel';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { appendAudit } from './append-audit.js';
import { sealAuditLog } from './seal-audit-log.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const agent: Principal = {
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

/**
 * An attacker with the database owner's rights (triggers off) removes one entry and
 * re-points the next one's prev_hash, and its position, at the entry before it: every
 * link and every position then looks right, and only the hash of the re-pointed entry,
 * which covers the prev_hash it was sealed with, gives the splice away.
 */
describe('a spliced audit chain', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('audit-splice');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    for (let i = 1; i <= 5; i += 1) {
      await appendAudit(
        database.db,
        { principal: agent, requestId: `r-${i}`, clientAddress: '127.0.0.1' },
        {
          action: 'ticket.create',
          entity: 'hotline_ticket',
          entityIds: [`320100-t-${i}`],
          scope: '320106',
        },
      );
    }
    await sealAuditLog(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('is reported as changed at the entry after the one removed', async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ intact: true, entries: 5 });
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['id', 'position', 'hash'])
      .orderBy('position')
      .execute();
    const [, second, third, fourth] = rows;
    await database.db.connection().execute(async (connection) => {
      await sql`SET session_replication_role = replica`.execute(connection);
      await sql`DELETE FROM audit_log WHERE id = ${third!.id}`.execute(connection);
      await sql`UPDATE audit_log SET prev_hash = ${second!.hash} WHERE id = ${fourth!.id}`.execute(
        connection,
      );
      // Close the gap in the positions too, so nothing but the hashes is left to tell.
      await sql`UPDATE audit_log SET position = -position WHERE position > ${third!.position}`.execute(
        connection,
      );
      await sql`UPDATE audit_log SET position = -position - 1 WHERE position < 0`.execute(
        connection,
      );
      await sql`SET session_replication_role = DEFAULT`.execute(connection);
    });
    const spliced = await database.db
      .selectFrom('audit_log')
      .select(['id', 'position', 'prev_hash'])
      .orderBy('position')
      .execute();
    // The splice is clean: positions 1…4 in a row, each prev_hash the hash before it.
    expect(spliced.map((row) => Number(row.position))).toEqual([1, 2, 3, 4]);
    expect(spliced[2]).toMatchObject({ id: fourth!.id, prev_hash: second!.hash });

    const report = await verifyAuditChain(database.db);
    expect(report).toMatchObject({ intact: false, entries: 4, firstBrokenId: fourth!.id });
    // The head is still reported, to be compared with one recorded elsewhere.
    expect(report.headHash).toBe(rows.at(-1)!.hash);
    expect(report.problem).toMatch(
      /does not match its hash: it, or its link to the entry before it/,
    );
  });
});
