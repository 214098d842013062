import { describe, expect, it } from 'vitest';

/**
 * Each machine module defines its machine when it loads. Loading them inside a test makes a
 * table its definition rejects fail here, as a test, rather than only fail to load elsewhere.
 */
describe('every record and supervision machine', () => {
  it('loads with its states, starting in its first', async () => {
    const machines = [
      (await import('./ticket/ticket-machine.js')).ticketMachine,
      (await import('./case/case-machine.js')).caseMachine,
      (await import('./enforcement/enforcement-machine.js')).enforcementMachine,
      (await import('../supervision/supervision-machine.js')).supervisionMachine,
      (await import('../supervision/directive-machine.js')).directiveMachine,
    ];
    expect(
      machines.map((machine) => [machine.entity, machine.initial, machine.states.length]),
    ).toEqual([
      ['hotline_ticket', 'ACCEPTED', 11],
      ['case_report', 'COLLECTED', 10],
      ['enforcement_record', 'FILED', 11],
      ['supervision_order', 'ISSUED', 6],
      ['directive', 'ISSUED', 3],
    ]);
  });
});
