import { listRecords } from '../records/record-list.js';
import { ticketKind } from '../records/ticket/ticket-kind.js';
import { caseKind } from '../records/case/case-kind.js';
import { enforcementKind } from '../records/enforcement/enforcement-kind.js';
import { createTestNodeDatabase } from '@city-ops/test';
import type { TestNodeDatabase } from '@city-ops/test';
import { migrateNodeDatabase } from '../database/migrate.js';
import { openDatabase } from '../database/open-database.js';
import type { NodeDatabase } from '../database/open-database.js';
import { inScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import { compareCursorKeys, decodeCursor } from '@city-ops/kernel';
import type { CursorKey, ListSort } from '@city-ops/kernel';
import { keysetCursor } from './keyset-order.js';
import type { SortColumns } from './keyset-order.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Transaction } from 'kysely';

/**
 * Each repository paged under every sort field and direction, one row per page and
 * four: every row once, in exactly the order compareCursorKeys (the gateway's
 * merge) gives, null keys last. Ids mix upper and lower case so a locale-ordered id
 * would show; keys tie so the id tie-break is exercised at page boundaries.
 */

const BASE = Date.UTC(2026, 10, 21, 8, 0, 0, 123);
const instant = (seconds: number) => new Date(BASE + seconds * 1000);

/** id suffix, created, due (null: none), updated — in seconds after BASE. */
const FIXTURE: readonly [string, number, number | null, number][] = [
  ['a', 0, 5, 3],
  ['B', 0, null, 3],
  ['c', 1, 5, 1],
  ['D', 2, null, 7],
  ['e', 2, 2, 7],
  ['F', 3, 9, 0],
  ['g', 4, null, 7],
  ['H', 4, 2, 2],
  ['i', 5, 5, 9],
  ['J', 6, 0, 9],
  ['k', 6, null, 0],
];

const SCOPE = { division: '320100' };

/** One page of a kind's list: its ids and the last row's cursor, as the resolvers make it. */
interface Page {
  ids: string[];
  endCursor: string | undefined;
  hasMore: boolean;
}

interface Kind {
  name: string;
  fields: string[];
  page(
    trx: Transaction<Database>,
    sort: ListSort,
    after: CursorKey | undefined,
    limit: number,
  ): Promise<Page>;
}

function kind<Row extends { id: string }>(
  name: string,
  columns: SortColumns<Row>,
  list: (
    trx: Transaction<Database>,
    sort: ListSort,
    after: CursorKey | undefined,
    limit: number,
  ) => Promise<{ rows: Row[]; hasMore: boolean }>,
): Kind {
  return {
    name,
    fields: Object.keys(columns),
    page: async (trx, sort, after, limit) => {
      const { rows, hasMore } = await list(trx, sort, after, limit);
      const last = rows.at(-1);
      return {
        ids: rows.map((row) => row.id),
        endCursor: last && keysetCursor(columns, sort, last),
        hasMore,
      };
    },
  };
}

const now = new Date(BASE);

const tickets = kind('tickets', ticketKind.sortColumns, (trx, sort, after, limit) =>
  listRecords(trx, ticketKind, { scope: SCOPE, sort, after, limit }),
);
const kinds: Kind[] = [
  tickets,
  kind('cases', caseKind.sortColumns, (trx, sort, after, limit) =>
    listRecords(trx, caseKind, { scope: SCOPE, now, sort, after, limit }),
  ),
  kind('enforcement records', enforcementKind.sortColumns, (trx, sort, after, limit) =>
    listRecords(trx, enforcementKind, { scope: SCOPE, now, sort, after, limit }),
  ),
];

/** The fixture's key under `sort`, computed here rather than read back from the database. */
function fixtureKey(sort: ListSort, [suffix, created, due, updated]: (typeof FIXTURE)[number]) {
  // Every kind's third field (DUE_AT, DECISION_DUE_AT) is its due time.
  const seconds = sort.by === 'CREATED_AT' ? created : sort.by === 'UPDATED_AT' ? updated : due;
  return {
    sort,
    value: seconds === null ? null : instant(seconds).toISOString(),
    id: `320100-${suffix}`,
  };
}

describe('list sorts on the database', () => {
  let testDatabase: TestNodeDatabase;
  let database: NodeDatabase;

  beforeAll(async () => {
    testDatabase = await createTestNodeDatabase('list_sort');
    database = await openDatabase({ url: testDatabase.url, pgliteSeed: testDatabase.pgliteSeed });
    await migrateNodeDatabase(database.db);
    const common = (suffix: string, created: number, updated: number) => ({
      id: `320100-${suffix}`,
      origin_node: '320100',
      division: '320102',
      created_by: 'fixture',
      created_at: instant(created),
      updated_at: instant(updated),
    });
    // Fixtures as the owner role, which row-level security does not apply to.
    await database.db
      .insertInto('hotline_ticket')
      .values(
        FIXTURE.map(([suffix, created, due, updated]) => ({
          ...common(suffix, created, updated),
          number: `T-${suffix}`,
          channel: 'PHONE',
          intake_class: 'COMPLAINT',
          category_code: '010101',
          title: '占道经营',
          content: '人行道被占用',
          status: due === null ? 'CLOSED' : 'DISPATCHED',
          due_at: due === null ? null : instant(due),
        })),
      )
      .execute();
    await database.db
      .insertInto('case_report')
      .values(
        FIXTURE.map(([suffix, created, due, updated]) => ({
          ...common(suffix, created, updated),
          number: `C-${suffix}`,
          source: 'PATROL',
          case_type: 'EVENT',
          major_class: '01',
          minor_code: '0101',
          description: '井盖缺失',
          status: due === null ? 'COLLECTED' : 'DISPATCHED',
          due_at: due === null ? null : instant(due),
        })),
      )
      .execute();
    await database.db
      .insertInto('enforcement_record')
      .values(
        FIXTURE.map(([suffix, created, due, updated]) => ({
          ...common(suffix, created, updated),
          number: `E-${suffix}`,
          source: 'PATROL',
          violated_article: '第一条',
          penalty_article: '第二条',
          party_kind: 'PERSON',
          party_name: '张三',
          officers: '[]',
          procedure: 'GENERAL',
          status: 'FILED',
          decision_due_at: due === null ? null : instant(due),
        })),
      )
      .execute();
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  /** Every page from the start, each `after` the previous page's end cursor, as a client would. */
  async function pageThrough(kind: Kind, sort: ListSort, pageSize: number): Promise<string[]> {
    const ids: string[] = [];
    let after: CursorKey | undefined;
    for (let page = 0; page <= FIXTURE.length; page += 1) {
      const {
        ids: pageIds,
        endCursor,
        hasMore,
      } = await inScope(database.db, SCOPE, (trx) => kind.page(trx, sort, after, pageSize));
      expect(pageIds.length).toBeLessThanOrEqual(pageSize);
      ids.push(...pageIds);
      if (!hasMore || !endCursor) return ids;
      after = decodeCursor(endCursor, 'after', sort);
    }
    throw new Error(`${kind.name}: more pages than rows under ${sort.by} ${sort.direction}`);
  }

  const cases = kinds.flatMap((kind) =>
    kind.fields.flatMap((by) =>
      (['ASC', 'DESC'] as const).map((direction) => ({ kind, sort: { by, direction } })),
    ),
  );

  it.each(cases)(
    '$kind.name by $sort.by $sort.direction: every row once, in the merge order',
    async ({ kind, sort }) => {
      const expected = FIXTURE.map((row) => fixtureKey(sort, row))
        .sort(compareCursorKeys)
        .map((key) => key.id);
      for (const pageSize of [1, 4, 100]) {
        expect(await pageThrough(kind, sort, pageSize)).toEqual(expected);
      }
    },
  );

  it('puts tickets without a due time last in both directions, ties by id bytewise', async () => {
    const ids = (sort: ListSort) =>
      pageThrough(tickets, sort, 3).then((list) => list.map((id) => id.slice('320100-'.length)));
    // Due 0: J; 2: H, e; 5: a, c, i; 9: F; none: B, D, g, k. 'H' < 'e' and 'B' < 'g' in C order.
    expect(await ids({ by: 'DUE_AT', direction: 'ASC' })).toEqual([
      'J',
      'H',
      'e',
      'a',
      'c',
      'i',
      'F',
      'B',
      'D',
      'g',
      'k',
    ]);
    expect(await ids({ by: 'DUE_AT', direction: 'DESC' })).toEqual([
      'F',
      'i',
      'c',
      'a',
      'e',
      'H',
      'J',
      'k',
      'g',
      'D',
      'B',
    ]);
  });
});
