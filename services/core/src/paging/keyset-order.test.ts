import { ticketKind } from '../records/ticket/ticket-kind.js';
import { caseKind } from '../records/case/case-kind.js';
import { enforcementKind } from '../records/enforcement/enforcement-kind.js';
import { typeDefs } from '@city-ops/schema';
import type { Database, HotlineTicketRow } from '../database/tables.js';
import { decodeCursor } from '@city-ops/kernel';
import type { CursorKey, ListSort } from '@city-ops/kernel';
import { keysetCursor, orderByKeyset } from './keyset-order.js';
import { buildSchema, isEnumType } from 'graphql';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';

// Compiles queries only; nothing is sent anywhere.
const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

function compiled(sort: ListSort, after?: CursorKey) {
  const query = orderByKeyset(
    db.selectFrom('hotline_ticket').select('id'),
    ticketKind.sortColumns,
    sort,
    after,
  ).compile();
  return {
    sql: query.sql.replace(/^select "id" from "hotline_ticket" /, ''),
    parameters: query.parameters,
  };
}

const at = '2026-11-21T08:00:00.000Z';

describe('orderByKeyset', () => {
  it('orders a NOT NULL key without a NULLS clause, so a DESC index serves it', () => {
    expect(compiled({ by: 'CREATED_AT', direction: 'DESC' }).sql).toBe(
      'order by "created_at" DESC, id DESC',
    );
    expect(compiled({ by: 'UPDATED_AT', direction: 'ASC' }).sql).toBe(
      'order by "updated_at" ASC, id ASC',
    );
  });

  it('puts null keys last in both directions', () => {
    expect(compiled({ by: 'DUE_AT', direction: 'DESC' }).sql).toBe(
      'order by "due_at" DESC NULLS LAST, id DESC',
    );
    expect(compiled({ by: 'DUE_AT', direction: 'ASC' }).sql).toBe(
      'order by "due_at" ASC NULLS LAST, id ASC',
    );
  });

  it('starts after a NOT NULL key with one row comparison', () => {
    const sort: ListSort = { by: 'CREATED_AT', direction: 'DESC' };
    expect(compiled(sort, { sort, value: at, id: 'x' })).toEqual({
      sql: 'where ("created_at", id) < ($1::timestamptz, $2) order by "created_at" DESC, id DESC',
      parameters: [at, 'x'],
    });
    const ascending: ListSort = { by: 'UPDATED_AT', direction: 'ASC' };
    expect(compiled(ascending, { sort: ascending, value: at, id: 'x' }).sql).toMatch(
      /^where \("updated_at", id\) > \(\$1::timestamptz, \$2\) order by/,
    );
  });

  it('keeps every null key after a non-null one, and only later nulls after a null one', () => {
    for (const [direction, beyond] of [
      ['DESC', '<'],
      ['ASC', '>'],
    ] as const) {
      const sort: ListSort = { by: 'DUE_AT', direction };
      expect(compiled(sort, { sort, value: at, id: 'x' }).sql).toBe(
        `where (("due_at", id) ${beyond} ($1::timestamptz, $2) OR "due_at" IS NULL) ` +
          `order by "due_at" ${direction} NULLS LAST, id ${direction}`,
      );
      expect(compiled(sort, { sort, value: null, id: 'x' })).toEqual({
        sql:
          `where ("due_at" IS NULL AND id ${beyond} $1) ` +
          `order by "due_at" ${direction} NULLS LAST, id ${direction}`,
        parameters: ['x'],
      });
    }
  });

  it('refuses a sort field the kind has no column for', () => {
    expect(() => compiled({ by: 'NUMBER', direction: 'ASC' })).toThrow(
      'no column for sort field NUMBER',
    );
  });
});

describe('keysetCursor', () => {
  // Only the columns a cursor reads.
  const row = {
    id: '320100-a',
    created_at: new Date(at),
    due_at: null,
    updated_at: new Date('2026-11-22T00:00:00.001Z'),
  } as HotlineTicketRow;

  it("carries the sort and the row's key, null when the row has none", () => {
    const due: ListSort = { by: 'DUE_AT', direction: 'ASC' };
    expect(decodeCursor(keysetCursor(ticketKind.sortColumns, due, row))).toEqual({
      sort: due,
      value: null,
      id: '320100-a',
    });
    const updated: ListSort = { by: 'UPDATED_AT', direction: 'DESC' };
    expect(decodeCursor(keysetCursor(ticketKind.sortColumns, updated, row))).toEqual({
      sort: updated,
      value: '2026-11-22T00:00:00.001Z',
      id: '320100-a',
    });
  });
});

describe('the sort columns', () => {
  const schema = buildSchema(typeDefs);
  it.each([
    ['TicketSortField', ticketKind.sortColumns],
    ['CaseSortField', caseKind.sortColumns],
    ['EnforcementSortField', enforcementKind.sortColumns],
  ])('cover every value of %s and nothing else', (enumName, columns) => {
    const type = schema.getType(enumName);
    if (!isEnumType(type)) throw new Error(`${enumName} is not an enum`);
    expect(Object.keys(columns).sort()).toEqual(
      type
        .getValues()
        .map((value) => value.name)
        .sort(),
    );
  });
});
