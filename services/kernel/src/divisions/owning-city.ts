import {
  divisionLevel,
  isKnownDivision,
  isWellFormedDivisionCode,
  owningCityOf,
} from '@city-ops/schema';
import type { DivisionLevel } from '@city-ops/schema';
import { badUserInput } from '../errors.js';
import { divisionLabel } from './division-ref.js';

/** A division level as a Chinese sentence names it (全国级, 省级…). */
const LEVEL_NAMES: Record<DivisionLevel, string> = {
  NATIONAL: '全国',
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '区县',
};

/**
 * Checks that `division` is a real division that a city owns, and returns that
 * owning city. `field` names the input field for the error message.
 */
export function owningCityFor(division: string, field: string): string {
  if (!isWellFormedDivisionCode(division)) {
    throw badUserInput(field, {
      zh: `"${division}" 不是六位 GB/T 2260 行政区划代码。`,
      en: `"${division}" is not a six-digit GB/T 2260 division code.`,
    });
  }
  if (!isKnownDivision(division)) {
    throw badUserInput(field, {
      zh: `${division} 不在行政区划代码库中。`,
      en: `${division} is not a division in the registry.`,
    });
  }
  const owner = owningCityOf(division);
  if (!owner) {
    throw badUserInput(field, {
      zh: `${divisionLabel(division)} 是${LEVEL_NAMES[divisionLevel(division)]}级代码；记录只能属于市或区县的代码。`,
      en: `${divisionLabel(division)} is a ${divisionLevel(division).toLowerCase()} code; records belong to a city or county code.`,
    });
  }
  return owner;
}
