import { forbidden } from '../errors.js';
import type { Principal } from '../auth/principal.js';

/**
 * Who may do what, as data (DOMAIN.md §4). An operation lists the realm roles that
 * may perform it; a role not listed anywhere grants nothing. Scope (which divisions)
 * is checked separately: every operation is confined to the caller's division.
 */
export const operations = {
  'ticket.create': ['hotline-agent', 'dispatcher'],
  'ticket.read': [
    'hotline-agent',
    'dispatcher',
    'handling-unit',
    'city-supervisor',
    'provincial-supervisor',
    'ministry-analyst',
  ],
  'case.read': [
    'dispatcher',
    'handling-unit',
    'inspector',
    'city-supervisor',
    'provincial-supervisor',
    'ministry-analyst',
  ],
  'enforcement.read': [
    'enforcement-officer',
    'legal-reviewer',
    'city-supervisor',
    'provincial-supervisor',
    'ministry-analyst',
  ],
  /** Seeing callers' and parties' personal data unmasked, inside the owning city only. */
  'personal-data.read': ['hotline-agent', 'dispatcher', 'enforcement-officer'],
} as const satisfies Record<string, readonly string[]>;

export type Operation = keyof typeof operations;

export function isAllowed(principal: Principal, operation: Operation): boolean {
  const allowed: readonly string[] = operations[operation];
  return principal.roles.some((role) => allowed.includes(role));
}

/** Throws FORBIDDEN naming the operation and the roles that would allow it. */
export function authorize(principal: Principal, operation: Operation): void {
  if (isAllowed(principal, operation)) return;
  const held = principal.roles.length > 0 ? principal.roles.join(', ') : 'no roles';
  throw forbidden(
    `You may not perform ${operation}: it needs one of the roles ${operations[operation].join(', ')}; your token has ${held}.`,
    { operation },
  );
}
