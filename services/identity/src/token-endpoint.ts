import { constantTimeEqual } from './constant-time-equal.js';
import {
  DEFAULT_SCOPE,
  serviceAccessClaims,
  userAccessClaims,
  type AccessTokenClaims,
} from './access-token.js';
import type { RealmClient, RealmModel, RealmUser, ServiceClient } from './realm-export.js';
import {
  authorizationCodeGrant,
  refreshTokenGrant,
  type SessionGrantContext,
} from './session-grants.js';
import type { SessionTokenResponse } from './session-tokens.js';

export interface TokenEndpointOptions {
  readonly model: RealmModel;
  readonly realmUrl: string;
  readonly lifetimeSeconds: number;
  readonly sign: (claims: AccessTokenClaims) => string;
  /** The browser flow's grants (authorization_code, refresh_token) and their sessions. */
  readonly sessions: SessionGrantContext;
}

/** Keycloak's token response to the password and client-credentials grants: no session. */
export interface TokenResponseBody {
  access_token: string;
  expires_in: number;
  refresh_expires_in: 0;
  token_type: 'Bearer';
  'not-before-policy': 0;
  scope: string;
}

export interface OAuthErrorBody {
  error: string;
  error_description: string;
}

export type TokenEndpointResult =
  | { readonly status: 200; readonly body: TokenResponseBody | SessionTokenResponse }
  | { readonly status: 400 | 401; readonly body: OAuthErrorBody };

export interface TokenEndpoint {
  /** Handles one form-encoded POST to the token endpoint. */
  respond(form: URLSearchParams, authorization: string | undefined): TokenEndpointResult;
  /** Claims for a user (via the password-grant client) or a service client, without credentials. */
  claimsFor(name: string): AccessTokenClaims;
}

// Error codes and descriptions are Keycloak's own, so clients written against the dev
// issuer handle a real realm's failures the same way.
const fail = (status: 400 | 401, error: string, error_description: string) =>
  ({ status, body: { error, error_description } }) as const;
const INVALID_CLIENT = fail(401, 'invalid_client', 'Invalid client or Invalid client credentials');
const BAD_CLIENT_SECRET = fail(
  401,
  'unauthorized_client',
  'Invalid client or Invalid client credentials',
);
const GRANT_TYPES = new Set([
  'password',
  'client_credentials',
  'authorization_code',
  'refresh_token',
]);
const INVALID_USER_CREDENTIALS = fail(401, 'invalid_grant', 'Invalid user credentials');

export function createTokenEndpoint(options: TokenEndpointOptions): TokenEndpoint {
  const { model } = options;
  const clients = new Map(model.clients.map((c) => [c.clientId, c]));
  const users = new Map(model.users.map((u) => [u.username, u]));
  const services = new Map(model.serviceClients.map((s) => [s.clientId, s]));
  const ctx = () => ({ realmUrl: options.realmUrl, lifetimeSeconds: options.lifetimeSeconds });
  // issueToken(username) has no client_id to go on; use the client the password grant would.
  const passwordClient = model.clients.find((c) => c.enabled && c.directAccessGrantsEnabled);

  const success = (claims: AccessTokenClaims): TokenEndpointResult => ({
    status: 200,
    body: {
      access_token: options.sign(claims),
      expires_in: claims.exp - claims.iat,
      refresh_expires_in: 0,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope: DEFAULT_SCOPE,
    },
  });

  const authenticateClient = (
    form: URLSearchParams,
    authorization: string | undefined,
  ): RealmClient | TokenEndpointResult => {
    const basic = authorization === undefined ? undefined : parseBasic(authorization);
    if (basic === null) return INVALID_CLIENT;
    const clientId = basic?.clientId ?? form.get('client_id');
    const secret = basic?.secret ?? form.get('client_secret');
    if (!clientId) return fail(401, 'invalid_client', 'Missing parameter: client_id');
    const client = clients.get(clientId);
    if (!client || !client.enabled) return INVALID_CLIENT;
    if (client.publicClient) return client;
    if (!secret) return fail(401, 'unauthorized_client', 'Client secret not provided in request');
    if (client.secret === undefined || !constantTimeEqual(secret, client.secret)) {
      return BAD_CLIENT_SECRET;
    }
    return client;
  };

  const passwordGrant = (client: RealmClient, form: URLSearchParams): TokenEndpointResult => {
    if (!client.directAccessGrantsEnabled) {
      return fail(400, 'unauthorized_client', 'Client not allowed for direct access grants');
    }
    const user = users.get((form.get('username') ?? '').toLowerCase());
    const password = form.get('password') ?? '';
    if (!user || !constantTimeEqual(password, user.password)) return INVALID_USER_CREDENTIALS;
    if (!user.enabled) return fail(400, 'invalid_grant', 'Account disabled');
    if (user.requiredActions.length > 0) {
      return fail(400, 'invalid_grant', 'Account is not fully set up');
    }
    return success(userAccessClaims(user, client, ctx()));
  };

  const clientCredentialsGrant = (client: RealmClient): TokenEndpointResult => {
    if (client.publicClient) {
      return fail(
        401,
        'unauthorized_client',
        'Public client not allowed to retrieve service account',
      );
    }
    const service = services.get(client.clientId);
    if (!client.serviceAccountsEnabled || !service) {
      return fail(401, 'unauthorized_client', 'Client not enabled to retrieve service account');
    }
    if (!service.enabled) return fail(400, 'invalid_grant', 'Account disabled');
    return success(serviceAccessClaims(service, client, ctx()));
  };

  return {
    respond(form, authorization) {
      const grantType = form.get('grant_type');
      if (!grantType) return fail(400, 'invalid_request', 'Missing form parameter: grant_type');
      if (!GRANT_TYPES.has(grantType)) {
        return fail(400, 'unsupported_grant_type', 'Unsupported grant_type');
      }
      const client = authenticateClient(form, authorization);
      if ('status' in client) return client;
      switch (grantType) {
        case 'password':
          return passwordGrant(client, form);
        case 'client_credentials':
          return clientCredentialsGrant(client);
        case 'authorization_code':
          return authorizationCodeGrant(options.sessions, client, form);
        default:
          return refreshTokenGrant(options.sessions, client, form);
      }
    },

    claimsFor(name) {
      const service: ServiceClient | undefined = services.get(name);
      const serviceClient = clients.get(name);
      if (service && serviceClient) return serviceAccessClaims(service, serviceClient, ctx());
      const user: RealmUser | undefined = users.get(name.toLowerCase());
      if (!user)
        throw new Error(`no user or service client named "${name}" in realm ${model.realm}`);
      if (!passwordClient) throw new Error(`realm ${model.realm} has no direct-grant client`);
      return userAccessClaims(user, passwordClient, ctx());
    },
  };
}

/** The client a token request names, by Basic credentials or form: whose web origins apply. */
export function requestClientId(
  form: URLSearchParams,
  authorization: string | undefined,
): string | undefined {
  const basic = authorization === undefined ? undefined : parseBasic(authorization);
  return basic?.clientId ?? form.get('client_id') ?? undefined;
}

/** `undefined` when not Basic at all, `null` when Basic but unreadable. */
function parseBasic(
  authorization: string,
): { clientId: string; secret: string } | null | undefined {
  const match = /^Basic\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  // RFC 6749 §2.3.1: both halves are form-urlencoded before being joined.
  const unescape = (part: string) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return part;
    }
  };
  return {
    clientId: unescape(decoded.slice(0, colon)),
    secret: unescape(decoded.slice(colon + 1)),
  };
}
