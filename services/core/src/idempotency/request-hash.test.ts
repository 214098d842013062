import { describe, expect, it } from 'vitest';
import { canonicalJson, requestHash } from './request-hash.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps the order of arrays', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,1]},"b":1}',
    );
  });

  it('leaves out null and absent fields alike, but not false, zero or empty text', () => {
    expect(canonicalJson({ a: null, b: undefined, c: false, d: 0, e: '' })).toBe(
      '{"c":false,"d":0,"e":""}',
    );
    expect(canonicalJson([null, undefined])).toBe('[null,null]');
  });
});

describe('requestHash', () => {
  const input = { division: '320102', caller: { name: '赵六', phone: '13800002222' } };

  it('is the same whatever the key, the field order or a null optional field', () => {
    expect(requestHash({ ...input, idempotencyKey: 'a' })).toBe(requestHash(input));
    expect(
      requestHash({
        caller: { phone: '13800002222', name: '赵六' },
        location: null,
        division: '320102',
        idempotencyKey: 'b',
      }),
    ).toBe(requestHash(input));
  });

  it('differs when any value differs', () => {
    expect(requestHash({ ...input, caller: { name: '赵六', phone: '13800002223' } })).not.toBe(
      requestHash(input),
    );
    expect(requestHash({ ...input, division: 320102 })).not.toBe(requestHash(input));
  });
});
