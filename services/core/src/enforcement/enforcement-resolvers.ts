import type { IResolvers } from '@graphql-tools/utils';
import { appendAudit } from '../audit/append-audit.js';
import type { Principal } from '../auth/principal.js';
import type { EnforcementRecordRow } from '../database/tables.js';
import { divisionRef } from '../divisions/division-ref.js';
import type { RequestContext } from '../node-context.js';
import { maskIdNumber, maskName } from '../permissions/masking.js';
import { canSeePersonalData } from '../permissions/personal-data.js';
import { authorize } from '../permissions/policy.js';
import { findRecordInScope } from '../records/find-record-in-scope.js';

/** A party that is a person is personal data; an organisation's legal representative is too. */
export function maskEnforcementRow(row: EnforcementRecordRow): EnforcementRecordRow {
  return {
    ...row,
    party_name: row.party_kind === 'PERSON' ? (maskName(row.party_name) ?? '') : row.party_name,
    party_id_number: maskIdNumber(row.party_id_number),
    party_legal_representative: maskName(row.party_legal_representative),
  };
}

export function toEnforcementView(row: EnforcementRecordRow, viewer: Principal) {
  const unmasked = canSeePersonalData(viewer, row.origin_node);
  const shown = unmasked ? row : maskEnforcementRow(row);
  return {
    id: row.id,
    number: row.number,
    division: divisionRef(row.division),
    source: row.source,
    violatedArticle: row.violated_article,
    penaltyArticle: row.penalty_article,
    party: {
      kind: row.party_kind,
      name: shown.party_name,
      idNumber: shown.party_id_number,
      creditCode: row.party_credit_code,
      legalRepresentative: shown.party_legal_representative,
      masked: !unmasked,
    },
    officers: row.officers,
    procedure: row.procedure,
    status: row.status,
    fineAmount: row.fine_amount === null ? null : Number(row.fine_amount),
    filedAt: row.filed_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    linkedTicketId: row.linked_ticket_id,
    linkedCaseId: row.linked_case_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export const enforcementQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    enforcementRecord: async (_root, { id }: { id: string }, context) => {
      authorize(context.principal, 'enforcement.read');
      const row = await findRecordInScope(context.node.db, 'enforcement_record', id, context.scope);
      if (!row) return null;
      if (canSeePersonalData(context.principal, row.origin_node)) {
        await appendAudit(context.node.db, context, {
          action: 'personal-data.read',
          entity: 'enforcement_record',
          entityIds: [row.id],
        });
      }
      return toEnforcementView(row, context.principal);
    },
  },
};
