import { divisionLabel } from './division-ref.js';
import {
  divisionLevel,
  isKnownDivision,
  isWellFormedDivisionCode,
  narrowerScope,
} from '@city-ops/schema';
import { badUserInput, forbidden } from '../errors.js';

/**
 * The SQL LIKE pattern matching every division code inside `scope` (docs/DOMAIN.md "Division codes"),
 * or undefined for the national scope, which contains everything. Keeping this
 * next to the registry's rule means one definition of "inside".
 */
export function divisionPattern(scope: string): string | undefined {
  switch (divisionLevel(scope)) {
    // Stryker disable next-line StringLiteral: a national scope that matched no case falls off the end of the switch and returns undefined just the same
    case 'NATIONAL':
      return undefined;
    case 'PROVINCE':
      return scope.slice(0, 2) + '%';
    case 'CITY':
      return scope.slice(0, 4) + '%';
    case 'COUNTY':
      return scope;
  }
}

/**
 * The divisions a list may cover for a caller: the requested division (default:
 * the caller's own), which must be a known code overlapping the caller's division,
 * narrowed to the caller's division. Used by the gateway before fanning out and by
 * every node again, so both refuse the same requests with the same errors.
 */
export function requestedScope(
  callerDivision: string,
  requested: string | null | undefined,
  field = 'division',
): string {
  const division = requested ?? callerDivision;
  if (!isWellFormedDivisionCode(division) || !isKnownDivision(division)) {
    throw badUserInput(field, {
      zh: `"${division}" 不是已知的 GB/T 2260 行政区划代码。`,
      en: `"${division}" is not a known GB/T 2260 division code.`,
    });
  }
  const scope = narrowerScope(division, callerDivision);
  if (!scope) {
    throw forbidden({
      zh: `行政区划 ${divisionLabel(division)} 不在您的辖区 ${divisionLabel(callerDivision)} 之内。`,
      en: `Division ${divisionLabel(division)} is outside your division ${divisionLabel(callerDivision)}.`,
    });
  }
  return scope;
}
