import { describe, expect, it } from 'vitest';
import { normalizeCallerPhone } from './caller-phone.js';

describe('a caller phone', () => {
  it.each([
    ['13900001111', '13900001111'],
    ['139 0000 1111', '13900001111'],
    ['139-0000-1111', '13900001111'],
    ['+86 139 0000 1111', '13900001111'],
    ['+8613900001111', '13900001111'],
    ['0086 139 0000 1111', '13900001111'],
    ['\u3000139\u30000000\u30001111 ', '13900001111'],
    ['025-84001234', '02584001234'],
    ['(025) 8400 1234', '02584001234'],
    ['（025）84001234', '02584001234'],
    ['025.8400.1234', '02584001234'],
    ['010-12345678', '01012345678'],
    ['0512-6600123', '05126600123'],
    // From abroad a landline drops its trunk 0; written with it, it is kept.
    ['+86 25 8400 1234', '02584001234'],
    ['0086-25-84001234', '02584001234'],
    ['+86 025 8400 1234', '02584001234'],
  ])('%j is stored and searched as %s', (written, digits) => {
    expect(normalizeCallerPhone(written)).toEqual({ phone: digits });
  });

  it.each([
    ['84001234', /without its area code/],
    ['8400123', /without its area code/],
    ['12345', /mainland mobile number \(11 digits\) or a landline with its area code/],
    ['1390000111', /mainland mobile/],
    ['139000011112', /mainland mobile/],
    ['12900001111', /mainland mobile/],
    ['+1 415 555 0100', /mainland mobile/],
    ['139O0001111', /mainland mobile/],
    ['025-8400123456', /mainland mobile/],
    ['', /mainland mobile/],
  ])('%j is refused, saying what to write', (written, problem) => {
    const result = normalizeCallerPhone(written);
    expect(result).toEqual({
      problem: { zh: expect.stringMatching(/号码/), en: expect.stringMatching(problem) },
    });
  });
});
