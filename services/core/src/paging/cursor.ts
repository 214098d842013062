import { badUserInput } from '../errors.js';

/**
 * Keyset cursors over (createdAt desc, id desc). The key is the same on every node,
 * so the gateway can merge pages from several nodes and hand the last cursor back to
 * all of them: paging across nodes stays stable without per-node state.
 */
export interface CursorKey {
  createdAt: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.createdAt, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      !Number.isNaN(Date.parse(value[0]))
    ) {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(
    field,
    'is not a cursor returned by this API; pass pageInfo.endCursor unchanged.',
  );
}

/** Newest first; ties broken by id, compared bytewise like the C collation in SQL. */
export function compareCursorKeys(a: CursorKey, b: CursorKey): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number | null | undefined, field = 'first'): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(field, `must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return size;
}
