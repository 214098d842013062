import type { ReplicaItem } from '../sync/replica-store.js';
import type { SupervisionArrival } from './supervision-arrivals.js';

/**
 * What of a batch from the province arrives for the city's command centre: each order it
 * issued (noted once, whatever version comes later) and each return (退回), which sends an
 * answered order back to be handled again. Its closes (办结) end the work and arrive for
 * nobody. Items are replicas as stored (payload: the row).
 */
export function receivedArrivals(
  orders: readonly ReplicaItem[],
  steps: readonly ReplicaItem[],
): SupervisionArrival[] {
  return [
    ...orders.map((order) => ({
      kind: 'issued' as const,
      sourceId: order.id,
      orderId: order.id,
      division: String(order.payload['division']),
    })),
    ...steps
      .filter((step) => step.payload['action'] === 'return')
      .map((step) => ({
        kind: 'returned' as const,
        sourceId: step.id,
        orderId: String(step.payload['order_id']),
        division: String(step.payload['division']),
      })),
  ];
}
