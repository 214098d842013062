import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { divisionContains } from '@city-ops/schema';
import type { Principal } from '@city-ops/kernel';
import { accessFor, divisionPattern } from '@city-ops/kernel';
import { ownsRecordsOf } from '../owns-records.js';
import type { RecordHoldingNode } from '../owns-records.js';

/** Who reads a record (the token's principal), and at which node. */
export interface RecordReader {
  principal: Principal;
  node: RecordHoldingNode;
}

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
 *
 * `reader.node` is the node answering: only the owning city holds a record unmasked. Every
 * other copy (a province's or the ministry's replica, which the gateway also serves when
 * the city is down) was masked before it was stored, so there is nothing unmasked to show
 * whoever asks — an agent of the owning city included — and the answer must say `masked`.
 */
export function canSeePersonalData(reader: RecordReader, record: PersonalDataHolder): boolean {
  if (!ownsRecordsOf(reader.node, record.division)) return false;
  const access = accessFor(reader.principal, 'personal-data.read');
  if (!access || !divisionContains(access.division, record.division)) return false;
  if (access.scope === 'unit') {
    return (
      !record.confidential &&
      // Stryker disable next-line ConditionalExpression: narrows the type only: accessFor grants unit scope only to a principal with a department, so access.unit is always set here, and includes(undefined) on a list of unit ids is false anyway
      access.unit !== undefined &&
      // Stryker disable next-line ArrayDeclaration: a record without a units list is assigned to no unit; the mutant's placeholder element is no unit id either, so includes() stays false
      (record.units ?? []).includes(access.unit)
    );
  }
  return true;
}

/** The same holder in SQL over the kind's table (its `division` column is read as is). */
export interface PersonalDataHolderSql {
  /** The caller asked for confidentiality (absent: no record of the kind can). */
  confidential?: RawBuilder<boolean>;
  /** The record is assigned to `unit` (absent: the kind assigns none to units). */
  assignedTo?: (unit: string) => RawBuilder<boolean>;
}

/**
 * canSeePersonalData in SQL, for a filter that must not match what the reader would
 * see masked (matching it would tell them what the mask hides): true exactly on the rows
 * whose personal data `reader` sees unmasked at this node; undefined when that is no row
 * at all (a replica, a role without personal-data.read), so nothing need be asked.
 */
export function personalDataVisibleCondition(
  reader: RecordReader,
  holder: PersonalDataHolderSql,
): RawBuilder<boolean> | undefined {
  if (!reader.node.spoke.ownsRecords) return undefined;
  const access = accessFor(reader.principal, 'personal-data.read');
  if (!access) return undefined;
  // Both divisions are inside a city, so each has a pattern (only a national scope has none):
  // a record-owning node is a city, and personal-data.read is granted only at city and unit
  // scope, which apply only to a principal inside a city. Were one missing, LIKE NULL would
  // match no row: the condition fails closed.
  const inside = [reader.node.division, access.division].map(
    (scope) => sql<boolean>`division LIKE ${divisionPattern(scope)!}`,
  );
  if (access.scope === 'unit') {
    if (!holder.assignedTo) return undefined;
    const unit = access.unit;
    // Stryker disable next-line ConditionalExpression: narrows the type only: accessFor grants unit scope only to a principal with a department, so access.unit is always set here (forcing the test true would hide every unit reader's rows, which the row-by-row test catches too)
    if (unit === undefined) return undefined;
    inside.push(holder.assignedTo(unit));
    if (holder.confidential) inside.push(sql<boolean>`NOT ${holder.confidential}`);
  }
  return sql<boolean>`(${sql.join(inside, sql` AND `)})`;
}
