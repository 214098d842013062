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
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { RecordKind, RecordTable } from './record-kind.js';
import { listRecords } from './record-list.js';
import { CANDIDATE_CAP, lookupFunctionOf, searchableTextOf } from './text-search.js';
import { callerPhoneIs } from './ticket/caller-phone.js';
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
    // Another city's tickets beside them, analysed, so the planner weighs its indexes by real
    // statistics (no word or phone of the tests is among them; no 南京 request reaches them).
    await sql`INSERT INTO hotline_ticket (id, number, origin_node, division, channel, intake_class,
        category_code, title, content, caller_phone, status, created_by)
      SELECT '320200-filler-' || i, '32020020261121' || lpad(i::text, 6, '0'), '320200', '320205',
        'PHONE', 'COMPLAINT', '010202', '填充', '填充工单', '137' || lpad(i::text, 8, '0'),
        'DISPATCHED', 'agent.320200'
      FROM generate_series(1, 2000) AS i`.execute(database.db);
    await sql`ANALYZE hotline_ticket`.execute(database.db);
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  /** Each reader's row scope, as rowScopeAt gives it at 南京 (the city, narrowed to a unit). */
  const scopeOf = (reader: RecordReader | null): RowScope => ({
    division: '320100',
    unit: reader?.principal.department,
  });

  /** The ids a list with `text` gives `reader`, in a request's transaction (row-level security on). */
  async function found(text: string, reader: RecordReader | null = readers['agent']!) {
    const scope = scopeOf(reader);
    const { rows } = await inScope(database.db, scope, (trx) =>
      listRecords(trx, ticketKind, {
        scope,
        text,
        reader: reader ?? undefined,
        sort: { by: 'CREATED_AT', direction: 'DESC' },
        limit: 100,
      }),
    );
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
      const inSql = visible
        ? await database.db
            .selectFrom('hotline_ticket')
            .select('id')
            .where(visible)
            .orderBy('id')
            .execute()
        : [];
      const inJs = rows.filter((row) =>
        canSeePersonalData(reader, ticketKind.personalHolder!(row)),
      );
      expect(
        inSql.map((row) => row.id),
        name,
      ).toEqual(inJs.map((row) => row.id));
    }
  });

  it('holds for a kind whose callers cannot ask for confidentiality, and for one assigned to no unit', async () => {
    const rows = await database.db.selectFrom('hotline_ticket').selectAll().orderBy('id').execute();
    const { assignedTo } = ticketKind.personalHolderSql!;
    const kinds = {
      // No confidentiality: a unit sees its confidential-flagged t2 like any of its own work.
      'never confidential': {
        sql: { assignedTo },
        holder: (row: (typeof rows)[number]) => ({
          ...ticketKind.personalHolder!(row),
          confidential: undefined,
        }),
      },
      // No unit assignment: a unit sees no record's personal data, a city reader all of them.
      'assigned to no unit': {
        sql: {},
        holder: (row: (typeof rows)[number]) => ({ division: row.division }),
      },
    };
    for (const [kind, { sql: holder, holder: jsHolder }] of Object.entries(kinds)) {
      for (const [name, reader] of Object.entries(readers)) {
        const visible = personalDataVisibleCondition(reader, holder);
        const inSql = visible
          ? await database.db
              .selectFrom('hotline_ticket')
              .select('id')
              .where(visible)
              .orderBy('id')
              .execute()
          : [];
        const inJs = rows.filter((row) => canSeePersonalData(reader, jsHolder(row)));
        expect(
          inSql.map((row) => row.id),
          `${kind}: ${name}`,
        ).toEqual(inJs.map((row) => row.id));
      }
    }
    // What the rule means for the unit, spelled out.
    const unit = readers['unit']!;
    const neverConfidential = personalDataVisibleCondition(unit, { assignedTo });
    const seen = await database.db
      .selectFrom('hotline_ticket')
      .select('id')
      .where(neverConfidential!)
      .orderBy('id')
      .execute();
    expect(seen.map((row) => row.id)).toEqual(['320100-t1', '320100-t2']);
    expect(personalDataVisibleCondition(unit, {})).toBeUndefined();
  });

  /** What an owner's lookup function gives a request in `scope`. */
  const lookedUp = (fn: string, word: string, scope: RowScope, cap = CANDIDATE_CAP) =>
    inScope(database.db, scope, async (trx) => {
      const { rows } = await sql<{
        ids: string[] | null;
      }>`SELECT ${sql.raw(fn)}(${`%${word}%`}, ${cap}) AS ids`.execute(trx);
      return rows[0]?.ids?.sort() ?? null;
    });

  it('looks words up through the owner’s functions exactly as the filter matches them, inside the policy', async () => {
    const tickets = lookupFunctionOf('hotline_ticket');
    const addresses = lookupFunctionOf('hotline_ticket', 'address');
    const city = { division: '320100' };
    for (const word of ['井盖缺失', '流动摊贩', '玄武门', '路灯不亮', '中山北路', '下水道']) {
      const filtered = await database.db
        .selectFrom('hotline_ticket')
        .select('id')
        .where(sql<boolean>`${searchableTextOf(ticketKind)!} ILIKE ${`%${word}%`}`)
        .orderBy('id')
        .execute();
      expect(await lookedUp(tickets, word, city), word).toEqual(filtered.map((row) => row.id));
    }
    expect(await lookedUp(addresses, '北京东路', city)).toEqual(['320100-t2']);
    // The table's policy, from the request's own settings: another city, another unit see nothing.
    expect(await lookedUp(tickets, '井盖缺失', { division: '320200' })).toEqual([]);
    expect(await lookedUp(tickets, '井盖缺失', { division: '320100', unit: '320100-sw' })).toEqual(
      [],
    );
    expect(await lookedUp(tickets, '噪音扰民', { division: '320100', unit: '320100-sw' })).toEqual([
      '320100-t3',
    ]);
    // More rows than the cap: no ids, the list walks its own order instead.
    expect(await lookedUp(tickets, '路', city, 1)).toBeNull();
    expect(await lookedUp(tickets, '路', city, 2)).toEqual(['320100-t1', '320100-t4']);
    // The request role may call them, and the functions run as their owner whatever it is.
    const { rows } = await sql<{
      prosecdef: boolean;
      proname: string;
    }>`SELECT proname, prosecdef FROM pg_proc WHERE proname LIKE '%_candidates' ORDER BY proname`.execute(
      database.db,
    );
    expect(rows).toEqual(
      [
        'case_report_text_candidates',
        'enforcement_record_text_candidates',
        'hotline_ticket_address_candidates',
        'hotline_ticket_text_candidates',
      ].map((proname) => ({ proname, prosecdef: true })),
    );
  });

  it('finds the same tickets whether a word is looked up or scanned for', async () => {
    // Words of three characters or more are looked up; the same words split shorter are scanned.
    expect(await found('井盖缺失')).toEqual(await found('井盖 缺失'));
    expect(await found('流动摊贩占用')).toEqual(['320100-t2']);
    expect(await found('北京东路')).toEqual(['320100-t2']);
    expect(await found('北京东路', readers['unit'])).toEqual([]);
    expect(await found('中山北路')).toEqual(['320100-t1', '320100-t4']);
  });

  /** The plan of a query over `table` with `condition`, sequential scans discouraged, as `scope`'s request or (null) the owner. */
  async function plan(
    table: string,
    condition: ReturnType<typeof sql<boolean>>,
    scope: RowScope | null,
  ) {
    const explain = async (trx: Kysely<Database>) => {
      await sql`SELECT set_config('enable_seqscan', 'off', true)`.execute(trx);
      const result = await sql<{
        'QUERY PLAN': string;
      }>`EXPLAIN SELECT id FROM ${sql.table(table)} WHERE ${condition}`.execute(trx);
      return result.rows.map((row) => row['QUERY PLAN']).join('\n');
    };
    return scope
      ? inScope(database.db, scope, (trx) => explain(trx))
      : database.db.transaction().execute((trx) => explain(trx));
  }

  it('matches the very expressions the trigram indexes are built on, and the phone index serves a request', async () => {
    const like = <T extends RecordTable, S>(kind: RecordKind<T, S>, word: string) =>
      sql<boolean>`${searchableTextOf(kind)!} ILIKE ${`%${word}%`}`;
    // As the owner (the lookup functions): the request's expression is the index's.
    expect(await plan('hotline_ticket', like(ticketKind, '井盖缺失'), null)).toContain(
      'hotline_ticket_text_trgm',
    );
    expect(
      await plan('hotline_ticket', sql<boolean>`address ILIKE ${'%北京东路%'}`, null),
    ).toContain('hotline_ticket_address_trgm');
    expect(await plan('case_report', like(caseKind, '暴露垃圾'), null)).toContain(
      'case_report_text_trgm',
    );
    expect(await plan('enforcement_record', like(enforcementKind, '第十四条'), null)).toContain(
      'enforcement_record_text_trgm',
    );
    // As a request: the policy keeps ILIKE from the index (not leakproof), not equality.
    expect(
      await plan('hotline_ticket', like(ticketKind, '井盖缺失'), { division: '320100' }),
    ).not.toContain('hotline_ticket_text_trgm');
    expect(
      await plan('hotline_ticket', callerPhoneIs('02584001234'), { division: '320100' }),
    ).toContain('hotline_ticket_caller_phone');
  });

  it('finds a phone stored with its dash by its digits', async () => {
    const rows = await database.db
      .selectFrom('hotline_ticket')
      .select('id')
      .where(callerPhoneIs('02584001234'))
      .execute();
    expect(rows.map((row) => row.id)).toEqual(['320100-t1']);
  });
});
