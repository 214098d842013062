import { createHash } from 'node:crypto';

/**
 * `value` as JSON in one canonical form: object keys sorted at every level, and
 * fields that are null or absent left out (for an optional input field GraphQL
 * treats the two alike), so two requests a client means as the same serialise
 * alike whatever order it wrote the fields in. Arrays keep their order.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => canonicalJson(item ?? null)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const fields = Object.entries(value)
      .filter(([, field]) => field !== null && field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${fields.map(([name, field]) => `${JSON.stringify(name)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What makes two creates "the same request": sha256 of the input's canonical JSON
 * without the idempotency key itself (hex).
 */
export function requestHash(input: Readonly<Record<string, unknown>>): string {
  const { idempotencyKey: _key, ...request } = input;
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}
