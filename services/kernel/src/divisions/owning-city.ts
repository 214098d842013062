import {
  divisionLevel,
  isKnownDivision,
  isWellFormedDivisionCode,
  owningCityOf,
} from '@city-ops/schema';
import { badUserInput } from '../errors.js';
import { divisionLabel } from './division-ref.js';

/**
 * Checks that `division` is a real division that a city owns, and returns that
 * owning city. `field` names the input field for the error message.
 */
export function owningCityFor(division: string, field: string): string {
  if (!isWellFormedDivisionCode(division)) {
    throw badUserInput(field, `"${division}" is not a six-digit GB/T 2260 division code.`);
  }
  if (!isKnownDivision(division)) {
    throw badUserInput(field, `${division} is not a division in the registry.`);
  }
  const owner = owningCityOf(division);
  if (!owner) {
    throw badUserInput(
      field,
      `${divisionLabel(division)} is a ${divisionLevel(division).toLowerCase()} code; records belong to a city or county code.`,
    );
  }
  return owner;
}
