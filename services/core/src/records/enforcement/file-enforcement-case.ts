import { insertNewRecord } from '../record-list.js';
import { newRecordId, InputProblems } from '@city-ops/kernel';
import { authorizeIntake } from '../authorize-intake.js';
import { recordCreated, recordInScope } from '../record-created.js';
import { decisionDueAt } from './enforcement-deadlines.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { workingCalendarOf } from '../../calendar/working-calendar-cache.js';
import type { Database, EnforcementRecordRow } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { createOnce } from '../../idempotency/create-once.js';
import { validateEnforcementFiling } from './enforcement-input.js';
import type { EnforcementFiling, FileEnforcementCaseInput } from './enforcement-input.js';
import { RECORD_KINDS } from '../record-kinds.js';
import { enforcementKind } from './enforcement-kind.js';
import type { Transaction } from 'kysely';

/** A case may come from a ticket or a city operations case of the same city: they must exist. */
async function checkLinks(
  trx: Transaction<Database>,
  filing: EnforcementFiling,
  problems: InputProblems,
): Promise<void> {
  const links = [
    { field: 'input.linkedTicketId', kind: RECORD_KINDS.hotline_ticket, id: filing.linkedTicketId },
    { field: 'input.linkedCaseId', kind: RECORD_KINDS.case_report, id: filing.linkedCaseId },
  ];
  for (const { field, kind, id } of links) {
    if (!id) continue;
    // Read under the request's row scope: only records inside the caller's division are found.
    const found = await trx
      .selectFrom(kind.table)
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!found) {
      problems.add(field, {
        zh: `您所属行政区划内没有${kind.nounInChinese} ${id}。`,
        en: `no ${kind.noun} ${id} inside your division.`,
      });
    }
  }
}

/**
 * 立案: stores a new enforcement record, its history, change-log and audit entries
 * in one transaction, so either all exist or none does. The 90-day decision limit
 * (行政处罚法 art. 60) starts now. With an idempotency key, a retry of the same
 * request answers with the record the first one made (createOnce).
 */
export async function fileEnforcementCase(
  input: FileEnforcementCaseInput,
  context: RequestContext,
): Promise<EnforcementRecordRow> {
  const access = authorizeIntake(context, 'enforcement.create', input.division, {
    zh: '办理执法立案',
    en: 'file enforcement cases',
  });
  const problems = new InputProblems();
  const filing = validateEnforcementFiling(input, context, problems);
  const { node } = context;
  const scope = rowScopeAt(node, access);
  // authorizeIntake has checked the division lies in the caller's and this node's.
  if (!scope) throw new Error(`no row scope for ${access.division} at ${node.division}`);
  const calendar = await workingCalendarOf(node);
  const id = newRecordId(node.division);
  const request = { operation: 'fileEnforcementCase', input, scope, resultId: id } as const;
  const file = async (trx: Transaction<Database>) => {
    await checkLinks(trx, filing, problems);
    problems.throwIfAny();
    const now = new Date();
    const row = await insertNewRecord(
      trx,
      context,
      enforcementKind,
      {
        id,
        division: filing.division,
        source: filing.source,
        violated_article: filing.violatedArticle,
        penalty_article: filing.penaltyArticle,
        party_kind: filing.partyKind,
        party_name: filing.partyName,
        party_id_number: filing.partyIdNumber,
        party_credit_code: filing.partyCreditCode,
        party_legal_representative: filing.partyLegalRepresentative,
        officers: JSON.stringify(filing.officers),
        procedure: filing.procedure,
        is_major: filing.isMajor,
        status: 'FILED',
        filed_at: now,
        decision_due_at: decisionDueAt(now, 0, calendar, node.timeZone),
        linked_ticket_id: filing.linkedTicketId,
        linked_case_id: filing.linkedCaseId,
      },
      now,
    );
    await recordCreated(trx, context, enforcementKind, row, {
      action: 'file',
      audit: {
        action: 'enforcement.create',
        detail: { number: row.number, division: row.division, procedure: row.procedure },
      },
    });
    return row;
  };
  return createOnce(context, request, file, (trx, earlier) =>
    recordInScope(trx, context, enforcementKind, scope, earlier),
  );
}
