import type { IResolvers } from '@graphql-tools/utils';
import type { CaseReportRow } from '../database/tables.js';
import { divisionRef } from '../divisions/division-ref.js';
import type { RequestContext } from '../node-context.js';
import { authorize } from '../permissions/policy.js';
import { findRecordInScope } from '../records/find-record-in-scope.js';
import { inScope } from '../database/scoped-transaction.js';
import { rowScopeAt } from '../permissions/row-scope.js';

/** Cases describe public places and objects, not people: no field of theirs is masked. */
export function toCaseView(row: CaseReportRow) {
  return {
    id: row.id,
    number: row.number,
    division: divisionRef(row.division),
    source: row.source,
    type: row.case_type,
    majorClass: row.major_class,
    minorCode: row.minor_code,
    objectCode: row.object_code,
    description: row.description,
    address: row.address,
    gridCell: row.grid_cell,
    longitude: row.longitude,
    latitude: row.latitude,
    urgency: row.urgency,
    status: row.status,
    handlingUnit: row.handling_unit,
    closureType: row.closure_type,
    linkedTicketId: row.linked_ticket_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

export const caseQueryResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    caseReport: async (_root, { id }: { id: string }, context) => {
      const scope = rowScopeAt(context.node, authorize(context.principal, 'case.read'));
      if (!scope) return null;
      const row = await inScope(context.node.db, scope, (trx) =>
        findRecordInScope(trx, 'case_report', id, scope),
      );
      return row ? toCaseView(row) : null;
    },
  },
};
