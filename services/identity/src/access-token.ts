import { randomUUID } from 'node:crypto';
import type { ClaimMapper, RealmClient, RealmUser, ServiceClient } from './realm-export.js';

/** The claim set of a Keycloak access token, as far as the dev issuer reproduces it. */
export interface AccessTokenClaims {
  exp: number;
  iat: number;
  jti: string;
  iss: string;
  aud: 'account';
  sub: string;
  typ: 'Bearer';
  azp: string;
  scope: string;
  realm_access: { roles: string[] };
  preferred_username: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  /** Claims added by the client's protocol mappers: division, department, grid. */
  [mapped: string]: unknown;
}

export interface TokenContext {
  readonly realmUrl: string;
  readonly lifetimeSeconds: number;
  /** Seconds since the epoch; injectable so tests can mint expired tokens. */
  readonly now?: number;
}

// What Keycloak grants by default when no scope parameter narrows it (profile and email
// are the realm's default client scopes).
export const DEFAULT_SCOPE = 'profile email';

export function userAccessClaims(
  user: RealmUser,
  client: RealmClient,
  ctx: TokenContext,
): AccessTokenClaims {
  const claims: AccessTokenClaims = {
    ...baseClaims(ctx, user.id, client.clientId, user.roles),
    preferred_username: user.username,
  };
  // Keycloak's full-name mapper joins first then last name with a space, whatever the locale.
  const name = [user.firstName, user.lastName].filter((part) => part).join(' ');
  if (name) claims.name = name;
  if (user.firstName) claims.given_name = user.firstName;
  if (user.lastName) claims.family_name = user.lastName;
  return applyMappers(claims, client.claimMappers, user.attributes);
}

export function serviceAccessClaims(
  service: ServiceClient,
  client: RealmClient,
  ctx: TokenContext,
): AccessTokenClaims {
  const claims: AccessTokenClaims = {
    ...baseClaims(ctx, service.userId, service.clientId, service.roles),
    preferred_username: service.username,
  };
  return applyMappers(claims, client.claimMappers, service.attributes);
}

function baseClaims(ctx: TokenContext, sub: string, azp: string, roles: readonly string[]) {
  const iat = ctx.now ?? Math.floor(Date.now() / 1000);
  return {
    exp: iat + ctx.lifetimeSeconds,
    iat,
    jti: randomUUID(),
    iss: ctx.realmUrl,
    aud: 'account' as const,
    sub,
    typ: 'Bearer' as const,
    azp,
    scope: DEFAULT_SCOPE,
    realm_access: { roles: [...roles] },
  };
}

function applyMappers(
  claims: AccessTokenClaims,
  mappers: readonly ClaimMapper[],
  attributes: Readonly<Record<string, readonly string[]>>,
): AccessTokenClaims {
  for (const mapper of mappers) {
    if (mapper.kind === 'hardcoded') {
      claims[mapper.claim] = mapper.value;
      continue;
    }
    // Like Keycloak: an absent attribute produces no claim rather than an empty one.
    const value = attributes[mapper.attribute]?.[0];
    if (value !== undefined) claims[mapper.claim] = value;
  }
  return claims;
}
