import { describe, expect, it } from 'vitest';
import { rowChange } from './append-change.js';

describe('rowChange', () => {
  it('describes a written row as an upsert of its id at its version, in its division, with the payload given', () => {
    const payload = { id: '320100-T-1', caller_phone: '138****5678' };
    expect(
      rowChange('hotline_ticket', { id: '320100-T-1', version: 3, division: '320106' }, payload),
    ).toEqual({
      entity: 'hotline_ticket',
      entityId: '320100-T-1',
      version: 3,
      operation: 'upsert',
      payload,
      division: '320106',
    });
  });
});
