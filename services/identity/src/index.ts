export { startIdentityServer } from './identity-server.js';
export type { IdentityServer, IdentityServerOptions } from './identity-server.js';
export {
  decodeJwtUnverified,
  exportPrivateKeyPem,
  exportPublicJwk,
  generateSigningKey,
  keyIdOf,
  signJwt,
  signingKeyFromPem,
} from './jwt.js';
export type { JwtHeader, PublicJwk, SigningKey } from './jwt.js';
export { loadOrCreateSigningKey } from './key-file.js';
export {
  DEFAULT_REALM_EXPORT_PATH,
  DEMO_PASSWORD,
  RealmExportError,
  loadRealmExport,
  parseRealmExport,
} from './realm-export.js';
export type {
  ClaimMapper,
  RealmClient,
  RealmModel,
  RealmRole,
  RealmUser,
  ServiceClient,
} from './realm-export.js';
export type { AccessTokenClaims } from './access-token.js';
export { TokenRequestError, requestToken } from './token-client.js';
export type { TokenRequest } from './token-client.js';
