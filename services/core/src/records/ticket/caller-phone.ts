import type { Bilingual } from '@city-ops/kernel';
import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';

/**
 * A caller's phone, one rule for taking it at intake and for looking it up: a mainland
 * mobile (1[3-9] and 9 more digits) or a landline with its area code (0 and 2–3 digits,
 * then 7–8 digits), kept as digits only. People and switchboards write the same number
 * many ways — `025-8400 1234`, `(025)84001234`, `+86 139 0000 1111`, `0086 25 84001234` —
 * and all of them must find the tickets of `02584001234`.
 */
const NATIONAL_NUMBER = /^(1[3-9]\d{9}|0\d{2,3}\d{7,8})$/;

/** Written around the digits and ignored: white space (the ideographic space too), dashes, dots, brackets. */
const SEPARATORS = /[\s\-–—.()（）]/gu;

/** The country code as dialled from abroad (+86) or from a switchboard (0086). */
const COUNTRY_PREFIX = /^(\+86|0086)/;

export type PhoneResult = { phone: string } | { problem: Bilingual };

/**
 * The phone as stored and searched: digits only, with its area code for a landline; or
 * what is wrong with it, said so that the agent can correct it.
 */
export function normalizeCallerPhone(written: string): PhoneResult {
  let digits = written.replace(SEPARATORS, '');
  const international = COUNTRY_PREFIX.exec(digits);
  if (international) {
    digits = digits.slice(international[0].length);
    // From abroad a landline is dialled without its trunk 0 (+86 25 8400 1234).
    if (/^[2-9]/.test(digits)) digits = `0${digits}`;
  }
  if (NATIONAL_NUMBER.test(digits)) return { phone: digits };
  if (/^[2-9]\d{6,7}$/.test(digits)) {
    return {
      problem: {
        zh: '是缺少区号的固定电话号码：请加上区号（如 025-84001234）。',
        en: 'is a landline number without its area code: write it with the area code (e.g. 025-84001234).',
      },
    };
  }
  return {
    problem: {
      zh: '应为大陆手机号码（11 位）或带区号的固定电话号码（如 025-84001234）；可含空格、连字符和 +86 前缀。',
      en: 'must be a mainland mobile number (11 digits) or a landline with its area code (e.g. 025-84001234); spaces, dashes and a +86 prefix are allowed.',
    },
  };
}

/**
 * Every form a phone of `digits` may be stored in: as it is since intake kept digits only,
 * and — a landline taken before — with the dash its agent typed after a 3- or 4-digit area
 * code (the intake then took `0\d{2,3}-?\d{7,8}`, white space removed).
 */
export function storedPhoneForms(digits: string): string[] {
  if (!digits.startsWith('0')) return [digits];
  return [
    digits,
    `${digits.slice(0, 3)}-${digits.slice(3)}`,
    `${digits.slice(0, 4)}-${digits.slice(4)}`,
  ];
}

/**
 * The tickets of a caller's phone, in SQL. Plain equality on the column: row-level
 * security lets an index serve only leakproof conditions (equality is, a function of
 * the column such as regexp_replace is not), and `hotline_ticket_caller_phone` is on it.
 */
export const callerPhoneIs = (digits: string): RawBuilder<boolean> =>
  sql<boolean>`caller_phone = ANY(${storedPhoneForms(digits)}::text[])`;
