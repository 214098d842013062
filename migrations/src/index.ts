import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import * as records from './20261121100000_records.js';
import * as changeLogAndAudit from './20261121100100_change-log-and-audit.js';
import * as rowLevelSecurity from './20261121110000_row-level-security-and-audit-chain.js';
import * as workingCalendar from './20261121120000_working-calendar.js';
import * as workflowHistoryAndUnits from './20261121130000_workflow-history-and-units.js';
import * as caseWorkflow from './20261121140000_case-workflow.js';
import * as enforcementWorkflow from './20261121150000_enforcement-workflow.js';
import * as auditChainSealing from './20261121153000_audit-chain-sealing.js';
import * as listSortIndexes from './20261121155000_list-sort-indexes.js';
import * as tierSync from './20261121160000_tier-sync.js';
import * as indicators from './20261121170000_indicator-indexes.js';
import * as monthlyRollup from './20261121180000_monthly-rollup.js';
import * as idempotencyKeys from './20261121190000_idempotency-keys.js';
import * as syncBacklogAndLag from './20261204120000_sync-backlog-and-lag.js';
import * as syncStaleChanges from './20261205120000_sync-stale-changes.js';
import * as coUnitReplies from './20261206090000_co-unit-replies.js';
import * as ticketCaseLink from './20261206100000_ticket-case-link.js';
import * as deskLookups from './20261206120000_desk-lookups.js';
import * as recordAttachments from './20261208090000_record-attachments.js';
import * as supervisionArrivals from './20261209090000_supervision-arrivals.js';

/**
 * Every migration in order. Listed here rather than read from disk because kysely's
 * FileMigrationProvider cannot import .ts files under Node; a test checks this list
 * against the folder so a new file cannot be forgotten.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '20261121100000_records': records,
  '20261121100100_change-log-and-audit': changeLogAndAudit,
  '20261121110000_row-level-security-and-audit-chain': rowLevelSecurity,
  '20261121120000_working-calendar': workingCalendar,
  '20261121130000_workflow-history-and-units': workflowHistoryAndUnits,
  '20261121140000_case-workflow': caseWorkflow,
  '20261121150000_enforcement-workflow': enforcementWorkflow,
  '20261121153000_audit-chain-sealing': auditChainSealing,
  '20261121155000_list-sort-indexes': listSortIndexes,
  '20261121160000_tier-sync': tierSync,
  '20261121170000_indicator-indexes': indicators,
  '20261121180000_monthly-rollup': monthlyRollup,
  '20261121190000_idempotency-keys': idempotencyKeys,
  '20261204120000_sync-backlog-and-lag': syncBacklogAndLag,
  '20261205120000_sync-stale-changes': syncStaleChanges,
  '20261206090000_co-unit-replies': coUnitReplies,
  '20261206100000_ticket-case-link': ticketCaseLink,
  '20261206120000_desk-lookups': deskLookups,
  '20261208090000_record-attachments': recordAttachments,
  '20261209090000_supervision-arrivals': supervisionArrivals,
};

const provider: MigrationProvider = { getMigrations: async () => ({ ...migrations }) };

export function createMigrator(db: Kysely<unknown>): Migrator {
  return new Migrator({ db, provider });
}

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<MigrationResultSet> {
  const result = await createMigrator(db).migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((entry) => entry.status === 'Error');
    throw new Error(
      `migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(result.error)}`,
      { cause: result.error },
    );
  }
  return result;
}
