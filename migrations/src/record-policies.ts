import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import { inDivisionRangeText } from './division-scope.js';

/**
 * What the row-level-security policy of each record table lets a request read (its USING
 * clause), written once: the policies of 20261121110000 send it, and so do the functions
 * that must find rows exactly as a request may see them while running as the owner
 * (20261206120000_desk-lookups: the trigram lookups, which the policy would otherwise
 * keep from their index).
 *
 * Landed migrations send this text: it must never change (migration-sql.test.ts checks
 * every migration's statements); a different policy belongs in a new migration.
 */
export const unitSetting = sql.raw(`(SELECT current_setting('city_ops.unit', true))`);
export const gridSetting = sql.raw(`(SELECT current_setting('city_ops.grid', true))`);

const inDivisionRange = sql.raw(inDivisionRangeText);

export const RECORD_POLICIES: Readonly<
  Record<'hotline_ticket' | 'case_report' | 'enforcement_record', RawBuilder<unknown>>
> = {
  hotline_ticket: sql`${inDivisionRange}
        AND (${unitSetting} = '' OR lead_unit = ${unitSetting} OR co_units @> ARRAY[${unitSetting}])`,
  case_report: sql`${inDivisionRange}
        AND (${unitSetting} = '' OR handling_unit = ${unitSetting})
        AND (${gridSetting} = '' OR grid_cell = ${gridSetting})`,
  enforcement_record: sql`${inDivisionRange} AND ${unitSetting} = '' AND ${gridSetting} = ''`,
};
