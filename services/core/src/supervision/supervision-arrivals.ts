import { divisionPattern } from '@city-ops/kernel';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { SupervisionArrivalKind } from '../database/sync-tables.js';
import type { Database } from '../database/tables.js';

/** A supervision order arriving for someone at a city: noted in the transaction that brings it. */
export interface SupervisionArrival {
  kind: SupervisionArrivalKind;
  /** The order for an issue; the step (退回, 交办) otherwise: an arrival is noted once. */
  sourceId: string;
  orderId: string;
  division: string;
  /** The unit an order is assigned to (交办). */
  handlingUnit?: string | null | undefined;
}

/** One noted arrival: where it stands and what arrived. */
export interface NotedArrival {
  position: string;
  kind: SupervisionArrivalKind;
  orderId: string;
}

/**
 * The key of the advisory lock every writer of supervision_arrival takes before it draws a
 * position: writers go one after the other, each drawing its position only once the one
 * before has committed, so positions become visible in their order and a reader resuming
 * after one never misses an arrival committed later with a smaller one.
 */
const ARRIVAL_LOCK = sql`hashtext('city_ops.supervision_arrival')`;

/** Notes `arrivals` (each at most once) inside `trx`, the transaction that brings them. */
export async function noteArrivals(
  trx: Transaction<Database>,
  arrivals: readonly SupervisionArrival[],
): Promise<void> {
  if (arrivals.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(${ARRIVAL_LOCK})`.execute(trx);
  await trx
    .insertInto('supervision_arrival')
    .values(
      arrivals.map((arrival) => ({
        kind: arrival.kind,
        source_id: arrival.sourceId,
        order_id: arrival.orderId,
        division: arrival.division,
        handling_unit: arrival.handlingUnit ?? null,
      })),
    )
    .onConflict((conflict) => conflict.columns(['kind', 'source_id']).doNothing())
    .execute();
}

/** Who an arrival is for: a city's command centre, or one handling unit. */
export interface ArrivalAudience {
  /** The row scope's division: arrivals about records inside it. */
  division: string;
  /** A handling unit hears of the orders assigned to it; the command centre of issues and returns. */
  unit?: string | undefined;
}

/** Which arrivals an audience hears of: a unit its assignments, anyone else issues and returns. */
export function arrivalKindsFor(audience: ArrivalAudience): readonly SupervisionArrivalKind[] {
  return audience.unit === undefined ? ['issued', 'returned'] : ['assigned'];
}

/**
 * The audience's next arrivals after `after`, oldest first. Read as the node: only positions
 * and ids, each order then read again under the subscriber's own row scope.
 */
export async function readArrivals(
  db: Kysely<Database>,
  audience: ArrivalAudience,
  after: string,
  limit: number,
): Promise<NotedArrival[]> {
  let query = db
    .selectFrom('supervision_arrival')
    .select(['position', 'kind', 'order_id'])
    .where('position', '>', after)
    .where('kind', 'in', arrivalKindsFor(audience))
    .orderBy('position')
    .limit(limit);
  const pattern = divisionPattern(audience.division);
  if (pattern) query = query.where('division', 'like', pattern);
  if (audience.unit !== undefined) query = query.where('handling_unit', '=', audience.unit);
  const rows = await query.execute();
  return rows.map((row) => ({ position: row.position, kind: row.kind, orderId: row.order_id }));
}

/** The last position noted (0 when none): a stream without `after` starts after it. */
export async function arrivalHead(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('supervision_arrival')
    .select(sql<string | null>`max(position)::text`.as('head'))
    .executeTakeFirst();
  return row?.head ?? '0';
}
