import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { CursorKey } from './cursor.js';
import {
  MAX_PAGE_SIZE,
  checkPageSize,
  compareCursorKeys,
  decodeCursor,
  encodeCursor,
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

describe('encodeCursor / decodeCursor', () => {
  it('round-trips a key, including non-ASCII ids and millisecond timestamps', () => {
    const keys: CursorKey[] = [
      { createdAt: '2026-11-21T10:00:00.123Z', id: '320100-0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11' },
      { createdAt: '2026-01-01T00:00:00.000Z', id: '工单/1?&=' },
    ];
    for (const key of keys) {
      const cursor = encodeCursor(key);
      // URL-safe, so a client can put it in a query string without escaping.
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual(key);
    }
  });

  it.each([
    ['garbage text', '!!! not a cursor !!!'],
    ['the empty string', ''],
    ['valid base64 of non-JSON', base64url('hello')],
    ['a JSON object instead of a pair', base64url({ createdAt: '2026-01-01T00:00:00Z', id: 'a' })],
    ['a one-element array', base64url(['2026-01-01T00:00:00Z'])],
    ['a three-element array', base64url(['2026-01-01T00:00:00Z', 'a', 'b'])],
    ['a numeric id', base64url(['2026-01-01T00:00:00Z', 42])],
    ['a numeric timestamp', base64url([1767225600000, 'a'])],
    ['a non-date timestamp', base64url(['not a date', 'a'])],
    ['JSON null', base64url(null)],
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
});

describe('compareCursorKeys', () => {
  const sorted = (keys: CursorKey[]) => [...keys].sort(compareCursorKeys);

  it('orders newest first', () => {
    const older = { createdAt: '2026-01-01T00:00:00.000Z', id: 'z' };
    const newer = { createdAt: '2026-01-01T00:00:00.001Z', id: 'a' };
    expect(compareCursorKeys(newer, older)).toBeLessThan(0);
    expect(compareCursorKeys(older, newer)).toBeGreaterThan(0);
    expect(sorted([older, newer])).toEqual([newer, older]);
  });

  it('breaks ties on createdAt by id, descending', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const keys = [
      { createdAt: at, id: 'b' },
      { createdAt: at, id: 'c' },
      { createdAt: at, id: 'a' },
    ];
    expect(sorted(keys).map((key) => key.id)).toEqual(['c', 'b', 'a']);
  });

  it('compares ids bytewise like the C collation, not by locale', () => {
    // In C collation 'B' (0x42) < 'a' (0x61); a locale-aware sort would put 'a' before 'B'.
    // SQL pages with COLLATE "C", so the gateway's merge must agree or pages skip rows.
    const at = '2026-01-01T00:00:00.000Z';
    const keys = [
      { createdAt: at, id: 'a' },
      { createdAt: at, id: 'B' },
      { createdAt: at, id: 'é' },
      { createdAt: at, id: 'Z' },
    ];
    expect(sorted(keys).map((key) => key.id)).toEqual(['é', 'a', 'Z', 'B']);
  });

  it('returns 0 for equal keys', () => {
    const key = { createdAt: '2026-01-01T00:00:00.000Z', id: 'a' };
    expect(compareCursorKeys(key, { ...key })).toBe(0);
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
