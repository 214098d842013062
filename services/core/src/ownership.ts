import { divisionLabel } from './divisions/division-ref.js';
import {
  divisionLevel,
  isKnownDivision,
  isWellFormedDivisionCode,
  owningCityOf,
} from '@city-ops/schema';
import { badUserInput, notOwner } from './errors.js';
import type { NodeRuntime } from './node-context.js';

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

/**
 * Single owner per record (DESIGN.md): only the city node of a division writes its
 * records. Anything else gets NOT_OWNER naming the owner, so the caller knows where
 * the write belongs.
 */
export function assertOwner(node: NodeRuntime, division: string, field: string): void {
  const owner = owningCityFor(division, field);
  if (node.tier === 'city' && owner === node.division) return;
  throw notOwner(
    `Records of ${divisionLabel(division)} are owned by the city node ${divisionLabel(owner)}, not by this ${node.tier} node ${divisionLabel(node.division)}; send the write there (the gateway routes it by division).`,
    owner,
  );
}
