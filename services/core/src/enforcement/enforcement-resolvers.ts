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
import { inScope } from '../database/scoped-transaction.js';
import { rowScopeAt } from '../permissions/row-scope.js';

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
  const unmasked = canSeePersonalData(viewer, { division: row.division });
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
      const scope = rowScopeAt(context.node, authorize(context.principal, 'enforcement.read'));
      if (!scope) return null;
      return inScope(context.node.db, scope, async (trx) => {
        const row = await findRecordInScope(trx, 'enforcement_record', id, scope);
        if (!row) return null;
        if (canSeePersonalData(context.principal, { division: row.division })) {
          await appendAudit(trx, context, {
            action: 'personal-data.read',
            entity: 'enforcement_record',
            entityIds: [row.id],
            scope: scope.division,
          });
        }
        return toEnforcementView(row, context.principal);
      });
    },
  },
};
