import type { IResolvers } from '@graphql-tools/utils';
import { sql } from 'kysely';
import type { Transaction } from 'kysely';
import { authorize, badUserInput, divisionLabel, notOwner } from '@city-ops/kernel';
import type { TierName } from '@city-ops/kernel';
import { owningCityOf } from '@city-ops/schema';
import type { Types } from '@city-ops/schema';
import { appendAudit } from '../../audit/append-audit.js';
import { inScope } from '../../database/scoped-transaction.js';
import type { RowScope } from '../../database/scoped-transaction.js';
import type { Database, HotlineTicketRow } from '../../database/tables.js';
import type { RequestContext } from '../../node-context.js';
import { ownsRecordsOf } from '../../owns-records.js';
import { maskPhone } from '../../permissions/masking.js';
import { rowScopeAt } from '../../permissions/row-scope.js';
import { scopeConditions } from '../find-record-in-scope.js';
import { listRecords } from '../record-list.js';
import { readPage, toConnection } from '../record-page.js';
import type { PageArgs } from '../record-page.js';
import { callerPhoneIs, normalizeCallerPhone } from './caller-phone.js';
import { ticketKind } from './ticket-kind.js';
import { ticketFilterQuery } from './ticket-resolvers.js';
import { toTicketView } from './ticket-view.js';

/**
 * Finding tickets by their caller's phone (`ticketsByCallerPhone`) and a caller's history
 * at intake (`callerHistory`, 来电历史). Both search personal data, so both are narrower
 * than reading tickets: the operation `caller.lookup` (hotline agents and dispatchers of
 * the city), only at the city's own node — every other node holds phones masked, so a
 * search there could only ever miss — and every search, whatever it finds, leaves one
 * audit entry in the read's own transaction, naming the tickets it showed, as a reveal
 * does (`personal-data.lookup`, with the searched phone masked and the field as reason).
 */

/** How many tickets the history shows: the open ones first, then the newest. */
export const CALLER_HISTORY_SIZE = 10;

/** A node's tier as a Chinese message names it (本省级节点). */
const TIER_IN_CHINESE: Record<TierName, string> = {
  city: '城市',
  province: '省级',
  ministry: '部级',
};

interface Lookup {
  scope: RowScope;
  phone: string;
}

/**
 * The checks every caller lookup makes, in the order every node makes them: the operation,
 * then the phone, then whether this node holds the caller's city unmasked.
 */
function lookupAt(context: RequestContext, written: string): Lookup {
  const access = authorize(context.principal, 'caller.lookup');
  const normalised = normalizeCallerPhone(written);
  if ('problem' in normalised) throw badUserInput('phone', normalised.problem);
  const { node } = context;
  const scope = ownsRecordsOf(node, access.division) ? rowScopeAt(node, access) : undefined;
  if (!scope) {
    const owner = owningCityOf(access.division);
    throw notOwner(
      {
        zh: `来电人电话的完整信息只保存在城市节点 ${divisionLabel(owner ?? access.division)}，不在本${TIER_IN_CHINESE[node.tier]}节点 ${divisionLabel(node.division)}；请向该城市节点查询（网关会将请求路由过去）。`,
        en: `Callers' phones are held unmasked only by the city node ${divisionLabel(owner ?? access.division)}, not by this ${node.tier} node ${divisionLabel(node.division)}; ask it (the gateway routes you there).`,
      },
      owner,
    );
  }
  return { scope, phone: normalised.phone };
}

/** The lookup's audit entry: who searched which (masked) phone, and the tickets it showed. */
async function auditLookup(
  trx: Transaction<Database>,
  context: RequestContext,
  lookup: Lookup,
  field: 'ticketsByCallerPhone' | 'callerHistory',
  rows: readonly HotlineTicketRow[],
): Promise<void> {
  await appendAudit(trx, context, {
    action: 'personal-data.lookup',
    entity: 'hotline_ticket',
    entityIds: rows.map((row) => row.id),
    reason: `${field}: tickets found by the caller's phone`,
    detail: { phone: maskPhone(lookup.phone) },
    scope: lookup.scope.division,
  });
}

interface CallerPhoneArgs extends PageArgs {
  phone: string;
  filter?: Types.TicketFilter | null;
}

export const callerLookupResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    ticketsByCallerPhone: async (_root, args: CallerPhoneArgs, context) => {
      const lookup = lookupAt(context, args.phone);
      const page = readPage(args);
      const filter = await ticketFilterQuery(context, args.filter);
      return inScope(context.node.db, lookup.scope, async (trx) => {
        const found = await listRecords(trx, ticketKind, {
          ...filter,
          ...page,
          scope: lookup.scope,
          reader: context,
          also: [callerPhoneIs(lookup.phone)],
        });
        await auditLookup(trx, context, lookup, 'ticketsByCallerPhone', found.rows);
        const views = found.rows.map((row) => toTicketView(row, context));
        return toConnection(ticketKind, found, page.sort, views);
      });
    },
    callerHistory: async (_root, { phone }: { phone: string }, context) => {
      const lookup = lookupAt(context, phone);
      return inScope(context.node.db, lookup.scope, async (trx) => {
        let counts = trx
          .selectFrom('hotline_ticket')
          .select([
            sql<string>`count(*)`.as('total'),
            // Open as the overdue rule reads a ticket: not yet closed.
            sql<string>`count(*) FILTER (WHERE closed_at IS NULL)`.as('open'),
          ])
          .where(callerPhoneIs(lookup.phone));
        let recent = trx
          .selectFrom('hotline_ticket')
          .selectAll()
          .where(callerPhoneIs(lookup.phone))
          .orderBy(sql`closed_at IS NULL`, 'desc')
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .limit(CALLER_HISTORY_SIZE);
        for (const condition of scopeConditions('hotline_ticket', lookup.scope)) {
          counts = counts.where(condition);
          recent = recent.where(condition);
        }
        const total = await counts.executeTakeFirstOrThrow();
        const rows = await recent.execute();
        await auditLookup(trx, context, lookup, 'callerHistory', rows);
        return {
          phone: lookup.phone,
          total: Number(total.total),
          open: Number(total.open),
          recent: rows.map((row) => toTicketView(row, context)),
        };
      });
    },
  },
};
