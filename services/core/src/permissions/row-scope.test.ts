import { describe, expect, it } from 'vitest';
import { accessFor } from '@city-ops/kernel';
import type { Access, Operation, Principal } from '@city-ops/kernel';
import { rowScopeAt } from './row-scope.js';

function person(
  roles: string[],
  division: string,
  extra: Partial<Pick<Principal, 'department' | 'grid'>> = {},
): Principal {
  return {
    subject: 'f3b0c2de-0000-4000-8000-000000000001',
    username: 'user01',
    roles,
    division,
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-web',
    token: 'not-a-real-token',
    expiresAt: new Date('2099-01-01T00:00:00Z'),
    ...extra,
  };
}

function access(principal: Principal, operation: Operation = 'ticket.read'): Access {
  const granted = accessFor(principal, operation);
  if (!granted) throw new Error(`the fixture principal must hold ${operation}`);
  return granted;
}

const nanjing = { division: '320100' };
const wuxi = { division: '320200' };
const jiangsu = { division: '320000' };

describe('rowScopeAt', () => {
  it("gives a city's agent the city's rows at the city's node", () => {
    expect(rowScopeAt(nanjing, access(person(['hotline-agent'], '320100')))).toEqual({
      division: '320100',
      unit: undefined,
      grid: undefined,
    });
  });

  it("narrows a province's or the ministry's access to the division the node holds", () => {
    const supervisor = access(person(['provincial-supervisor'], '320000'));
    expect(rowScopeAt(nanjing, supervisor)?.division).toBe('320100');
    const analyst = access(person(['ministry-analyst'], '000000'));
    expect(rowScopeAt(jiangsu, analyst)?.division).toBe('320000');
  });

  it("keeps a district user's access to the district at the city's node", () => {
    expect(rowScopeAt(nanjing, access(person(['hotline-agent'], '320106')))?.division).toBe(
      '320106',
    );
  });

  it('reaches nothing at a node of another city, even when a division of that city is asked for', () => {
    const agent = access(person(['hotline-agent'], '320100'));
    expect(rowScopeAt(wuxi, agent)).toBeUndefined();
    expect(rowScopeAt(wuxi, agent, '320205')).toBeUndefined();
  });

  it('narrows further to a requested division inside the access', () => {
    const supervisor = access(person(['provincial-supervisor'], '320000'));
    expect(rowScopeAt(jiangsu, supervisor, '320100')?.division).toBe('320100');
    expect(rowScopeAt(jiangsu, supervisor, '320106')?.division).toBe('320106');
  });

  it('does not widen to a requested division larger than the access', () => {
    const agent = access(person(['hotline-agent'], '320106'));
    expect(rowScopeAt(nanjing, agent, '320000')?.division).toBe('320106');
  });

  it('reaches nothing when the requested division lies outside the access', () => {
    const supervisor = access(person(['provincial-supervisor'], '320000'));
    expect(rowScopeAt(jiangsu, supervisor, '330100')).toBeUndefined();
  });

  it("carries a unit grant's unit and a grid grant's grid, which restrict the rows further", () => {
    const unit = access(person(['handling-unit'], '320100', { department: '320100-cg' }));
    expect(rowScopeAt(nanjing, unit)).toEqual({
      division: '320100',
      unit: '320100-cg',
      grid: undefined,
    });
    const inspector = access(person(['inspector'], '320100', { grid: '320100-g001' }), 'case.read');
    expect(rowScopeAt(nanjing, inspector)).toEqual({
      division: '320100',
      unit: undefined,
      grid: '320100-g001',
    });
  });
});
