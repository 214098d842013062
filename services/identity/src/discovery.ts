/** Keycloak's endpoint paths below the realm URL; clients configured for one work with the other. */
export const CERTS_PATH = '/protocol/openid-connect/certs';
export const TOKEN_PATH = '/protocol/openid-connect/token';
export const AUTH_PATH = '/protocol/openid-connect/auth';
export const LOGOUT_PATH = '/protocol/openid-connect/logout';
export const USERINFO_PATH = '/protocol/openid-connect/userinfo';
export const DISCOVERY_PATH = '/.well-known/openid-configuration';
/** Where Keycloak's login form posts (`login-actions/authenticate`). */
export const LOGIN_ACTION_PATH = '/login-actions/authenticate';

/**
 * The OpenID provider metadata, limited to what the dev issuer really serves: advertising an
 * endpoint, grant or method it lacks would send clients to a 404 or a refusal.
 */
export function openidConfiguration(
  realmUrl: string,
  mappedClaims: readonly string[],
): Record<string, unknown> {
  return {
    issuer: realmUrl,
    authorization_endpoint: `${realmUrl}${AUTH_PATH}`,
    token_endpoint: `${realmUrl}${TOKEN_PATH}`,
    userinfo_endpoint: `${realmUrl}${USERINFO_PATH}`,
    end_session_endpoint: `${realmUrl}${LOGOUT_PATH}`,
    jwks_uri: `${realmUrl}${CERTS_PATH}`,
    grant_types_supported: [
      'authorization_code',
      'refresh_token',
      'password',
      'client_credentials',
    ],
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    id_token_signing_alg_values_supported: ['RS256'],
    userinfo_signing_alg_values_supported: ['none'],
    subject_types_supported: ['public'],
    scopes_supported: ['openid', 'profile', 'email'],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    frontchannel_logout_supported: false,
    backchannel_logout_supported: false,
    claims_supported: [
      'iss',
      'sub',
      'aud',
      'exp',
      'iat',
      'auth_time',
      'jti',
      'typ',
      'azp',
      'nonce',
      'sid',
      'at_hash',
      'scope',
      'realm_access',
      'preferred_username',
      'name',
      'given_name',
      'family_name',
      ...new Set(mappedClaims),
    ],
  };
}
