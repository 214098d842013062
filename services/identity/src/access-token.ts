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

/** What a token says of whoever it is issued to, a user or a service account alike. */
type TokenHolder = Pick<RealmUser, 'username' | 'roles' | 'attributes'>;

type TokenNames = Pick<AccessTokenClaims, 'name' | 'given_name' | 'family_name'>;

export function userAccessClaims(
  user: RealmUser,
  client: RealmClient,
  ctx: TokenContext,
): AccessTokenClaims {
  const names: TokenNames = {};
  // Keycloak's full-name mapper joins first then last name with a space, whatever the locale.
  const name = [user.firstName, user.lastName].filter((part) => part).join(' ');
  if (name) names.name = name;
  if (user.firstName) names.given_name = user.firstName;
  if (user.lastName) names.family_name = user.lastName;
  return accessClaims(ctx, client, user.id, client.clientId, user, names);
}

export function serviceAccessClaims(
  service: ServiceClient,
  client: RealmClient,
  ctx: TokenContext,
): AccessTokenClaims {
  return accessClaims(ctx, client, service.userId, service.clientId, service);
}

/** Keycloak's claims in its order: the fixed ones, the holder's names, then the client's mappers'. */
function accessClaims(
  ctx: TokenContext,
  client: RealmClient,
  sub: string,
  azp: string,
  holder: TokenHolder,
  names: TokenNames = {},
): AccessTokenClaims {
  const iat = ctx.now ?? Math.floor(Date.now() / 1000);
  const claims: AccessTokenClaims = {
    exp: iat + ctx.lifetimeSeconds,
    iat,
    jti: randomUUID(),
    iss: ctx.realmUrl,
    aud: 'account',
    sub,
    typ: 'Bearer',
    azp,
    scope: DEFAULT_SCOPE,
    realm_access: { roles: [...holder.roles] },
    preferred_username: holder.username,
    ...names,
  };
  return applyMappers(claims, client.claimMappers, holder.attributes);
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
