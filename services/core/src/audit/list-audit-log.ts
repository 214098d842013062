import { InputProblems, authorize, checkPageSize, divisionPattern } from '@city-ops/kernel';
import { sql } from 'kysely';
import { inScope } from '../database/scoped-transaction.js';
import type { RequestContext } from '../node-context.js';
import { rowScopeAt } from '../permissions/row-scope.js';
import { kindOfNumber } from '../records/record-by-number.js';

/** `auditLog`'s arguments: every filter narrows, and they all apply together. */
export interface AuditLogFilter {
  actor?: string | null;
  action?: string | null;
  actionPrefix?: string | null;
  entityId?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

/** An entry as `auditLog` answers it. */
export interface AuditLogEntry {
  id: string;
  at: string;
  actor: string;
  actorSubject: string;
  actorRoles: string[];
  actorDivision: string;
  action: string;
  entity: string;
  entityIds: string[];
  reason: string | null;
  clientAddress: string | null;
  requestId: string | null;
  scope: string;
  hash: string | null;
}

export interface AuditLogPage {
  nodes: AuditLogEntry[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** An entry id as `auditLog` hands it out: a bigint, at most 2^63 − 1 (PostgreSQL refuses more). */
const isAuditPosition = (value: string) =>
  /^\d{1,19}$/.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n;

/** Actions are dotted lower-case words (ticket.create, personal-data.reveal). */
const ACTION = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/;
/** A prefix may stop after a dot: `personal-data.` is every personal-data action. */
const ACTION_PREFIX = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*\.?$/;

const MAX_FILTER_LENGTH = 100;

/** The text filters as they are matched: trimmed, absent when not given. */
interface CheckedFilter {
  actor: string | null;
  action: string | null;
  actionPrefix: string | null;
  entityId: string | null;
}

/**
 * The filters checked before anything is read: every problem at once, each naming its
 * argument (one BAD_USER_INPUT with `problems`).
 */
function checkFilter(args: AuditLogFilter): CheckedFilter {
  const problems = new InputProblems();
  // An absent filter does not filter; a given one must say something.
  const text = (field: keyof CheckedFilter) =>
    args[field] === null || args[field] === undefined
      ? null
      : problems.text(field, args[field], { min: 1, max: MAX_FILTER_LENGTH });
  const checked = {
    actor: text('actor'),
    action: text('action'),
    actionPrefix: text('actionPrefix'),
    entityId: text('entityId'),
  };
  if (checked.action && !ACTION.test(checked.action)) {
    problems.add('action', {
      zh: '应为完整的操作名，如 ticket.create 或 personal-data.reveal；按前缀筛选请用 actionPrefix。',
      en: 'must be a whole action name such as ticket.create or personal-data.reveal; use actionPrefix to filter by a prefix.',
    });
  }
  if (checked.actionPrefix && !ACTION_PREFIX.test(checked.actionPrefix)) {
    problems.add('actionPrefix', {
      zh: '应为操作名的开头，如 personal-data. 或 ticket.（小写字母、数字、连字符、下划线和点）。',
      en: 'must be the start of an action name such as personal-data. or ticket. (lower-case letters, digits, hyphens, underscores and dots).',
    });
  }
  if (checked.action && checked.actionPrefix) {
    problems.add('actionPrefix', {
      zh: '不能与 action 同时使用：按完整操作名或按前缀筛选，二选一。',
      en: 'cannot be combined with action: filter by a whole action name or by a prefix, not both.',
    });
  }
  if (args.from && args.to && Date.parse(args.from) > Date.parse(args.to)) {
    problems.add('to', {
      zh: '不能早于 from：请把时间范围的结束放在开始之后。',
      en: 'must not be before from: put the end of the time range after its start.',
    });
  }
  if (args.after && !isAuditPosition(args.after)) {
    problems.add('after', {
      zh: '不是 auditLog 返回的游标；请原样传入 pageInfo.endCursor。',
      en: 'is not a cursor returned by auditLog; pass pageInfo.endCursor unchanged.',
    });
  }
  problems.throwIfAny();
  return checked;
}

/** LIKE's own characters in a prefix stand for themselves. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * Auditors read the entries whose scope lies inside theirs, newest first, narrowed by who
 * (actor's username), what (an action, or every action under a prefix such as
 * `personal-data.`), when (`from` ≤ at ≤ `to`) and which record (an entity id, or a record
 * number, matched to that record's id where this node holds the record: entries name ids).
 */
export async function listAuditLog(
  context: RequestContext,
  args: AuditLogFilter,
): Promise<AuditLogPage> {
  const scope = rowScopeAt(context.node, authorize(context.principal, 'audit.read'));
  const limit = checkPageSize(args.first);
  const filter = checkFilter(args);
  if (!scope) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  const rows = await inScope(context.node.db, scope, async (trx) => {
    const entityIds = filter.entityId ? [filter.entityId] : [];
    const number = filter.entityId?.toUpperCase() ?? '';
    const kind = number ? kindOfNumber(number) : undefined;
    if (kind) {
      // A record this node holds (owned, or replicated from below) under that number.
      const record = await trx
        .selectFrom(kind.table)
        .select('id')
        .where('number', '=', number)
        .executeTakeFirst();
      if (record) entityIds.push(record.id);
    }
    // A read writes nothing: the sealer chains what is committed every second, and
    // an entry younger than that is listed with its hash still null.
    let query = trx.selectFrom('audit_log').selectAll();
    const pattern = divisionPattern(scope.division);
    if (pattern) query = query.where('scope', 'like', pattern);
    if (filter.actor) query = query.where('actor_username', '=', filter.actor);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.actionPrefix) {
      query = query.where(sql<boolean>`action LIKE ${`${likeLiteral(filter.actionPrefix)}%`}`);
    }
    if (entityIds.length > 0) {
      query = query.where(sql<boolean>`entity_ids && ${sql.val(entityIds)}::text[]`);
    }
    if (args.from) query = query.where('at', '>=', new Date(args.from));
    if (args.to) query = query.where('at', '<=', new Date(args.to));
    if (args.after) query = query.where('id', '<', args.after as never);
    return query
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
  });
  const page = rows.slice(0, limit);
  return {
    nodes: page.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actor_username,
      actorSubject: row.actor_subject,
      actorRoles: row.actor_roles,
      actorDivision: row.actor_division,
      action: row.action,
      entity: row.entity,
      entityIds: row.entity_ids,
      reason: row.reason,
      clientAddress: row.client_address,
      requestId: row.request_id,
      scope: row.scope,
      hash: row.hash,
    })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: page.at(-1)?.id ?? null },
  };
}
