import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';

/**
 * The number of the record a supervision order is about, read beside the order: a client opens
 * a record by its number, and the order holds only the record's id. Read under the caller's row
 * scope like the order, so a record the node does not hold — or the caller may not read —
 * gives null rather than another record's number.
 */
export const orderRecordNumber = (): RawBuilder<string | null> =>
  sql<string | null>`coalesce(
    (SELECT number FROM hotline_ticket WHERE hotline_ticket.id = supervision_order.record_id),
    (SELECT number FROM case_report WHERE case_report.id = supervision_order.record_id)
  )`;
