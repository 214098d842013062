import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckCharacter,
  creditCodeProblem,
  idNumberCheckCharacter,
  idNumberProblem,
} from './party-identifiers.js';

const TODAY = new Date('2026-11-21T00:00:00Z');

describe('居民身份证号 (GB 11643-1999)', () => {
  it('accepts the standard’s own example and other valid numbers', () => {
    // GB 11643-1999 annex: 11010519491231002X (check character X, remainder 2).
    expect(idNumberProblem('11010519491231002X', TODAY)).toBeUndefined();
    expect(idNumberProblem('110101199003071233', TODAY)).toBeUndefined();
    expect(idNumberProblem('320106199001011238', TODAY)).toBeUndefined();
  });

  it('computes the check character with weights 2^(17-i) mod 11', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('11010119900307123')).toBe('3');
    // remainder 0 → 1, remainder 1 → 0
    expect(idNumberCheckCharacter('00000000000000000')).toBe('1');
  });

  it('refuses a wrong check digit, a typo and a transposition, saying which digit it expected', () => {
    expect(idNumberProblem('110101199003071234', TODAY)?.en).toContain('GB 11643 gives 3');
    expect(idNumberProblem('110101199003071333', TODAY)?.en).toMatch(/check digit/); // 2 → 3
    expect(idNumberProblem('110101199003072133', TODAY)?.en).toMatch(/check digit/); // 12 → 21
  });

  it('refuses the wrong length or characters, and a lower-case x (the caller normalises it)', () => {
    expect(idNumberProblem('11010519491231002', TODAY)?.en).toMatch(/18 characters/);
    expect(idNumberProblem('1101051949123100200', TODAY)?.en).toMatch(/18 characters/);
    expect(idNumberProblem('11010519491231002x', TODAY)?.en).toMatch(/18 characters/);
    expect(idNumberProblem('1101051949123100AX', TODAY)?.en).toMatch(/18 characters/);
  });

  it('refuses a birth date that is not a real past date', () => {
    // A valid check digit, but born in 1880.
    expect(idNumberProblem('440524188001010014', TODAY)?.en).toMatch(/birth date 18800101/);
    const withCheck = (body: string) => body + idNumberCheckCharacter(body);
    expect(idNumberProblem(withCheck('11010119900230123'), TODAY)?.en).toMatch(
      /birth date 19900230/,
    );
    expect(idNumberProblem(withCheck('11010120991231123'), TODAY)?.en).toMatch(
      /birth date 20991231/,
    );
    expect(idNumberProblem(withCheck('11010120261121123'), TODAY)).toBeUndefined(); // born today
  });

  it('accepts a birth year of 1900, the earliest, and refuses 1899', () => {
    const withCheck = (body: string) => body + idNumberCheckCharacter(body);
    expect(idNumberProblem(withCheck('11010119000101123'), TODAY)).toBeUndefined();
    expect(idNumberProblem(withCheck('11010118991231123'), TODAY)?.en).toMatch(
      /birth date 18991231/,
    );
  });

  it('refuses a month or a day that does not exist, also where it rolls over to a real date', () => {
    const withCheck = (body: string) => body + idNumberCheckCharacter(body);
    // Month 13, day 1 would roll over to 1 January 1991, whose day matches.
    expect(idNumberProblem(withCheck('11010119901301123'), TODAY)?.en).toMatch(
      /birth date 19901301/,
    );
    expect(idNumberProblem(withCheck('11010119900001123'), TODAY)?.en).toMatch(
      /birth date 19900001/,
    );
    expect(idNumberProblem(withCheck('11010119900100123'), TODAY)?.en).toMatch(
      /birth date 19900100/,
    );
    expect(idNumberProblem(withCheck('11010119900132123'), TODAY)?.en).toMatch(
      /birth date 19900132/,
    );
    expect(idNumberProblem(withCheck('11010119900431123'), TODAY)?.en).toMatch(
      /birth date 19900431/,
    );
    // 29 February: 2000 was a leap year, 1900 was not (divisible by 100, not by 400).
    expect(idNumberProblem(withCheck('11010120000229123'), TODAY)).toBeUndefined();
    expect(idNumberProblem(withCheck('11010119000229123'), TODAY)?.en).toMatch(
      /birth date 19000229/,
    );
  });
});

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts valid codes', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeProblem('91110108551385082Q')).toBeUndefined();
  });

  it('computes the check character with weights 3^i mod 31 over the 31-character alphabet', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91110108551385082')).toBe('Q');
    // 31 - 0 → 0 (not 31): a sum divisible by 31 has check character 0.
    expect(creditCodeCheckCharacter('00000000000000000')).toBe('0');
  });

  it('refuses a wrong check character or a typo, saying what it expected', () => {
    expect(creditCodeProblem('91350100M000100Y44')?.en).toContain('GB 32100 gives 3');
    expect(creditCodeProblem('91350100M000100Y44')?.zh).toBe(
      '校验码为 4，但按 GB 32100 前 17 位应得 3：请检查是否输错。',
    );
    expect(creditCodeProblem('91350100M000101Y43')?.en).toMatch(/check character/);
  });

  it('refuses letters the code never uses, the wrong length and a non-numeric division', () => {
    expect(creditCodeProblem('91350100M000100I43')?.en).toMatch(/except I, O, S, V and Z/);
    expect(creditCodeProblem('91350100M000100O43')?.en).toMatch(/18 characters/);
    expect(creditCodeProblem('91350100M000100Y4')?.en).toMatch(/18 characters/);
    // A valid code with one character more in front or behind is not a valid code.
    expect(creditCodeProblem('991350100M000100Y43')?.en).toMatch(/18 characters/);
    expect(creditCodeProblem('91350100M000100Y430')?.en).toMatch(/18 characters/);
    expect(creditCodeProblem('9135A100M000100Y43')?.en).toMatch(/division code/);
    expect(creditCodeProblem('91350100m000100y43')?.en).toMatch(/18 characters/);
  });
});
