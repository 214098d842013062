import type { Transaction } from 'kysely';
import { appendAudit } from '../audit/append-audit.js';
import { appendChange, rowChange } from '../change-log/append-change.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { RequestContext } from '../node-context.js';
import { recordCreation } from '../workflow/record-transition.js';
import { findRecordInScope } from './find-record-in-scope.js';
import type { RecordKey } from './find-record-in-scope.js';
import { recordChangePayload } from './personal-columns.js';
import type { RecordKind, RecordRow, RecordTable } from './record-kind.js';
import { auditUnmaskedReads } from './record-page.js';

/**
 * What every new record leaves in its own transaction: its birth in the history
 * (`action`, from no state), its masked change-log entry and its audit entry.
 */
export async function recordCreated<T extends RecordTable, Subject>(
  trx: Transaction<Database>,
  context: RequestContext,
  kind: RecordKind<T, Subject>,
  row: RecordRow<T>,
  entry: {
    action: string;
    comment?: string | null;
    /** The audit entry's action, other ids it concerns and what it records. */
    audit: { action: string; also?: readonly string[]; detail: Record<string, unknown> };
  },
): Promise<void> {
  const record = row as RecordRow<T> & {
    id: string;
    version: number;
    division: string;
    status: string;
  };
  await recordCreation(trx, context, {
    entity: kind.table,
    id: record.id,
    division: record.division,
    state: record.status,
    action: entry.action,
    comment: entry.comment ?? null,
  });
  await appendChange(trx, rowChange(kind.table, record, recordChangePayload(kind, row)));
  await appendAudit(trx, context, {
    action: entry.audit.action,
    entity: kind.table,
    entityIds: [record.id, ...(entry.audit.also ?? [])],
    detail: entry.audit.detail,
    scope: record.division,
  });
}

/**
 * A record by id (or number) inside `scope`, in the caller's open transaction, with a
 * read of its unmasked personal data audited; undefined when missing or outside the
 * scope (a create's replay answers with it).
 */
export async function recordInScope<T extends RecordTable, Subject>(
  trx: Transaction<Database>,
  context: RequestContext,
  kind: RecordKind<T, Subject>,
  scope: RowScope,
  key: RecordKey,
): Promise<RecordRow<T> | undefined> {
  const row = await findRecordInScope(trx, kind.table, key, scope);
  if (row) await auditUnmaskedReads(trx, context, kind, scope, [row]);
  return row;
}
