import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import type { Operation } from './policy.js';
import { authorize, isAllowed, operations } from './policy.js';

function principal(roles: readonly string[]): Principal {
  return {
    subject: 'f3b0c2de-0000-4000-8000-000000000001',
    username: 'agent01',
    roles,
    division: '320106',
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-web',
    token: 'not-a-real-token',
    expiresAt: new Date('2099-01-01T00:00:00Z'),
  };
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

const allOperations = Object.keys(operations) as Operation[];

describe('isAllowed / authorize', () => {
  it.each(allOperations)('lets every role listed for %s through', (operation) => {
    for (const role of operations[operation]) {
      expect(isAllowed(principal([role]), operation)).toBe(true);
      expect(() => authorize(principal([role]), operation)).not.toThrow();
    }
  });

  it('allows when any one of several held roles is listed', () => {
    expect(isAllowed(principal(['inspector', 'dispatcher']), 'ticket.create')).toBe(true);
  });

  it('does not let a listed role of another operation through', () => {
    // inspector may read cases but must not create tickets.
    expect(isAllowed(principal(['inspector']), 'case.read')).toBe(true);
    expect(isAllowed(principal(['inspector']), 'ticket.create')).toBe(false);
    // Supervisors see everything but personal data unmasked.
    expect(isAllowed(principal(['city-supervisor']), 'personal-data.read')).toBe(false);
  });

  it.each(allOperations)('grants %s to neither an unknown role nor no role', (operation) => {
    expect(isAllowed(principal(['superuser']), operation)).toBe(false);
    expect(isAllowed(principal(['node-sync']), operation)).toBe(false);
    expect(isAllowed(principal([]), operation)).toBe(false);
  });

  it('matches roles exactly, not by prefix or case', () => {
    expect(isAllowed(principal(['Dispatcher']), 'ticket.create')).toBe(false);
    expect(isAllowed(principal(['dispatcher-trainee']), 'ticket.create')).toBe(false);
  });

  it('throws FORBIDDEN naming the operation and the roles that would allow it', () => {
    const error = forbiddenError(() => authorize(principal(['inspector']), 'ticket.create'));
    expect(error.extensions['code']).toBe('FORBIDDEN');
    expect(error.extensions['operation']).toBe('ticket.create');
    expect(error.extensions['http']).toEqual({ status: 403 });
    expect(error.message).toContain('ticket.create');
    for (const role of operations['ticket.create']) expect(error.message).toContain(role);
    // And what the caller does hold, so the reader sees the mismatch at once.
    expect(error.message).toContain('your token has inspector');
  });

  it('says "no roles" when the token carries none', () => {
    const error = forbiddenError(() => authorize(principal([]), 'enforcement.read'));
    expect(error.extensions['operation']).toBe('enforcement.read');
    expect(error.message).toContain('no roles');
    for (const role of operations['enforcement.read']) expect(error.message).toContain(role);
  });
});
