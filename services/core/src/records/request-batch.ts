import type { RequestContext } from '../node-context.js';

/**
 * Batches what the field resolvers of one request ask for: every call made while the
 * request's current result is being built is answered by one `load` of all their
 * keys (as a page of records asks for each record's history), instead of one query —
 * and one transaction — per record.
 */
export function batchPerRequest<K, V>(
  load: (context: RequestContext, keys: readonly K[]) => Promise<Map<K, V>>,
): (context: RequestContext, key: K) => Promise<V | undefined> {
  const pending = new WeakMap<RequestContext, { keys: K[]; result: Promise<Map<K, V>> }>();
  return (context, key) => {
    let batch = pending.get(context);
    if (!batch) {
      const keys: K[] = [];
      const result = new Promise<Map<K, V>>((resolve, reject) => {
        process.nextTick(() => {
          pending.delete(context);
          load(context, keys).then(resolve, reject);
        });
      });
      batch = { keys, result };
      pending.set(context, batch);
    }
    batch.keys.push(key);
    return batch.result.then((values) => values.get(key));
  };
}
