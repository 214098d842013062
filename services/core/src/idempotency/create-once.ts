import type { Transaction } from 'kysely';
import { inScope } from '../database/scoped-transaction.js';
import type { RowScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import { clientError, notFound } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { IDEMPOTENCY_KEY_FIELD, checkIdempotencyKey } from './idempotency-key.js';
import { requestHash } from './request-hash.js';

/** The mutations that create a record, each taking an optional `input.idempotencyKey`. */
export type CreateOperation =
  | 'createTicket'
  | 'reportCase'
  | 'convertTicketToCase'
  | 'fileEnforcementCase'
  | 'issueSupervisionOrder'
  | 'issueDirective';

export interface CreateRequest {
  operation: CreateOperation;
  /** The mutation's input as GraphQL coerced it (defaults filled in), the key included. */
  input: object & { idempotencyKey?: string | null | undefined };
  /** The row scope of the create's transaction. */
  scope: RowScope;
  /**
   * The id the new record will get. Chosen before the record is made, so the key
   * row naming it can be the transaction's first statement (see below).
   */
  resultId: string;
}

/**
 * Runs a create at most once per (caller, operation, key). Without a key it is just
 * `create` in a row-scoped transaction. With one, that transaction begins by
 * inserting the key row (ON CONFLICT DO NOTHING) and only then creates, so:
 * - the key row commits or rolls back with the record: a create that fails (bad
 *   input found inside the transaction, a CONFLICT, a crash) leaves no key behind;
 * - a retry finds the key row already there and creates nothing: the same input is
 *   answered by `replay` with the record the first request made, as it is now, read
 *   in the same row scope the create runs in (so whoever could create it sees it
 *   again — a hotline agent converting a ticket may not read cases otherwise — and a
 *   read of unmasked personal data is audited like any other); another input is CONFLICT;
 * - of two simultaneous requests with one key, the second waits on the key's unique
 *   index until the first ends, then reads its result (or, if it rolled back, goes
 *   ahead itself) — one record, never a unique violation: DO NOTHING absorbs it.
 * The key row is an ordinary statement, not an `atCommit` append: a conflict there
 * must be seen before the record is made, not surface as a failed COMMIT after it.
 */
export async function createOnce<T>(
  context: RequestContext,
  request: CreateRequest,
  create: (trx: Transaction<Database>) => Promise<T>,
  replay: (trx: Transaction<Database>, resultId: string) => Promise<T | undefined>,
): Promise<T> {
  const { db } = context.node;
  const key = checkIdempotencyKey(request.input.idempotencyKey);
  if (key === undefined) return inScope(db, request.scope, create);
  const { operation, scope } = request;
  const subject = context.principal.subject;
  const hash = requestHash(request.input as Record<string, unknown>);
  return inScope(db, scope, async (trx) => {
    const claimed = await trx
      .insertInto('idempotency_key')
      .values({
        subject,
        operation,
        key,
        request_hash: hash,
        result_id: request.resultId,
        division: scope.division,
      })
      .onConflict((conflict) => conflict.columns(['subject', 'operation', 'key']).doNothing())
      .returning('result_id')
      .executeTakeFirst();
    if (claimed) return create(trx);
    // A new statement, so (READ COMMITTED) it sees the row of a request that was
    // waited for above. Row-level security hides a key used in another scope: that
    // was another request too.
    const earlier = await trx
      .selectFrom('idempotency_key')
      .select(['request_hash', 'result_id'])
      .where('subject', '=', subject)
      .where('operation', '=', operation)
      .where('key', '=', key)
      .executeTakeFirst();
    if (earlier?.request_hash !== hash) {
      throw clientError(
        'CONFLICT',
        {
          zh: `幂等键 ${key} 已用于另一个不同的 ${operation} 请求。一个键只代表一个请求：发送相同的输入可再次取得该请求的结果，新的请求请使用新的键。`,
          en: `Idempotency key ${key} was already used for a different ${operation} request. A key stands for one request: send the same input to get that request's answer again, or a new key for a new request.`,
        },
        { field: IDEMPOTENCY_KEY_FIELD },
      );
    }
    const result = await replay(trx, earlier.result_id);
    if (result === undefined) {
      throw notFound({
        zh: `使用幂等键 ${key} 的 ${operation} 请求创建了 ${earlier.result_id}，它已不在您的行政区划内。`,
        en: `The ${operation} request with idempotency key ${key} made ${earlier.result_id}, which is no longer inside your division.`,
      });
    }
    context.node.logger.info(
      { operation, resultId: earlier.result_id, requestId: context.requestId },
      'create retried with its idempotency key: answered with the first result',
    );
    return result;
  });
}
