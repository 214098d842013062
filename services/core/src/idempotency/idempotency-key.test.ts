import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkIdempotencyKey } from './idempotency-key.js';

describe('checkIdempotencyKey', () => {
  it('takes no key, a UUID and up to 128 of the allowed characters', () => {
    expect(checkIdempotencyKey(undefined)).toBeUndefined();
    expect(checkIdempotencyKey(null)).toBeUndefined();
    const uuid = '0b7e7b1e-5d8e-4c1a-9b7a-2f1f9c3e4d5a';
    expect(checkIdempotencyKey(uuid)).toBe(uuid);
    expect(checkIdempotencyKey('order:2026.11_21-a')).toBe('order:2026.11_21-a');
    expect(checkIdempotencyKey('k'.repeat(128))).toBe('k'.repeat(128));
  });

  it.each(['', ' ', 'k'.repeat(129), 'a b', 'a/b', '键', 'a\nb'])(
    'refuses %j as BAD_USER_INPUT on input.idempotencyKey',
    (key) => {
      let error: unknown;
      try {
        checkIdempotencyKey(key);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.idempotencyKey',
      });
    },
  );
});
