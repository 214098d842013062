/**
 * Check digits of the two identifiers a party carries (docs/DOMAIN.md "Enforcement records"): a person's
 * 居民身份证号 (GB 11643-1999) and an organisation's 统一社会信用代码 (GB 32100-2015).
 * Both are 18 characters whose last one is computed from the first 17, so a typo
 * in any one character is caught at filing rather than on a served decision.
 * Each check returns why the value is wrong, or undefined when it is valid.
 */
import type { Bilingual } from '@city-ops/kernel';

/** GB 11643: weight of position i is 2^(17 - i) mod 11. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** GB 11643: the check character for each remainder of the weighted sum mod 11. */
const ID_CHECK_CHARACTERS = '10X98765432';

/** The GB 11643 check character of a 17-digit body. */
export function idNumberCheckCharacter(body: string): string {
  let sum = 0;
  // One weight per digit of the body: the 18th character is the check character itself.
  ID_WEIGHTS.forEach((weight, index) => {
    sum += Number(body[index]) * weight;
  });
  // Stryker disable next-line StringLiteral: unreachable for the 17-digit body idNumberProblem passes (its format is checked first): sum % 11 is then 0–10, always a character of the string; the fallback only satisfies noUncheckedIndexedAccess
  return ID_CHECK_CHARACTERS[sum % 11] ?? '';
}

/**
 * Date.UTC rolls a month or day out of range over into another month (19900230 becomes
 * 2 March, month 13 January of the next year, day 00 the last of the previous month), so
 * the date is real when its month comes back unchanged. A two-digit day overshoots by
 * less than a year, so it never lands back in the same month; comparing the year and the
 * day as well could refuse nothing more.
 */
function isRealDate(year: number, month: number, day: number): boolean {
  return new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
}

/**
 * A 居民身份证号: 6-digit address code, 8-digit birth date, 3-digit sequence, check
 * character (0–9 or X). `today` bounds the birth date.
 */
export function idNumberProblem(value: string, today: Date = new Date()): Bilingual | undefined {
  if (!/^\d{17}[\dX]$/.test(value)) {
    return {
      zh: '应为 18 位：17 位数字加 1 位校验码（0–9 或 X）。',
      en: 'must be 18 characters: 17 digits and a check digit (0–9 or X).',
    };
  }
  const [year, month, day] = [
    Number(value.slice(6, 10)),
    Number(value.slice(10, 12)),
    Number(value.slice(12, 14)),
  ];
  if (
    year < 1900 ||
    !isRealDate(year, month, day) ||
    Date.UTC(year, month - 1, day) > today.getTime()
  ) {
    return {
      zh: `其中的出生日期 ${value.slice(6, 14)} 不是真实的过去日期。`,
      en: `holds the birth date ${value.slice(6, 14)}, which is not a real past date.`,
    };
  }
  const expected = idNumberCheckCharacter(value);
  if (value[17] !== expected) {
    return {
      zh: `校验码为 ${value[17]}，但按 GB 11643 前 17 位应得 ${expected}：请检查是否输错。`,
      en: `has the check digit ${value[17]}, but GB 11643 gives ${expected} for the first 17 digits: check them for a typo.`,
    };
  }
  return undefined;
}

/** GB 32100: the 31 characters a code uses (no I, O, S, V, Z), each worth its index. */
const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100: weight of position i is 3^i mod 31. */
const CREDIT_CODE_WEIGHTS = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
] as const;

/** The GB 32100 check character of a 17-character body. */
export function creditCodeCheckCharacter(body: string): string {
  let sum = 0;
  // One weight per character of the body: the 18th character is the check character itself.
  CREDIT_CODE_WEIGHTS.forEach((weight, index) => {
    // Stryker disable next-line StringLiteral: unreachable for the 17-character body creditCodeProblem passes (its format is checked first); the fallback only satisfies noUncheckedIndexedAccess
    sum += CREDIT_CODE_CHARACTERS.indexOf(body[index] ?? '') * weight;
  });
  // Stryker disable next-line StringLiteral: unreachable: the index is 0–30, always one of the 31 characters; the fallback only satisfies noUncheckedIndexedAccess
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * A 统一社会信用代码: registering authority and organisation type (2 characters),
 * the registering authority's 6-digit division code, the 9-character organisation
 * code, and the check character.
 */
export function creditCodeProblem(value: string): Bilingual | undefined {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) {
    return {
      zh: '应为 18 位：数字和除 I、O、S、V、Z 以外的大写字母，第 3–8 位为 6 位行政区划代码。',
      en: 'must be 18 characters: digits and capital letters except I, O, S, V and Z, with a 6-digit division code in positions 3–8.',
    };
  }
  const expected = creditCodeCheckCharacter(value);
  if (value[17] !== expected) {
    return {
      zh: `校验码为 ${value[17]}，但按 GB 32100 前 17 位应得 ${expected}：请检查是否输错。`,
      en: `has the check character ${value[17]}, but GB 32100 gives ${expected} for the first 17 characters: check them for a typo.`,
    };
  }
  return undefined;
}
