import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
import type { RecordTable } from './record-kind.js';

/**
 * A list filter's "under supervision" (督办): the record has at least one supervision
 * order. A city holds replicas of its province's orders and the province owns them,
 * so the same EXISTS answers at both (the `supervision_order_record` index serves it;
 * row-level security scopes the orders like the records, by the record's division).
 * Only tickets and cases are supervised.
 */
export function supervisedCondition(table: RecordTable): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM supervision_order o
    WHERE o.record_entity = ${table} AND o.record_id = ${sql.ref(`${table}.id`)})`;
}
