import { createHash, type KeyObject } from 'node:crypto';
import { constantTimeEqual } from './constant-time-equal.js';
import { verifyOwnJwt } from './jwt.js';
import type { RealmClient } from './realm-export.js';
import {
  sessionTokens,
  type SessionTokenContext,
  type SessionTokenResponse,
} from './session-tokens.js';

export interface OAuthError {
  error: string;
  error_description: string;
}

export type SessionGrantResult =
  | { readonly status: 200; readonly body: SessionTokenResponse }
  | { readonly status: 400 | 401; readonly body: OAuthError };

export interface SessionGrantContext extends SessionTokenContext {
  readonly publicKey: KeyObject;
}

// Keycloak's own error texts, so a client library written against Keycloak reacts the same way.
const fail = (error: string, error_description: string) =>
  ({ status: 400, body: { error, error_description } }) as const;
const CODE_NOT_VALID = fail('invalid_grant', 'Code not valid');
const INVALID_REFRESH = fail('invalid_grant', 'Invalid refresh token');
const SESSION_NOT_ACTIVE = fail('invalid_grant', 'Session not active');

// RFC 7636 §4.1: a verifier is 43–128 unreserved characters.
const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** `grant_type=authorization_code`: one code, once, for the client and redirect URI it was issued to. */
export function authorizationCodeGrant(
  ctx: SessionGrantContext,
  client: RealmClient,
  form: URLSearchParams,
): SessionGrantResult {
  if (!client.standardFlowEnabled) {
    return fail('unauthorized_client', 'Client not allowed to exchange code');
  }
  const code = form.get('code');
  if (!code) return fail('invalid_request', 'Missing parameter: code');
  const redeemed = ctx.store.redeemCode(code);
  if (redeemed.kind === 'reused') {
    // A code presented twice may have been stolen: like Keycloak, end the session it opened, so
    // whatever the first exchange obtained stops refreshing.
    ctx.store.endSession(redeemed.code.sessionId);
    return CODE_NOT_VALID;
  }
  if (redeemed.kind === 'expired') return fail('invalid_grant', 'Code is expired');
  if (redeemed.kind !== 'valid') return CODE_NOT_VALID;
  const { request, sessionId } = redeemed.code;
  if (request.client.clientId !== client.clientId) return fail('invalid_grant', 'Auth error');
  if (form.get('redirect_uri') !== request.redirectUri) {
    return fail('invalid_grant', 'Incorrect redirect_uri');
  }
  if (request.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier');
    if (!verifier) return fail('invalid_grant', 'PKCE code verifier not specified');
    if (!CODE_VERIFIER.test(verifier)) return fail('invalid_grant', 'Invalid code verifier');
    const computed = createHash('sha256').update(verifier).digest('base64url');
    if (!constantTimeEqual(computed, request.codeChallenge)) {
      return fail('invalid_grant', 'PKCE verification failed');
    }
  } else if (form.get('code_verifier')) {
    // A verifier without a challenge means the request was not the one the client started.
    return fail('invalid_grant', 'PKCE verification failed');
  }
  const session = ctx.store.activeSession(sessionId);
  if (!session) return SESSION_NOT_ACTIVE;
  return { status: 200, body: sessionTokens(ctx, session, client, request.nonce) };
}

/**
 * `grant_type=refresh_token`. As Keycloak does by default (revokeRefreshToken off), each refresh
 * returns a new refresh token and the old one stays usable: both end with the session, by
 * logout, idle timeout or maximum lifespan.
 */
export function refreshTokenGrant(
  ctx: SessionGrantContext,
  client: RealmClient,
  form: URLSearchParams,
): SessionGrantResult {
  const token = form.get('refresh_token');
  if (!token) return fail('invalid_request', 'No refresh token');
  const claims = verifyOwnJwt(token, ctx.publicKey);
  if (!claims || claims['typ'] !== 'Refresh' || claims['iss'] !== ctx.realmUrl) {
    return INVALID_REFRESH;
  }
  if (typeof claims['exp'] !== 'number' || claims['exp'] <= ctx.store.now()) {
    return fail('invalid_grant', 'Token is not active');
  }
  if (claims['azp'] !== client.clientId) {
    return fail(
      'invalid_grant',
      "Invalid refresh token. Token client and authorized client don't match",
    );
  }
  const session =
    typeof claims['sid'] === 'string' ? ctx.store.activeSession(claims['sid']) : undefined;
  if (!session || session.user.id !== claims['sub']) return SESSION_NOT_ACTIVE;
  if (!session.user.enabled) return fail('invalid_grant', 'User disabled');
  session.lastRefreshAt = ctx.store.now();
  const nonce = typeof claims['nonce'] === 'string' ? claims['nonce'] : undefined;
  return { status: 200, body: sessionTokens(ctx, session, client, nonce) };
}
