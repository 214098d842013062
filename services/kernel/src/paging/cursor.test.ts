import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { CursorKey, ListSort } from './cursor.js';
import {
  MAX_PAGE_SIZE,
  NEWEST_FIRST,
  checkPageSize,
  compareCursorKeys,
  decodeCursor,
  encodeCursor,
  listSort,
} from './cursor.js';

/** Runs `action`, expecting a coded GraphQLError, and returns it for further checks. */
function caught(action: () => unknown): GraphQLError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a GraphQLError, but nothing was thrown');
}

const base64url = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString(
    'base64url',
  );

const at = (millis: number) => new Date(Date.UTC(2026, 10, 21) + millis).toISOString();
const NEWEST: ListSort = { by: 'CREATED_AT', direction: 'DESC' };
const DUE_ASC: ListSort = { by: 'DUE_AT', direction: 'ASC' };
const DUE_DESC: ListSort = { by: 'DUE_AT', direction: 'DESC' };

describe('listSort', () => {
  it('defaults to newest first', () => {
    expect(listSort(undefined)).toEqual(NEWEST);
    expect(listSort(null)).toEqual(NEWEST);
    expect(listSort({})).toEqual(NEWEST);
    expect(listSort({ by: 'DUE_AT' })).toEqual({ by: 'DUE_AT', direction: 'DESC' });
    expect(listSort({ direction: 'ASC' })).toEqual({ by: 'CREATED_AT', direction: 'ASC' });
    expect(NEWEST_FIRST).toEqual(NEWEST);
  });
});

describe('encodeCursor / decodeCursor', () => {
  it('round-trips a key under any sort, including null keys, non-ASCII ids and milliseconds', () => {
    const keys: CursorKey[] = [
      {
        sort: NEWEST,
        value: '2026-11-21T10:00:00.123Z',
        id: '320100-0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11',
      },
      { sort: DUE_ASC, value: '2026-01-01T00:00:00.000Z', id: '工单/1?&=' },
      { sort: DUE_DESC, value: null, id: '320200-a' },
      { sort: { by: 'UPDATED_AT', direction: 'ASC' }, value: at(1), id: 'b' },
    ];
    for (const key of keys) {
      const cursor = encodeCursor(key);
      // URL-safe, so a client can put it in a query string without escaping.
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(key);
      expect(decodeCursor(cursor, 'after', key.sort)).toEqual(key);
    }
  });

  it('encodes the newest-first shorthand as a CREATED_AT DESC key', () => {
    const cursor = encodeCursor({ createdAt: at(5), id: 'a' });
    expect(cursor).toBe(encodeCursor({ sort: NEWEST, value: at(5), id: 'a' }));
    expect(decodeCursor(cursor, 'after', listSort(null))).toEqual({
      sort: NEWEST,
      value: at(5),
      id: 'a',
    });
  });

  it.each([
    ['garbage text', '!!! not a cursor !!!'],
    ['the empty string', ''],
    ['valid base64 of non-JSON', base64url('hello')],
    ['a JSON object instead of an array', base64url({ by: 'CREATED_AT', value: at(0), id: 'a' })],
    ['the old (createdAt, id) pair', base64url([at(0), 'a'])],
    ['a three-element array', base64url(['CREATED_AT', 'DESC', at(0)])],
    ['a five-element array', base64url(['CREATED_AT', 'DESC', at(0), 'a', 'b'])],
    ['a numeric id', base64url(['CREATED_AT', 'DESC', at(0), 42])],
    ['a numeric key', base64url(['CREATED_AT', 'DESC', 1767225600000, 'a'])],
    ['a key that is no date', base64url(['CREATED_AT', 'DESC', 'not a date', 'a'])],
    ['a date not as toISOString writes it', base64url(['CREATED_AT', 'DESC', '2026-01-01', 'a'])],
    ['an unknown direction', base64url(['CREATED_AT', 'UP', at(0), 'a'])],
    ['a lower-case direction', base64url(['CREATED_AT', 'desc', at(0), 'a'])],
    ['a sort field that is no enum value', base64url(['created at; --', 'DESC', at(0), 'a'])],
    ['JSON null', base64url(null)],
    // Edited cursors PostgreSQL would refuse with an error of its own, not the client's.
    ['a key in year 0', base64url(['CREATED_AT', 'DESC', '0000-01-01T00:00:00.000Z', 'a'])],
    ['a key before 2000', base64url(['CREATED_AT', 'DESC', '1999-12-31T23:59:59.999Z', 'a'])],
    ['a key after 2100', base64url(['DUE_AT', 'ASC', '+275760-09-13T00:00:00.000Z', 'a'])],
    ['a key in 2101', base64url(['DUE_AT', 'ASC', '2101-01-01T00:00:00.000Z', 'a'])],
    ['an id with a NUL', base64url(['CREATED_AT', 'DESC', at(0), '320100-a\u0000'])],
    ['an id with a line break', base64url(['CREATED_AT', 'DESC', at(0), '320100-a\nb'])],
    ['an empty id', base64url(['CREATED_AT', 'DESC', at(0), ''])],
    ['an id of 201 characters', base64url(['CREATED_AT', 'DESC', at(0), 'a'.repeat(201)])],
  ])('refuses %s with BAD_USER_INPUT on field after', (_label, cursor) => {
    const error = caught(() => decodeCursor(cursor));
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions['field']).toBe('after');
    // The message tells the client what to do instead, and names the field.
    expect(error.message).toMatch(/^after: /);
    expect(error.message).toContain('endCursor');
  });

  it('names the field it was given', () => {
    const error = caught(() => decodeCursor('nope', 'input.after'));
    expect(error.extensions['field']).toBe('input.after');
  });

  it.each([
    ['another field', NEWEST, DUE_DESC],
    ['another direction', DUE_DESC, DUE_ASC],
  ])('refuses a cursor made under %s than the request asks for', (_label, made, asked) => {
    const cursor = encodeCursor({ sort: made, value: at(0), id: 'a' });
    const error = caught(() => decodeCursor(cursor, 'after', asked));
    expect(error.extensions['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions['field']).toBe('after');
    expect(error.message).toBe(
      `after: was returned under sort ${made.by} ${made.direction}, not ${asked.by} ${asked.direction}; ` +
        'page with the sort it came from, or start again without after.',
    );
  });
});

describe('compareCursorKeys', () => {
  const sorted = (keys: CursorKey[]) => [...keys].sort(compareCursorKeys);
  const key = (sort: ListSort, value: string | null, id: string): CursorKey => ({
    sort,
    value,
    id,
  });

  it('orders newest first under the default sort', () => {
    const older = key(NEWEST, at(0), 'z');
    const newer = key(NEWEST, at(1), 'a');
    expect(compareCursorKeys(newer, older)).toBeLessThan(0);
    expect(compareCursorKeys(older, newer)).toBeGreaterThan(0);
    expect(sorted([older, newer])).toEqual([newer, older]);
  });

  it('orders earliest first under ASC', () => {
    const sort = { by: 'UPDATED_AT', direction: 'ASC' } as const;
    const keys = [key(sort, at(2), 'a'), key(sort, at(0), 'b'), key(sort, at(1), 'c')];
    expect(sorted(keys).map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
  });

  it('puts null keys last in both directions, ordered by id in the same direction', () => {
    for (const [sort, ids] of [
      [DUE_DESC, ['late', 'early', 'nb', 'na']],
      [DUE_ASC, ['early', 'late', 'na', 'nb']],
    ] as const) {
      const keys = [
        key(sort, null, 'nb'),
        key(sort, at(0), 'early'),
        key(sort, null, 'na'),
        key(sort, at(9), 'late'),
      ];
      expect(sorted(keys).map((entry) => entry.id)).toEqual(ids);
    }
  });

  it('breaks ties on the key by id, in the sort direction', () => {
    const keys = (sort: ListSort) => [
      key(sort, at(0), 'b'),
      key(sort, at(0), 'c'),
      key(sort, at(0), 'a'),
    ];
    expect(sorted(keys(NEWEST)).map((entry) => entry.id)).toEqual(['c', 'b', 'a']);
    expect(sorted(keys(DUE_ASC)).map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });

  it('compares ids bytewise like the C collation, not by locale or UTF-16 unit', () => {
    // In C collation 'B' (0x42) < 'a' (0x61); a locale-aware sort would put 'a' before 'B'.
    // SQL pages with COLLATE "C", so the gateway's merge must agree or pages skip rows.
    // U+FFFD (EF BF BD) < U+1F600 (F0 9F 98 80) in UTF-8, though its UTF-16 unit is larger.
    const ids = ['a', 'B', 'é', 'Z', '\u{1F600}', '\uFFFD'];
    const keys = (sort: ListSort) => ids.map((id) => key(sort, at(0), id));
    expect(sorted(keys(NEWEST)).map((entry) => entry.id)).toEqual([
      '\u{1F600}',
      '\uFFFD',
      'é',
      'a',
      'Z',
      'B',
    ]);
    expect(sorted(keys(DUE_ASC)).map((entry) => entry.id)).toEqual([
      'B',
      'Z',
      'a',
      'é',
      '\uFFFD',
      '\u{1F600}',
    ]);
  });

  it('returns 0 for equal keys, null keys included', () => {
    expect(compareCursorKeys(key(NEWEST, at(0), 'a'), key(NEWEST, at(0), 'a'))).toBe(0);
    expect(compareCursorKeys(key(DUE_DESC, null, 'a'), key(DUE_DESC, null, 'a'))).toBe(0);
  });

  it('refuses to compare keys of different sorts', () => {
    expect(() => compareCursorKeys(key(DUE_ASC, at(0), 'a'), key(DUE_DESC, at(0), 'a'))).toThrow(
      'cannot compare cursors of sorts DUE_AT ASC and DUE_AT DESC',
    );
  });
});

describe('checkPageSize', () => {
  it('defaults to 20 when first is not given', () => {
    expect(checkPageSize(undefined)).toBe(20);
    expect(checkPageSize(null)).toBe(20);
  });

  it('accepts the bounds 1 and 100', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(100)).toBe(100);
  });

  it.each([0, -1, 101, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses %s with BAD_USER_INPUT on field first',
    (size) => {
      const error = caught(() => checkPageSize(size));
      expect(error.extensions['code']).toBe('BAD_USER_INPUT');
      expect(error.extensions['field']).toBe('first');
      expect(error.message).toBe('first: must be between 1 and 100.');
    },
  );
});
