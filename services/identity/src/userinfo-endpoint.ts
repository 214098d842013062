import type { KeyObject } from 'node:crypto';
import { userAccessClaims } from './access-token.js';
import { verifyOwnJwt } from './jwt.js';
import type { RealmClient } from './realm-export.js';
import type { SignInStore } from './sign-in-store.js';

export interface UserinfoOptions {
  readonly clients: ReadonlyMap<string, RealmClient>;
  readonly store: SignInStore;
  readonly publicKey: KeyObject;
  readonly realmUrl: () => string;
}

export type UserinfoResult =
  | { readonly status: 200; readonly body: Record<string, unknown> }
  | {
      readonly status: 401;
      readonly body: { error: string; error_description: string };
      /** RFC 6750 §3: what the client did wrong, in the challenge. */
      readonly challenge: string;
    };

const invalidToken = (description: string): UserinfoResult => ({
  status: 401,
  body: { error: 'invalid_token', error_description: description },
  challenge: `Bearer realm="userinfo", error="invalid_token", error_description="${description}"`,
});

/**
 * `/protocol/openid-connect/userinfo`: the signed-in user's profile for a live session's access
 * token. Like Keycloak, a token whose session has ended is refused even before it expires; tokens
 * from the password grant carry no session here, so they are refused too.
 */
export function userinfo(
  options: UserinfoOptions,
  authorization: string | undefined,
): UserinfoResult {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) return invalidToken('Token not provided');
  const claims = verifyOwnJwt(token, options.publicKey);
  if (!claims || claims['typ'] !== 'Bearer' || claims['iss'] !== options.realmUrl()) {
    return invalidToken('Token verification failed');
  }
  if (typeof claims['exp'] !== 'number' || claims['exp'] <= options.store.now()) {
    return invalidToken('Token verification failed');
  }
  const session =
    typeof claims['sid'] === 'string' ? options.store.activeSession(claims['sid']) : undefined;
  const client = typeof claims['azp'] === 'string' ? options.clients.get(claims['azp']) : undefined;
  if (!session || !client || session.user.id !== claims['sub']) {
    return invalidToken("User session not found or doesn't have client attached on it");
  }
  const profile = userAccessClaims(
    session.user,
    { ...client, claimMappers: client.userinfoClaimMappers },
    { realmUrl: options.realmUrl(), lifetimeSeconds: 0 },
  );
  const {
    exp: _exp,
    iat: _iat,
    jti: _jti,
    iss: _iss,
    aud: _aud,
    typ: _typ,
    azp: _azp,
    scope: _scope,
    realm_access: _roles,
    ...body
  } = profile;
  return { status: 200, body };
}
