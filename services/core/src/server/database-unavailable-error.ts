import type { KnownFailures } from '@city-ops/kernel';
import { databaseFailureOf } from '../database/request-writes.js';
import { transientKindOf } from '../database/transient-database-error.js';
import { joinBilingual, serviceUnavailable } from '@city-ops/kernel';
import type { Bilingual } from '@city-ops/kernel';
import type { GraphQLError } from 'graphql';

const RETRY: Bilingual = {
  zh: '请过几秒后重新发送同一请求。',
  en: 'Send the same request again in a few seconds.',
};

/**
 * What a write whose outcome is unknown may do next: a create carries an idempotency
 * key, so sending it again cannot store it twice; an action on a record carries the
 * version it was taken on, so sending it again is refused with CONFLICT if it was applied.
 */
const RETRY_WRITE: Bilingual = {
  zh: '请过几秒后重新发送：新建请求以相同的 idempotencyKey 和输入重发只会生效一次；操作请求以相同的 version 重发，如果已经生效会被以 CONFLICT 拒绝（可读取该记录确认）。',
  en: 'Send it again in a few seconds: a create sent again with the same idempotencyKey and input is applied only once, and an action sent again with the same version is refused with CONFLICT if it was applied (read the record to see).',
};

/**
 * The client's error for a transient database failure (transient-database-error.ts):
 * SERVICE_UNAVAILABLE, saying what may have been applied; undefined for anything else.
 * A mutation is told "nothing was applied" only when this process knows it
 * (request-writes.ts): its connection failed, or the server rolled back its
 * transaction, before any COMMIT or autocommit statement of the request was sent.
 */
export function databaseUnavailableError(error: unknown): GraphQLError | undefined {
  const kind = transientKindOf(error);
  if (!kind) return undefined;
  const failure = databaseFailureOf(error) ?? { operation: undefined, applied: 'unknown' };
  const cause: Bilingual =
    kind === 'rolled-back'
      ? {
          zh: '该请求与另一个并发请求冲突（死锁或串行化失败），数据库已将其撤销。',
          en: 'The database undid this request because a concurrent one conflicted with it (deadlock or serialization failure).',
        }
      : { zh: '本节点暂时无法连接数据库。', en: 'This node cannot reach its database right now.' };
  if (failure.operation === 'query' || failure.operation === 'subscription') {
    return serviceUnavailable(joinBilingual([cause, RETRY]));
  }
  if (failure.applied === 'nothing') {
    return serviceUnavailable(
      joinBilingual([cause, { zh: '没有任何内容生效。', en: 'Nothing was applied.' }, RETRY]),
    );
  }
  if (failure.operation === 'mutation') {
    return serviceUnavailable(
      joinBilingual([
        kind === 'connection'
          ? {
              zh: '本节点在写入过程中与数据库断开了连接，写入可能已生效，也可能未生效。',
              en: 'This node lost its database connection while the write was being applied. It may or may not have been applied.',
            }
          : joinBilingual([
              cause,
              {
                zh: '写入中较早的步骤可能已生效，也可能未生效。',
                en: 'An earlier step of the write may or may not have been applied.',
              },
            ]),
        RETRY_WRITE,
      ]),
    );
  }
  // Not a request this process tracked: say it for a write, to be safe.
  return serviceUnavailable(
    joinBilingual([
      cause,
      {
        zh: '如果这是一次写入，它可能已生效，也可能未生效。',
        en: 'If this was a write, it may or may not have been applied.',
      },
      RETRY_WRITE,
    ]),
  );
}

/** A node's database failures, as the kernel's error masking is told about them. */
export const DATABASE_FAILURES: KnownFailures = {
  translate: databaseUnavailableError,
  warning:
    'the database failed during a request; the client was told to retry (SERVICE_UNAVAILABLE)',
};
