export { startIdentityServer } from './identity-server.js';
export type { IdentityServer, IdentityServerOptions } from './identity-server.js';
export { generateSigningKey, signJwt } from './jwt.js';
export { loadRealmExport } from './realm-export.js';
export type { RealmUser } from './realm-export.js';
