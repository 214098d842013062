/** Who is calling, as established from a verified bearer token. */
export interface Principal {
  /** `sub`: stable user or service-account id. */
  subject: string;
  username: string;
  /** Realm roles (`realm_access.roles`). */
  roles: readonly string[];
  /** The user's GB/T 2260 division: the widest scope they may ever act in. */
  division: string;
  /** Handling unit code, for handling-unit users. */
  department: string | undefined;
  /** Grid cell, for inspectors. */
  grid: string | undefined;
  /** `azp`: the client the token was issued to. */
  clientId: string;
  /** The raw bearer token, forwarded by the gateway so every node checks it again. */
  token: string;
  expiresAt: Date;
}

export const NODE_SYNC_ROLE = 'node-sync';

export function hasRole(principal: Principal, role: string): boolean {
  return principal.roles.includes(role);
}
