/** Keycloak's endpoint paths below the realm URL; clients configured for one work with the other. */
export const CERTS_PATH = '/protocol/openid-connect/certs';
export const TOKEN_PATH = '/protocol/openid-connect/token';
export const DISCOVERY_PATH = '/.well-known/openid-configuration';

/**
 * The OpenID provider metadata, limited to what the dev issuer really serves: advertising
 * Keycloak's authorization or userinfo endpoints would send clients to a 404.
 */
export function openidConfiguration(
  realmUrl: string,
  mappedClaims: readonly string[],
): Record<string, unknown> {
  return {
    issuer: realmUrl,
    token_endpoint: `${realmUrl}${TOKEN_PATH}`,
    jwks_uri: `${realmUrl}${CERTS_PATH}`,
    grant_types_supported: ['password', 'client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    id_token_signing_alg_values_supported: ['RS256'],
    subject_types_supported: ['public'],
    scopes_supported: ['profile', 'email'],
    claims_supported: [
      'iss',
      'sub',
      'aud',
      'exp',
      'iat',
      'jti',
      'typ',
      'azp',
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
