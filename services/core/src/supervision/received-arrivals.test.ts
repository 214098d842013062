import { describe, expect, it } from 'vitest';
import { receivedArrivals } from './received-arrivals.js';

const order = (id: string) => ({
  id,
  version: 1,
  payload: { id, division: '320106', record_id: '320100-T1' },
});
const step = (id: string, action: string) => ({
  id,
  version: 1,
  payload: { id, order_id: '320000-SO1', division: '320106', action },
});

describe('receivedArrivals', () => {
  it('notes each order the province issued as an issue, keyed by the order', () => {
    expect(receivedArrivals([order('320000-SO1')], [])).toEqual([
      { kind: 'issued', sourceId: '320000-SO1', orderId: '320000-SO1', division: '320106' },
    ]);
  });

  it('notes a return (退回) keyed by its step, and nothing for a close (办结)', () => {
    expect(
      receivedArrivals([], [step('320000-SS1', 'return'), step('320000-SS2', 'close')]),
    ).toEqual([
      { kind: 'returned', sourceId: '320000-SS1', orderId: '320000-SO1', division: '320106' },
    ]);
  });

  it('notes nothing for an empty run', () => {
    expect(receivedArrivals([], [])).toEqual([]);
  });
});
