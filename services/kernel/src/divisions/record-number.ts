import { badUserInput } from '../errors.js';

/**
 * A record's number (工单编号, 案件编号) starts with the division code of the city that
 * owns it, like its id (record-id.ts), then its series and digits
 * (`<city><series letters><yyyymmdd><sequence>`; the node's record kinds say which
 * letters are whose). So the gateway routes a lookup by number from the number alone, and
 * the owner's province holds the same number on its replica.
 */
const OWNER_PREFIX = /^(\d{6})/;

/** What a number may hold: letters and digits, a prefix of six digits, at most 40 in all. */
const WELL_FORMED = /^[0-9A-Z]{1,40}$/;

/**
 * A number as typed by a person — spaces around it ignored, letters in any case — as it
 * is stored; BAD_USER_INPUT naming `field` when it cannot be a number at all.
 */
export function readRecordNumber(written: string, field = 'number'): string {
  const number = written.trim().toUpperCase();
  if (!WELL_FORMED.test(number)) {
    throw badUserInput(field, {
      zh: '应为记录编号：1–40 位字母和数字，以所属城市的六位行政区划代码开头（如 32010020261121000001）。',
      en: 'must be a record number: 1–40 letters and digits, starting with the owning city’s six-digit division code (e.g. 32010020261121000001).',
    });
  }
  return number;
}

/** The division a record number starts with (its owning city's), or undefined. */
export function recordOwnerOfNumber(number: string): string | undefined {
  return OWNER_PREFIX.exec(number)?.[1];
}
