import { describe, expect, it } from 'vitest';
import type { Principal } from '@city-ops/kernel';
import { canSeePersonalData } from './personal-data.js';
import type { RecordReader } from './personal-data.js';

const person = (roles: string[], division: string, department?: string): Principal => ({
  subject: 'f3b0c2de-0000-4000-8000-000000000001',
  username: 'user01',
  roles,
  division,
  department,
  grid: undefined,
  clientId: 'city-ops-web',
  token: 'not-a-real-token',
  expiresAt: new Date('2099-01-01T00:00:00Z'),
});

const nanjingNode = { spoke: { ownsRecords: true }, division: '320100' };
const jiangsuNode = { spoke: { ownsRecords: false }, division: '320000' };
const ministryNode = { spoke: { ownsRecords: false }, division: '000000' };

const reader = (principal: Principal, node: RecordReader['node']): RecordReader => ({
  principal,
  node,
});

const record = { division: '320106', units: ['320100-cg'] };

describe('canSeePersonalData', () => {
  it("shows a city's agent and dispatcher its records unmasked at the owning city node", () => {
    for (const role of ['hotline-agent', 'dispatcher']) {
      expect(canSeePersonalData(reader(person([role], '320100'), nanjingNode), record)).toBe(true);
    }
  });

  it('masks for the same agent at a replica, which holds masked values only', () => {
    // The gateway reads the province's replica when the city is down: what it holds was
    // masked before it was stored, and the answer must say so.
    const agent = person(['hotline-agent'], '320100');
    expect(canSeePersonalData(reader(agent, jiangsuNode), record)).toBe(false);
    expect(canSeePersonalData(reader(agent, ministryNode), record)).toBe(false);
  });

  it('masks for another city, a role without personal-data.read, and confidential work of a unit', () => {
    expect(
      canSeePersonalData(reader(person(['hotline-agent'], '320200'), nanjingNode), record),
    ).toBe(false);
    expect(
      canSeePersonalData(reader(person(['city-supervisor'], '320100'), nanjingNode), record),
    ).toBe(false);
    const unit = person(['handling-unit'], '320100', '320100-cg');
    expect(canSeePersonalData(reader(unit, nanjingNode), record)).toBe(true);
    expect(canSeePersonalData(reader(unit, nanjingNode), { ...record, confidential: true })).toBe(
      false,
    );
  });

  it("masks for a handling unit on another unit's record and on a record assigned to no unit", () => {
    const unit = person(['handling-unit'], '320100', '320100-sw');
    expect(canSeePersonalData(reader(unit, nanjingNode), record)).toBe(false);
    expect(canSeePersonalData(reader(unit, nanjingNode), { division: '320106' })).toBe(false);
    expect(
      canSeePersonalData(reader(unit, nanjingNode), { division: '320106', units: ['320100-sw'] }),
    ).toBe(true);
  });
});
