import { divisionContains } from '@city-ops/schema';
import type { Principal } from '../auth/principal.js';
import { isAllowed } from './policy.js';

/**
 * Field rule for personal data (DESIGN.md "Permissions"): unmasked only for roles
 * that need it, and only inside the city that owns the record. Province, ministry,
 * other cities and sync payloads always get masked values.
 */
export function canSeePersonalData(viewer: Principal, owningCity: string): boolean {
  return isAllowed(viewer, 'personal-data.read') && divisionContains(owningCity, viewer.division);
}
