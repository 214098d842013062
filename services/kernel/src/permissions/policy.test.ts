import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import type { Grant, Operation, Scope } from './policy.js';
import { accessFor, authorize, authorizeAny, isAllowed, operationNames, policy } from './policy.js';

function principal(
  roles: readonly string[],
  division = '320106',
  extra: Partial<Principal> = {},
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

/** A principal positioned where a grant of `scope` applies. */
function fitting(role: string, scope: Scope): Principal {
  switch (scope) {
    case 'national':
      return principal([role], '000000');
    case 'province':
      return principal([role], '320000');
    case 'city':
      return principal([role], '320100');
    case 'unit':
      return principal([role], '320100', { department: '320100-cg' });
    case 'grid':
      return principal([role], '320100', { grid: '320100-g001' });
  }
}

function forbiddenError(action: () => void): GraphQLError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected FORBIDDEN, but authorize returned');
}

const grantsOf = (operation: Operation) => policy[operation].grants as readonly Grant[];

describe('the policy table', () => {
  it.each(operationNames)('lets every grant of %s through where its scope applies', (operation) => {
    for (const grant of grantsOf(operation)) {
      const access = accessFor(fitting(grant.role, grant.scope), operation);
      expect(access, `${grant.role}@${grant.scope}`).toBeDefined();
    }
  });

  it.each(operationNames)('grants %s to neither an unknown role nor no role', (operation) => {
    expect(isAllowed(principal(['superuser']), operation)).toBe(false);
    expect(isAllowed(principal([]), operation)).toBe(false);
  });

  it('gives service accounts nothing but sync (which is not a user operation)', () => {
    for (const operation of operationNames) {
      expect(isAllowed(principal(['node-sync'], '320100'), operation)).toBe(false);
    }
  });

  it('matches roles exactly, not by prefix or case', () => {
    expect(isAllowed(principal(['Dispatcher']), 'ticket.create')).toBe(false);
    expect(isAllowed(principal(['dispatcher-trainee']), 'ticket.create')).toBe(false);
  });

  it('does not let a role of another operation through', () => {
    expect(isAllowed(principal(['inspector'], '320100', { grid: 'g1' }), 'case.read')).toBe(true);
    expect(isAllowed(principal(['inspector'], '320100', { grid: 'g1' }), 'ticket.create')).toBe(
      false,
    );
    // Supervisors see everything in their city, but personal data only masked.
    expect(isAllowed(principal(['city-supervisor'], '320100'), 'personal-data.read')).toBe(false);
  });
});

describe('scopes', () => {
  it('refuses a grant at the wrong level: a city role with a province division', () => {
    expect(isAllowed(principal(['hotline-agent'], '320000'), 'ticket.create')).toBe(false);
    expect(isAllowed(principal(['provincial-supervisor'], '320100'), 'ticket.read')).toBe(false);
    expect(isAllowed(principal(['ministry-analyst'], '320000'), 'ticket.read')).toBe(false);
  });

  it('accepts a city grant for a district user and for a municipality', () => {
    expect(accessFor(principal(['hotline-agent'], '320106'), 'ticket.read')?.division).toBe(
      '320106',
    );
    expect(accessFor(principal(['hotline-agent'], '110000'), 'ticket.read')?.division).toBe(
      '110000',
    );
  });

  it('needs a department for unit scope and a grid for grid scope', () => {
    expect(isAllowed(principal(['handling-unit'], '320100'), 'ticket.read')).toBe(false);
    expect(
      accessFor(principal(['handling-unit'], '320100', { department: '320100-sw' }), 'ticket.read'),
    ).toMatchObject({
      scope: 'unit',
      division: '320100',
      unit: '320100-sw',
      grid: undefined,
    });
    expect(isAllowed(principal(['inspector'], '320100'), 'case.read')).toBe(false);
    expect(
      accessFor(principal(['inspector'], '320100', { grid: '320100-g001' }), 'case.read'),
    ).toMatchObject({
      scope: 'grid',
      grid: '320100-g001',
      unit: undefined,
    });
  });

  it('takes the broadest grant among the roles held', () => {
    const both = principal(['handling-unit', 'dispatcher'], '320100', { department: '320100-cg' });
    expect(accessFor(both, 'ticket.read')).toMatchObject({ scope: 'city', unit: undefined });
  });

  it("takes the broadest grant also where a city grant and a province grant both apply (a municipality's auditor)", () => {
    // Beijing (110000) is a province and a city at once: its auditor holds both grants.
    expect(accessFor(principal(['auditor'], '110000'), 'audit.read')?.scope).toBe('province');
    expect(accessFor(principal(['auditor'], '110000'), 'sync.read')?.scope).toBe('province');
  });

  it('keeps, of two equally narrow grants, the one the table lists first', () => {
    // case.read lists handling-unit (unit) before inspector (grid): a user holding both
    // reads as the unit, not as the union of unit and grid.
    const both = principal(['inspector', 'handling-unit'], '320100', {
      department: '320100-cg',
      grid: '320100-g001',
    });
    expect(accessFor(both, 'case.read')).toMatchObject({
      scope: 'unit',
      unit: '320100-cg',
      grid: undefined,
    });
  });

  it('does not narrow a city-wide grant to the grid or department the user also has', () => {
    const dispatcher = principal(['dispatcher'], '320100', {
      department: '320100-cg',
      grid: '320100-g001',
    });
    expect(accessFor(dispatcher, 'case.read')).toMatchObject({
      scope: 'city',
      division: '320100',
      unit: undefined,
      grid: undefined,
    });
  });

  it('scopes an auditor by where it sits', () => {
    expect(accessFor(principal(['auditor'], '320100'), 'audit.read')?.scope).toBe('city');
    expect(accessFor(principal(['auditor'], '320000'), 'audit.read')?.scope).toBe('province');
    expect(accessFor(principal(['auditor'], '000000'), 'audit.read')?.scope).toBe('national');
  });
});

describe('authorize', () => {
  it('returns the access when allowed', () => {
    expect(authorize(principal(['hotline-agent'], '320100'), 'ticket.create')).toMatchObject({
      operation: 'ticket.create',
      scope: 'city',
      division: '320100',
    });
  });

  it('throws FORBIDDEN naming the operation, the roles that would allow it and what the caller holds', () => {
    const error = forbiddenError(() =>
      authorize(principal(['inspector'], '320100'), 'ticket.create'),
    );
    expect(error.extensions['code']).toBe('FORBIDDEN');
    expect(error.extensions['operation']).toBe('ticket.create');
    expect(error.extensions['http']).toEqual({ status: 403 });
    expect(error.message).toContain('ticket.create');
    for (const grant of grantsOf('ticket.create')) expect(error.message).toContain(grant.role);
    expect(error.message).toContain('your token has inspector');
  });

  it('lists the allowed roles and the roles held, each separated by a comma', () => {
    const error = forbiddenError(() =>
      authorize(principal(['inspector', 'auditor'], '320100'), 'ticket.create'),
    );
    expect(error.message).toBe(
      'You may not perform ticket.create: it needs one of the roles hotline-agent, dispatcher at the matching level; your token has inspector, auditor in division 320100.',
    );
  });

  it('says "no roles" when the token carries none', () => {
    const error = forbiddenError(() => authorize(principal([]), 'enforcement.read'));
    expect(error.extensions['operation']).toBe('enforcement.read');
    expect(error.message).toContain('no roles');
  });
});

describe('authorizeAny', () => {
  it('returns the access for the first of the operations the caller may perform', () => {
    const agent = principal(['hotline-agent'], '320100');
    expect(authorizeAny(agent, ['enforcement.read', 'ticket.read'])).toMatchObject({
      operation: 'ticket.read',
      scope: 'city',
    });
    const both = principal(['dispatcher'], '320100');
    expect(authorizeAny(both, ['case.read', 'ticket.read'])).toMatchObject({
      operation: 'case.read',
    });
  });

  it('throws FORBIDDEN naming every operation, each role that would allow one once, and what the caller holds', () => {
    // dispatcher may create a ticket and read a case: it is named once.
    const error = forbiddenError(() =>
      authorizeAny(principal(['enforcement-officer'], '320100'), ['ticket.create', 'case.read']),
    );
    expect(error.extensions['code']).toBe('FORBIDDEN');
    expect(error.extensions['http']).toEqual({ status: 403 });
    expect(error.extensions['operation']).toBe('ticket.create, case.read');
    expect(error.message).toBe(
      'You may not perform any of ticket.create, case.read: they need one of the roles hotline-agent, dispatcher, city-supervisor, handling-unit, inspector, provincial-supervisor, ministry-analyst at the matching level; your token has enforcement-officer in division 320100.',
    );
  });
});
