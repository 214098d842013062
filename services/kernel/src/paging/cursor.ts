import { badUserInput } from '../errors.js';
import { isSupportedInstant } from '../input-instant.js';
import { textCharacterProblem } from '../input-text.js';

/**
 * Keyset cursors. A list is ordered by its sort key (a timestamp column chosen by
 * the list's `sort` argument) and then by id, both in the sort's direction, with
 * null keys last either way. The order is the same on every node, so the gateway
 * can merge pages from several nodes and hand the last cursor back to all of them:
 * paging across nodes stays stable without per-node state. A cursor names the sort
 * it was made under, so reusing it under another sort is refused, not misread.
 */
export type SortDirection = 'ASC' | 'DESC';

/** A list's order: `by` is the sort field's SDL enum value (CREATED_AT, DUE_AT, …). */
export interface ListSort {
  by: string;
  direction: SortDirection;
}

/** Every list's default order. */
export const NEWEST_FIRST: Readonly<ListSort> = { by: 'CREATED_AT', direction: 'DESC' };

/** Where a row stands in a list: the sort, the row's sort key (null when it has none) and its id. */
export interface CursorKey {
  sort: ListSort;
  /** An instant as `Date#toISOString` writes it, whose text order is time order. */
  value: string | null;
  id: string;
}

/** The key of the default order alone, as the record views' `…Cursor(row)` helpers give it. */
export interface NewestFirstKey {
  createdAt: string;
  id: string;
}

/** A list's `sort` argument (an `XSort` input), omitted or null meaning newest first. */
export function listSort(
  input: { by?: string | null; direction?: SortDirection | null } | null | undefined,
): ListSort {
  return {
    by: input?.by ?? NEWEST_FIRST.by,
    direction: input?.direction ?? NEWEST_FIRST.direction,
  };
}

const describeSort = (sort: ListSort) => `${sort.by} ${sort.direction}`;

const sameSort = (a: ListSort, b: ListSort) => a.by === b.by && a.direction === b.direction;

export function encodeCursor(key: CursorKey | NewestFirstKey): string {
  const { sort, value, id } =
    'createdAt' in key ? { sort: NEWEST_FIRST, value: key.createdAt, id: key.id } : key;
  return Buffer.from(JSON.stringify([sort.by, sort.direction, value, id]), 'utf8').toString(
    'base64url',
  );
}

/**
 * A key as this API writes it: an instant in `toISOString`'s form inside the supported
 * years. A cursor is the client's to send back, so it is checked like any input: an
 * edited one (year 0, a NUL in the id) must be the client's mistake, not a statement
 * PostgreSQL refuses.
 */
const isInstant = (value: unknown): value is string =>
  typeof value === 'string' &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(value).toISOString() === value &&
  isSupportedInstant(new Date(value));

/** An id of at most 200 characters, on one line, that PostgreSQL can compare (no NUL). */
const isRecordIdLike = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length > 0 &&
  value.length <= 200 &&
  textCharacterProblem(value) === undefined;

/**
 * The key in `cursor`. With `expected`, a cursor made under another sort is
 * BAD_USER_INPUT on `field`: its position means nothing in the other order.
 */
export function decodeCursor(cursor: string, field = 'after', expected?: ListSort): CursorKey {
  let key: CursorKey | undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 4 &&
      typeof value[0] === 'string' &&
      /^[A-Z][A-Z_]*$/.test(value[0]) &&
      (value[1] === 'ASC' || value[1] === 'DESC') &&
      (value[2] === null || isInstant(value[2])) &&
      isRecordIdLike(value[3])
    ) {
      key = { sort: { by: value[0], direction: value[1] }, value: value[2], id: value[3] };
    }
  } catch {
    // fall through to the error below
  }
  if (!key) {
    throw badUserInput(field, {
      zh: '不是本接口返回的游标；请原样传入 pageInfo.endCursor。',
      en: 'is not a cursor returned by this API; pass pageInfo.endCursor unchanged.',
    });
  }
  if (expected && !sameSort(key.sort, expected)) {
    throw badUserInput(field, {
      zh: `是按 ${describeSort(key.sort)} 排序时返回的，不是按 ${describeSort(expected)}；请用原来的排序翻页，或不带 after 从头开始。`,
      en:
        `was returned under sort ${describeSort(key.sort)}, not ${describeSort(expected)}; ` +
        'page with the sort it came from, or start again without after.',
    });
  }
  return key;
}

/** Code-point order, which is UTF-8 byte order: what COLLATE "C" gives in SQL. */
function compareBytewise(a: string, b: string): number {
  if (a === b) return 0;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * The order SQL gives the list (keyset-order.ts): by key in the sort's direction,
 * null keys last whatever the direction, ties by id in the same direction, bytewise.
 * Keys of different sorts have no common order, and comparing them is a bug.
 */
export function compareCursorKeys(a: CursorKey, b: CursorKey): number {
  if (!sameSort(a.sort, b.sort)) {
    throw new Error(
      `cannot compare cursors of sorts ${describeSort(a.sort)} and ${describeSort(b.sort)}`,
    );
  }
  const sign = a.sort.direction === 'DESC' ? -1 : 1;
  if (a.value !== b.value) {
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return sign * compareBytewise(a.value, b.value);
  }
  const byId = compareBytewise(a.id, b.id);
  return byId === 0 ? 0 : sign * byId;
}

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number | null | undefined, field = 'first'): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(field, {
      zh: `应在 1 到 ${MAX_PAGE_SIZE} 之间。`,
      en: `must be between 1 and ${MAX_PAGE_SIZE}.`,
    });
  }
  return size;
}
