import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@city-ops/kernel';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import type { Database } from '../database/tables.js';
import { canSeePersonalData, personalDataVisibleCondition } from '../permissions/personal-data.js';
import type { RecordReader } from '../permissions/personal-data.js';
import { caseKind } from './case/case-kind.js';
import { enforcementKind } from './enforcement/enforcement-kind.js';
import { listRecords } from './record-list.js';
import { textSearchConditions } from './text-search.js';
import { callerPhoneDigits } from './ticket/caller-phone.js';
import { ticketKind } from './ticket/ticket-kind.js';

const person = (roles: string[], division: string, department?: string): Principal => ({
  subject: `${roles.join('+')}.${division}`,
  username: `${roles.join('+')}.${division}`,
  roles,
  division,
  department,
  grid: undefined,
  clientId: 'city-ops-web',
  token: 'not-a-real-token',
  expiresAt: new Date('2099-01-01T00:00:00Z'),
});

const nanjing = { spoke: { ownsRecords: true }, division: '320100' };
const jiangsu = { spoke: { ownsRecords: false }, division: '320000' };

const readers: Record<string, RecordReader> = {
  agent: { principal: person(['hotline-agent'], '320100'), node: nanjing },
  dispatcher: { principal: person(['dispatcher'], '320100'), node: nanjing },
  unit: { principal: person(['handling-unit'], '320100', '320100-cg'), node: nanjing },
  otherUnit: { principal: person(['handling-unit'], '320100', '320100-sw'), node: nanjing },
  citySupervisor: { principal: person(['city-supervisor'], '320100'), node: nanjing },
  otherCityAgent: { principal: person(['hotline-agent'], '320200'), node: nanjing },
  provincial: { principal: person(['provincial-supervisor'], '320000'), node: nanjing },
  agentAtReplica: { principal: person(['hotline-agent'], '320100'), node: jiangsu },
};

interface Ticket {
  id: string;
  title: string;
  content: string;
  address?: string;
  street?: string;
  confidential?: boolean;
  lead?: string;
  co?: string[];
  phone?: string;
}

const TICKETS: Ticket[] = [
  {
    id: '320100-t1',
    title: '路口井盖缺失',
    content: '中山北路与湖南路路口东南角井盖缺失，电动车险些掉入。',
    address: '鼓楼区中山北路100号',
    lead: '320100-cg',
    phone: '025-84001234',
  },
  {
    id: '320100-t2',
    title: '占道经营',
    content: '人行道被流动摊贩占用，影响通行。',
    address: '玄武区北京东路41号',
    street: '玄武门街道',
    confidential: true,
    lead: '320100-cg',
    phone: '13900001111',
  },
  {
    id: '320100-t3',
    title: '噪音扰民',
    content: '夜间施工噪音很大，100% 无法入睡 a_b。',
    address: '秦淮区中华路8号',
    co: ['320100-sw'],
    phone: '13900001111',
  },
  { id: '320100-t4', title: '路灯不亮', content: '小区门口路灯坏了。', street: '中山北路' },
];

async function insertTickets(db: Kysely<Database>) {
  for (const [index, ticket] of TICKETS.entries()) {
    await db
      .insertInto('hotline_ticket')
      .values({
        id: ticket.id,
        number: `32010020261121${String(index + 1).padStart(6, '0')}`,
        origin_node: '320100',
        division: '320106',
        channel: 'PHONE',
        intake_class: 'COMPLAINT',
        category_code: '010202',
        title: ticket.title,
        content: ticket.content,
        address: ticket.address ?? null,
        street: ticket.street ?? null,
        caller_phone: ticket.phone ?? null,
        caller_confidential: ticket.confidential ?? false,
        lead_unit: ticket.lead ?? null,
        co_units: ticket.co ?? [],
        status: 'DISPATCHED',
        created_by: 'agent.320100',
      })
      .execute();
  }
}

describe('the free-text filter', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('text_search');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await insertTickets(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  /** The ids a list with `text` gives `reader` (the whole city in scope). */
  async function found(text: string, reader: RecordReader | null = readers['agent']!) {
    const { rows } = await listRecords(database.db, ticketKind, {
      scope: { division: '320100' },
      text,
      reader: reader ?? undefined,
      sort: { by: 'CREATED_AT', direction: 'DESC' },
      limit: 100,
    });
    return rows.map((row) => row.id).sort();
  }

  it('finds Chinese words of one, two, three and more characters inside longer text', async () => {
    expect(await found('井')).toEqual(['320100-t1']);
    expect(await found('井盖')).toEqual(['320100-t1']);
    expect(await found('井盖缺')).toEqual(['320100-t1']);
    expect(await found('流动摊贩占用')).toEqual(['320100-t2']);
    expect(await found('路')).toEqual(['320100-t1', '320100-t2', '320100-t3', '320100-t4']);
    expect(await found('路灯')).toEqual(['320100-t4']);
    expect(await found('下水道')).toEqual([]);
  });

  it('needs every word, each in any column, white space of any kind between them', async () => {
    expect(await found('井盖 电动车')).toEqual(['320100-t1']);
    expect(await found('井盖\u3000噪音')).toEqual([]);
    expect(await found('  路灯  ')).toEqual(['320100-t4']);
    // The street is searched like the title and content.
    expect(await found('玄武门')).toEqual(['320100-t2']);
  });

  it('takes % and _ literally, not as wildcards', async () => {
    expect(await found('100%')).toEqual(['320100-t3']);
    expect(await found('a_b')).toEqual(['320100-t3']);
    expect(await found('a%b')).toEqual([]);
    expect(await found('%')).toEqual(['320100-t3']);
  });

  it('searches the address only where the reader sees it unmasked', async () => {
    // 中山北路 is in t1's content and t4's street; 100号 only in t1's address.
    expect(await found('100号', readers['agent'])).toEqual(['320100-t1']);
    expect(await found('100号', readers['dispatcher'])).toEqual(['320100-t1']);
    // t1 is 320100-cg's own, not confidential.
    expect(await found('100号', readers['unit'])).toEqual(['320100-t1']);
    // t2 is 320100-cg's too, but its caller asked for confidentiality.
    expect(await found('北京东路', readers['agent'])).toEqual(['320100-t2']);
    expect(await found('北京东路', readers['unit'])).toEqual([]);
    for (const name of [
      'otherUnit',
      'citySupervisor',
      'otherCityAgent',
      'provincial',
      'agentAtReplica',
    ]) {
      expect(await found('100号', readers[name]), name).toEqual([]);
    }
    expect(await found('100号', null)).toEqual([]);
  });

  it('is the same personal-data rule as a record’s view, row by row, for every reader', async () => {
    const rows = await database.db.selectFrom('hotline_ticket').selectAll().orderBy('id').execute();
    for (const [name, reader] of Object.entries(readers)) {
      const visible = personalDataVisibleCondition(reader, ticketKind.personalHolderSql!);
      const inSql = await database.db
        .selectFrom('hotline_ticket')
        .select('id')
        .where(visible)
        .orderBy('id')
        .execute();
      const inJs = rows.filter((row) =>
        canSeePersonalData(reader, ticketKind.personalHolder!(row)),
      );
      expect(
        inSql.map((row) => row.id),
        name,
      ).toEqual(inJs.map((row) => row.id));
    }
  });

  /** The plan of a query over `table` with `condition`, sequential scans discouraged. */
  async function plan(table: string, condition: ReturnType<typeof sql<boolean>>) {
    return database.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(trx);
      const result = await sql<{
        'QUERY PLAN': string;
      }>`EXPLAIN SELECT id FROM ${sql.table(table)} WHERE ${condition}`.execute(trx);
      return result.rows.map((row) => row['QUERY PLAN']).join('\n');
    });
  }

  it('matches the very expressions the trigram and phone indexes are built on', async () => {
    const [ticketWord] = textSearchConditions(ticketKind, '井盖缺失', readers['agent']);
    expect(await plan('hotline_ticket', ticketWord!)).toContain('hotline_ticket_text_trgm');
    // The address is matched as the plain column, beside the reader's visibility.
    expect(await plan('hotline_ticket', sql<boolean>`address ILIKE ${'%北京东路%'}`)).toContain(
      'hotline_ticket_address_trgm',
    );
    const [caseWord] = textSearchConditions(caseKind, '暴露垃圾', undefined);
    expect(await plan('case_report', caseWord!)).toContain('case_report_text_trgm');
    const [enforcementWord] = textSearchConditions(enforcementKind, '第十四条', undefined);
    expect(await plan('enforcement_record', enforcementWord!)).toContain(
      'enforcement_record_text_trgm',
    );
    expect(
      await plan('hotline_ticket', sql<boolean>`${callerPhoneDigits} = ${'02584001234'}`),
    ).toContain('hotline_ticket_caller_phone');
  });

  it('finds a phone stored with its dash by its digits', async () => {
    const rows = await database.db
      .selectFrom('hotline_ticket')
      .select('id')
      .where(sql<boolean>`${callerPhoneDigits} = ${'02584001234'}`)
      .execute();
    expect(rows.map((row) => row.id)).toEqual(['320100-t1']);
  });
});
