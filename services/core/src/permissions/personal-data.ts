import { divisionContains } from '@city-ops/schema';
import type { Principal } from '@city-ops/kernel';
import { accessFor } from '@city-ops/kernel';

/** What the personal-data rule needs to know about a record. */
export interface PersonalDataHolder {
  division: string;
  /** The caller asked for confidentiality (保密): hidden even from the assigned unit. */
  confidential?: boolean;
  /** Handling units the record is assigned to (lead and co-units). */
  units?: readonly string[];
}

/**
 * Field rule for personal data (docs/ARCHITECTURE.md "Identity and permissions"): unmasked only for roles
 * that need it, only inside the owning city, and for a handling unit only on its
 * own, non-confidential work. Province, ministry, other cities and sync payloads
 * always get masked values.
 */
export function canSeePersonalData(viewer: Principal, record: PersonalDataHolder): boolean {
  const access = accessFor(viewer, 'personal-data.read');
  if (!access || !divisionContains(access.division, record.division)) return false;
  if (access.scope === 'unit') {
    return (
      !record.confidential &&
      access.unit !== undefined &&
      (record.units ?? []).includes(access.unit)
    );
  }
  return true;
}
