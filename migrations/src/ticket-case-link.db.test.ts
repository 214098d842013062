import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { openDatabase } from '@city-ops/core';
import type { NodeDatabase } from '@city-ops/core';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { createMigrator, migrateToLatest } from './index.js';

/** 20261206100000_ticket-case-link on a database that converted tickets before it. */
describe('the ticket → case link', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;
  let db: Kysely<unknown>;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('ticket-case-link');
    database = await openDatabase(
      testDatabase.pgliteSeed ? { pgliteSeed: testDatabase.pgliteSeed } : { url: testDatabase.url },
    );
    db = database.db as unknown as Kysely<unknown>;
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  it('is filled for the tickets converted before it, and only for them', async () => {
    const back = await createMigrator(db).migrateTo('20261206090000_co-unit-replies');
    expect(back.error).toBeUndefined();
    const ticket = (id: string, number: string) => sql`
      INSERT INTO hotline_ticket (id, number, origin_node, division, channel, intake_class,
        category_code, title, content, status, created_by)
      VALUES (${id}, ${number}, '320100', '320106', 'PHONE', 'COMPLAINT', '010101', '暴露垃圾',
        '小区门口垃圾堆积', 'ACCEPTED', 'agent.320100')`;
    await ticket('320100-converted', '32010020261205000001').execute(db);
    await ticket('320100-kept', '32010020261205000002').execute(db);
    await sql`
      INSERT INTO case_report (id, number, origin_node, division, source, case_type, major_class,
        minor_code, description, status, linked_ticket_id, created_by)
      VALUES ('320100-case', '320100AJ20261205000001', '320100', '320106', 'HOTLINE', 'EVENT',
        'CITY_APPEARANCE', '0101', '小区门口垃圾堆积', 'COLLECTED', '320100-converted',
        'agent.320100')`.execute(db);

    await migrateToLatest(db);
    const links = await sql<{ id: string; case_id: string | null }>`
      SELECT id, case_id FROM hotline_ticket WHERE id LIKE '320100-%' ORDER BY id`.execute(db);
    expect(links.rows).toEqual([
      { id: '320100-converted', case_id: '320100-case' },
      { id: '320100-kept', case_id: null },
    ]);
  });
});
