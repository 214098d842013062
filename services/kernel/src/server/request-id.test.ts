import { describe, expect, it } from 'vitest';
import { acceptedRequestId } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('acceptedRequestId', () => {
  it('keeps a plausible id', () => {
    for (const id of ['3f2c1d9e-0b7a-4c1e-9f3a-1b2c3d4e5f60', 'req_01HZX.abc:42-1']) {
      expect(acceptedRequestId(id)).toBe(id);
    }
  });

  it('replaces a missing, empty, long or marked-up id with a new UUID', () => {
    for (const id of [
      null,
      undefined,
      '',
      'x'.repeat(129),
      '<script>x</script>',
      'a b',
      'a\u0000b',
      '编号',
    ]) {
      expect(acceptedRequestId(id)).toMatch(UUID);
    }
  });
});
