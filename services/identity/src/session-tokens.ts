import { createHash, randomUUID } from 'node:crypto';
import { DEFAULT_SCOPE, userAccessClaims, type AccessTokenClaims } from './access-token.js';
import type { RealmClient } from './realm-export.js';
import type { SignInStore, UserSession } from './sign-in-store.js';

/** What the code and refresh grants answer: Keycloak's token response with a session. */
export interface SessionTokenResponse {
  access_token: string;
  expires_in: number;
  refresh_expires_in: number;
  refresh_token: string;
  token_type: 'Bearer';
  id_token: string;
  'not-before-policy': 0;
  session_state: string;
  scope: string;
}

export interface SessionTokenContext {
  readonly realmUrl: string;
  readonly lifetimeSeconds: number;
  readonly sign: (claims: Readonly<Record<string, unknown>>) => string;
  readonly store: SignInStore;
}

// Keycloak grants the realm's default client scopes on top of openid.
export const SESSION_SCOPE = `openid ${DEFAULT_SCOPE}`;

/**
 * Mints the three tokens of a session for a client. The access token is the same one the
 * password grant gives (roles, division, department, grid, `aud: account`) plus `sid`, so a node
 * cannot tell how the user signed in; the refresh token lives as long as the session would
 * without a refresh, and is only good while the session is.
 */
export function sessionTokens(
  ctx: SessionTokenContext,
  session: UserSession,
  client: RealmClient,
  nonce: string | undefined,
): SessionTokenResponse {
  const now = ctx.store.now();
  const access: AccessTokenClaims = {
    ...userAccessClaims(session.user, client, {
      realmUrl: ctx.realmUrl,
      lifetimeSeconds: ctx.lifetimeSeconds,
      now,
    }),
    scope: SESSION_SCOPE,
    sid: session.id,
  };
  const accessToken = ctx.sign(access);

  // The ID token carries who signed in, for the client: the same names and mapped claims, but
  // no roles, addressed to the client itself.
  const profile = userAccessClaims(
    session.user,
    { ...client, claimMappers: client.idTokenClaimMappers },
    { realmUrl: ctx.realmUrl, lifetimeSeconds: ctx.lifetimeSeconds, now },
  );
  const {
    exp,
    iat,
    iss,
    sub,
    azp,
    aud: _aud,
    jti: _jti,
    typ: _typ,
    scope: _scope,
    realm_access: _roles,
    ...claims
  } = profile;
  const idToken = ctx.sign({
    exp,
    iat,
    auth_time: session.startedAt,
    jti: randomUUID(),
    iss,
    aud: client.clientId,
    sub,
    typ: 'ID',
    azp,
    ...(nonce !== undefined && { nonce }),
    sid: session.id,
    at_hash: atHash(accessToken),
    ...claims,
  });

  const refreshExp = ctx.store.sessionExpiresAt(session);
  const refreshToken = ctx.sign({
    exp: refreshExp,
    iat: now,
    jti: randomUUID(),
    iss: ctx.realmUrl,
    aud: ctx.realmUrl,
    sub,
    typ: 'Refresh',
    azp: client.clientId,
    ...(nonce !== undefined && { nonce }),
    sid: session.id,
    scope: SESSION_SCOPE,
  });

  return {
    access_token: accessToken,
    expires_in: access.exp - access.iat,
    refresh_expires_in: refreshExp - now,
    refresh_token: refreshToken,
    token_type: 'Bearer',
    id_token: idToken,
    'not-before-policy': 0,
    session_state: session.id,
    scope: SESSION_SCOPE,
  };
}

/** OpenID Connect Core §3.1.3.6: left half of the SHA-256 of the access token, base64url. */
export function atHash(accessToken: string): string {
  const digest = createHash('sha256').update(accessToken).digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}
