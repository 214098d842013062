import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// The committed realm export is the single source of truth for who exists and what they may
// do: a real Keycloak imports it, and the dev issuer reads nothing else, so they cannot drift.
export const DEFAULT_REALM_EXPORT_PATH = fileURLToPath(
  new URL('../realm/city-ops-realm.json', import.meta.url),
);

/** Password of every demo user in the committed export (dev only). */
export const DEMO_PASSWORD = 'demo';

const SERVICE_ACCOUNT_PREFIX = 'service-account-';
const DIVISION_PATTERN = /^\d{6}$/;
const ATTRIBUTE_MAPPER = 'oidc-usermodel-attribute-mapper';
const HARDCODED_MAPPER = 'oidc-hardcoded-claim-mapper';
// Keycloak would let a mapper overwrite these; the dev issuer refuses so a typo cannot forge iss.
const RESERVED_CLAIMS = new Set([
  'exp',
  'iat',
  'nbf',
  'jti',
  'iss',
  'aud',
  'sub',
  'typ',
  'azp',
  'scope',
  'realm_access',
  'resource_access',
  'preferred_username',
  'name',
  'given_name',
  'family_name',
]);

export interface RealmRole {
  readonly name: string;
  readonly description: string | undefined;
  /** Realm roles this composite role grants (Keycloak expands them into tokens). */
  readonly composites: readonly string[];
}

/** How a client turns a user into extra access-token claims (Keycloak protocol mappers). */
export type ClaimMapper =
  | { readonly kind: 'user-attribute'; readonly attribute: string; readonly claim: string }
  | { readonly kind: 'hardcoded'; readonly claim: string; readonly value: string };

export interface RealmClient {
  readonly clientId: string;
  readonly enabled: boolean;
  readonly publicClient: boolean;
  readonly secret: string | undefined;
  /** The browser flow: authorization code at the `auth` endpoint. */
  readonly standardFlowEnabled: boolean;
  readonly directAccessGrantsEnabled: boolean;
  readonly serviceAccountsEnabled: boolean;
  /** Valid redirect URIs, absolute; a trailing `*` is Keycloak's prefix wildcard. */
  readonly redirectUris: readonly string[];
  /** Origins allowed to call the token endpoint from a browser (`+` already expanded). */
  readonly webOrigins: readonly string[];
  /** Valid post-logout redirect URIs (`+` already expanded to the redirect URIs). */
  readonly postLogoutRedirectUris: readonly string[];
  /** `S256` when the client must send a PKCE challenge (Keycloak's `pkce.code.challenge.method`). */
  readonly pkceMethod: 'S256' | undefined;
  /** Mappers into the access token. */
  readonly claimMappers: readonly ClaimMapper[];
  /** Mappers into the ID token and the userinfo answer. */
  readonly idTokenClaimMappers: readonly ClaimMapper[];
  readonly userinfoClaimMappers: readonly ClaimMapper[];
}

export interface RealmUser {
  readonly id: string;
  readonly username: string;
  readonly enabled: boolean;
  readonly password: string;
  readonly firstName: string | undefined;
  readonly lastName: string | undefined;
  /** Effective realm roles: direct roles plus everything their composites grant. */
  readonly roles: readonly string[];
  readonly division: string;
  readonly department: string | undefined;
  readonly grid: string | undefined;
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** Keycloak refuses direct grants while any of these are pending. */
  readonly requiredActions: readonly string[];
}

/** A confidential node client together with its service-account user. */
export interface ServiceClient {
  readonly clientId: string;
  readonly secret: string;
  readonly division: string;
  readonly roles: readonly string[];
  /** Id of the service-account user: the `sub` of its tokens. */
  readonly userId: string;
  readonly username: string;
  readonly enabled: boolean;
  /** Service-account user attributes, for attribute mappers configured on the node client. */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
}

export interface RealmModel {
  readonly realm: string;
  /** Shown on the login page, as Keycloak shows the realm's display name. */
  readonly displayName: string | undefined;
  readonly accessTokenLifespan: number | undefined;
  /** Seconds an authorization code stays exchangeable (Keycloak's default 60). */
  readonly accessCodeLifespan: number | undefined;
  /** Seconds a login page stays usable (Keycloak's default 1800). */
  readonly accessCodeLifespanLogin: number | undefined;
  /** Seconds a session survives without a refresh (Keycloak's default 1800). */
  readonly ssoSessionIdleTimeout: number | undefined;
  /** Seconds a session lives at most, refreshed or not (Keycloak's default 36000). */
  readonly ssoSessionMaxLifespan: number | undefined;
  readonly roles: readonly RealmRole[];
  readonly clients: readonly RealmClient[];
  readonly users: readonly RealmUser[];
  readonly serviceClients: readonly ServiceClient[];
}

export class RealmExportError extends Error {
  constructor(
    readonly source: string,
    readonly issues: readonly string[],
  ) {
    super(`Invalid Keycloak realm export ${source}:\n  ${issues.join('\n  ')}`);
    this.name = 'RealmExportError';
  }
}

// Only the fields the dev issuer emulates are modelled; everything else a Keycloak export carries
// is accepted and ignored, so a fresh `kc.sh export` still loads.
const protocolMapperSchema = z.object({
  name: z.string().min(1),
  protocol: z.string().optional(),
  protocolMapper: z.string().min(1),
  config: z.record(z.string(), z.string()).default({}),
});

const roleSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  composite: z.boolean().optional(),
  composites: z
    .object({
      realm: z.array(z.string()).optional(),
      client: z.record(z.string(), z.array(z.string())).optional(),
    })
    .optional(),
});

const clientSchema = z.object({
  clientId: z.string().min(1),
  enabled: z.boolean().optional(),
  publicClient: z.boolean().optional(),
  bearerOnly: z.boolean().optional(),
  secret: z.string().optional(),
  standardFlowEnabled: z.boolean().optional(),
  implicitFlowEnabled: z.boolean().optional(),
  directAccessGrantsEnabled: z.boolean().optional(),
  redirectUris: z.array(z.string()).optional(),
  webOrigins: z.array(z.string()).optional(),
  attributes: z.record(z.string(), z.string()).optional(),
  serviceAccountsEnabled: z.boolean().optional(),
  protocolMappers: z.array(protocolMapperSchema).optional(),
});

const credentialSchema = z.object({
  type: z.string(),
  value: z.string().optional(),
  temporary: z.boolean().optional(),
  secretData: z.string().optional(),
});

const userSchema = z.object({
  id: z.string().min(1),
  username: z.string().min(1),
  enabled: z.boolean().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  attributes: z.record(z.string(), z.array(z.string())).optional(),
  credentials: z.array(credentialSchema).optional(),
  requiredActions: z.array(z.string()).optional(),
  realmRoles: z.array(z.string()).optional(),
  clientRoles: z.record(z.string(), z.array(z.string())).optional(),
  groups: z.array(z.string()).optional(),
  serviceAccountClientId: z.string().optional(),
});

type ExportUser = z.output<typeof userSchema>;
type ExportClient = z.output<typeof clientSchema>;
type ExportMapper = z.output<typeof protocolMapperSchema>;

const realmExportSchema = z
  .object({
    realm: z.string().min(1),
    displayName: z.string().optional(),
    enabled: z.literal(true, { error: 'the dev issuer only serves an enabled realm' }),
    accessTokenLifespan: z.number().int().positive().optional(),
    accessCodeLifespan: z.number().int().positive().optional(),
    accessCodeLifespanLogin: z.number().int().positive().optional(),
    ssoSessionIdleTimeout: z.number().int().positive().optional(),
    ssoSessionMaxLifespan: z.number().int().positive().optional(),
    roles: z.object({ realm: z.array(roleSchema) }),
    clients: z.array(clientSchema),
    users: z.array(userSchema),
  })
  .superRefine((data, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const roleNames = new Set<string>();
    data.roles.realm.forEach((role, i) => {
      if (roleNames.has(role.name))
        issue(['roles', 'realm', i, 'name'], `duplicate role ${role.name}`);
      roleNames.add(role.name);
    });
    data.roles.realm.forEach((role, i) => {
      role.composites?.realm?.forEach((name, j) => {
        if (!roleNames.has(name)) {
          issue(['roles', 'realm', i, 'composites', 'realm', j], `unknown realm role ${name}`);
        }
      });
      if (Object.values(role.composites?.client ?? {}).some((names) => names.length > 0)) {
        issue(
          ['roles', 'realm', i, 'composites', 'client'],
          'client-role composites are not emulated by the dev issuer',
        );
      }
    });

    const clientsById = new Map<string, ExportClient>();
    data.clients.forEach((client, i) => {
      if (clientsById.has(client.clientId)) {
        issue(['clients', i, 'clientId'], `duplicate client ${client.clientId}`);
      }
      clientsById.set(client.clientId, client);
      client.protocolMappers?.forEach((mapper, j) => {
        const problem = mapperProblem(mapper);
        if (problem) issue(['clients', i, 'protocolMappers', j, ...problem.path], problem.message);
      });
      for (const problem of browserFlowProblems(client)) {
        issue(['clients', i, ...problem.path], problem.message);
      }
      if (client.serviceAccountsEnabled === true) {
        if (client.publicClient === true) {
          issue(['clients', i, 'publicClient'], 'a service-account client must be confidential');
        } else if (!client.secret) {
          issue(['clients', i, 'secret'], 'a confidential client needs a secret');
        }
        const divisionMapper = client.protocolMappers?.find(
          (m) => m.protocolMapper === HARDCODED_MAPPER && m.config['claim.name'] === 'division',
        );
        if (!divisionMapper || !DIVISION_PATTERN.test(divisionMapper.config['claim.value'] ?? '')) {
          issue(
            ['clients', i, 'protocolMappers'],
            `needs an ${HARDCODED_MAPPER} giving claim "division" a 6-digit code`,
          );
        }
        const hasServiceUser = data.users.some((u) => u.serviceAccountClientId === client.clientId);
        if (!hasServiceUser) {
          issue(
            ['clients', i, 'serviceAccountsEnabled'],
            `no user has serviceAccountClientId "${client.clientId}"`,
          );
        }
      }
    });

    const usernames = new Set<string>();
    const ids = new Set<string>();
    data.users.forEach((user, i) => {
      const username = user.username.toLowerCase();
      if (usernames.has(username)) issue(['users', i, 'username'], `duplicate user ${username}`);
      usernames.add(username);
      if (ids.has(user.id)) issue(['users', i, 'id'], `duplicate user id ${user.id}`);
      ids.add(user.id);
      user.realmRoles?.forEach((role, j) => {
        if (!roleNames.has(role))
          issue(['users', i, 'realmRoles', j], `unknown realm role ${role}`);
      });
      if (Object.values(user.clientRoles ?? {}).some((names) => names.length > 0)) {
        issue(['users', i, 'clientRoles'], 'client roles are not emulated by the dev issuer');
      }
      if ((user.groups ?? []).length > 0) {
        issue(['users', i, 'groups'], 'group membership is not emulated by the dev issuer');
      }
      if (user.serviceAccountClientId !== undefined) {
        const client = clientsById.get(user.serviceAccountClientId);
        if (!client || client.serviceAccountsEnabled !== true) {
          issue(
            ['users', i, 'serviceAccountClientId'],
            `"${user.serviceAccountClientId}" is not a client with serviceAccountsEnabled`,
          );
        }
        return;
      }
      checkPersonUser(user, (path, message) => issue(['users', i, ...path], message));
    });
  });

/**
 * What the dev issuer's `auth` endpoint cannot honour as Keycloak would. Relative redirect URIs
 * (resolved against `rootUrl`) and the bare `*` (any URI at all) are refused: the first is not
 * emulated, the second is an open redirect no client of ours should have.
 */
function browserFlowProblems(client: ExportClient): { path: PropertyKey[]; message: string }[] {
  const problems: { path: PropertyKey[]; message: string }[] = [];
  if (client.implicitFlowEnabled === true) {
    problems.push({ path: ['implicitFlowEnabled'], message: 'the implicit flow is not emulated' });
  }
  const pkce = client.attributes?.['pkce.code.challenge.method'];
  if (pkce !== undefined && pkce !== '' && pkce !== 'S256') {
    problems.push({
      path: ['attributes', 'pkce.code.challenge.method'],
      message: `PKCE method ${pkce} is not emulated (only S256)`,
    });
  }
  (client.redirectUris ?? []).forEach((uri, j) => {
    const problem = redirectPatternProblem(uri);
    if (problem) problems.push({ path: ['redirectUris', j], message: problem });
  });
  (client.webOrigins ?? []).forEach((origin, j) => {
    if (origin === '+' || origin === '*') return;
    if (!isOrigin(origin)) {
      problems.push({ path: ['webOrigins', j], message: `${origin} is not an origin, "+" or "*"` });
    }
  });
  const postLogout = client.attributes?.['post.logout.redirect.uris'];
  (postLogout === undefined ? [] : postLogout.split('##')).forEach((uri) => {
    const problem = uri === '+' ? undefined : redirectPatternProblem(uri);
    if (problem) {
      problems.push({ path: ['attributes', 'post.logout.redirect.uris'], message: problem });
    }
  });
  return problems;
}

function redirectPatternProblem(pattern: string): string | undefined {
  if (pattern === '*') return 'the bare "*" redirect URI (any URI) is refused';
  const fixed = pattern.endsWith('*') ? pattern.slice(0, -1) : pattern;
  if (fixed.includes('*')) return `${pattern}: a wildcard is only allowed at the end`;
  try {
    const url = new URL(fixed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return `${pattern}: only http and https redirect URIs are emulated`;
    }
  } catch {
    return `${pattern}: relative redirect URIs are not emulated; write it absolute`;
  }
  return undefined;
}

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

function mapperProblem(mapper: ExportMapper): { path: PropertyKey[]; message: string } | undefined {
  // A mapper the dev issuer cannot reproduce would make its tokens differ from Keycloak's
  // without anyone noticing, so unknown mapper types are refused rather than skipped.
  if (mapper.protocolMapper !== ATTRIBUTE_MAPPER && mapper.protocolMapper !== HARDCODED_MAPPER) {
    return {
      path: ['protocolMapper'],
      message: `mapper type ${mapper.protocolMapper} is not emulated by the dev issuer`,
    };
  }
  const claim = mapper.config['claim.name'];
  if (!claim) return { path: ['config', 'claim.name'], message: 'missing claim name' };
  if (RESERVED_CLAIMS.has(claim)) {
    return { path: ['config', 'claim.name'], message: `claim ${claim} is reserved` };
  }
  if (claim.includes('.')) {
    return { path: ['config', 'claim.name'], message: 'nested claim names are not emulated' };
  }
  const jsonType = mapper.config['jsonType.label'];
  if (jsonType !== undefined && jsonType !== 'String') {
    return { path: ['config', 'jsonType.label'], message: 'only String claims are emulated' };
  }
  if (mapper.config['multivalued'] === 'true') {
    return { path: ['config', 'multivalued'], message: 'multivalued claims are not emulated' };
  }
  if (mapper.protocolMapper === ATTRIBUTE_MAPPER && !mapper.config['user.attribute']) {
    return { path: ['config', 'user.attribute'], message: 'missing user attribute' };
  }
  if (mapper.protocolMapper === HARDCODED_MAPPER && mapper.config['claim.value'] === undefined) {
    return { path: ['config', 'claim.value'], message: 'missing claim value' };
  }
  return undefined;
}

function checkPersonUser(
  user: ExportUser,
  issue: (path: PropertyKey[], message: string) => void,
): void {
  if (user.username.toLowerCase().startsWith(SERVICE_ACCOUNT_PREFIX)) {
    issue(['serviceAccountClientId'], 'service-account users need serviceAccountClientId');
  }
  const passwords = (user.credentials ?? []).filter((c) => c.type === 'password');
  const [password] = passwords;
  if (passwords.length !== 1 || !password) {
    issue(['credentials'], 'needs exactly one password credential');
  } else if (password.value === undefined) {
    // `kc.sh export` writes hashes (secretData); the dev issuer needs the plaintext demo value.
    issue(
      ['credentials'],
      'password must be given as plaintext {type:"password", value, temporary:false}; hashed credentials are not supported',
    );
  }
  const division = user.attributes?.['division'];
  if (division?.length !== 1 || !DIVISION_PATTERN.test(division[0] ?? '')) {
    issue(['attributes', 'division'], 'needs exactly one 6-digit division code');
  }
  for (const name of ['department', 'grid']) {
    const values = user.attributes?.[name];
    if (values !== undefined && values.length !== 1) {
      issue(['attributes', name], 'must hold exactly one value');
    }
  }
}

export function parseRealmExport(json: unknown, source = 'realm export'): RealmModel {
  const parsed = realmExportSchema.safeParse(json);
  if (!parsed.success) {
    throw new RealmExportError(
      source,
      parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`),
    );
  }
  return toModel(parsed.data);
}

export function loadRealmExport(path: string = DEFAULT_REALM_EXPORT_PATH): RealmModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new RealmExportError(path, [`cannot read file (${(err as Error).message})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RealmExportError(path, [`not valid JSON (${(err as Error).message})`]);
  }
  return parseRealmExport(json, path);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

type ParsedExport = z.output<typeof realmExportSchema>;

function toModel(data: ParsedExport): RealmModel {
  const roles: RealmRole[] = data.roles.realm.map((r) => ({
    name: r.name,
    description: r.description,
    composites: r.composites?.realm ?? [],
  }));
  const expand = roleExpander(roles);

  const clients: RealmClient[] = data.clients.map(toClient);

  const users: RealmUser[] = [];
  const serviceClients: ServiceClient[] = [];
  for (const u of data.users) {
    const roleNames = expand(u.realmRoles ?? []);
    if (u.serviceAccountClientId !== undefined) {
      const client = clients.find((c) => c.clientId === u.serviceAccountClientId);
      const division = client?.claimMappers.find(
        (m) => m.kind === 'hardcoded' && m.claim === 'division',
      );
      // Presence of both was checked by the schema refinement above.
      if (!client?.secret || division?.kind !== 'hardcoded') continue;
      serviceClients.push({
        clientId: client.clientId,
        secret: client.secret,
        division: division.value,
        roles: roleNames,
        userId: u.id,
        username: u.username.toLowerCase(),
        enabled: client.enabled && (u.enabled ?? false),
        attributes: u.attributes ?? {},
      });
      continue;
    }
    const password = u.credentials?.find((c) => c.type === 'password');
    const attributes = u.attributes ?? {};
    users.push({
      id: u.id,
      username: u.username.toLowerCase(),
      enabled: u.enabled ?? false,
      password: password?.value ?? '',
      firstName: u.firstName,
      lastName: u.lastName,
      roles: roleNames,
      division: attributes['division']?.[0] ?? '',
      department: attributes['department']?.[0],
      grid: attributes['grid']?.[0],
      attributes,
      requiredActions: [
        ...(u.requiredActions ?? []),
        ...(password?.temporary === true ? ['UPDATE_PASSWORD'] : []),
      ],
    });
  }

  return {
    realm: data.realm,
    displayName: data.displayName,
    accessTokenLifespan: data.accessTokenLifespan,
    accessCodeLifespan: data.accessCodeLifespan,
    accessCodeLifespanLogin: data.accessCodeLifespanLogin,
    ssoSessionIdleTimeout: data.ssoSessionIdleTimeout,
    ssoSessionMaxLifespan: data.ssoSessionMaxLifespan,
    roles,
    clients,
    users,
    serviceClients,
  };
}

function toClient(c: ExportClient): RealmClient {
  const redirectUris = c.redirectUris ?? [];
  // Keycloak's "+" means: the origins of the valid redirect URIs / the redirect URIs themselves.
  const webOrigins = (c.webOrigins ?? []).flatMap((origin) =>
    origin === '+' ? redirectUris.flatMap(originOf) : [origin],
  );
  const postLogout = c.attributes?.['post.logout.redirect.uris'];
  const postLogoutRedirectUris = (postLogout ? postLogout.split('##') : []).flatMap((uri) =>
    uri === '+' ? redirectUris : [uri],
  );
  const mappersWith = (flag: string) =>
    (c.protocolMappers ?? []).filter((m) => m.config[flag] !== 'false').map(toClaimMapper);
  return {
    clientId: c.clientId,
    // Keycloak treats an absent `enabled` on a client as enabled, but on a user as disabled.
    enabled: c.enabled ?? true,
    publicClient: c.publicClient ?? false,
    secret: c.secret,
    // Keycloak's default for a new client: the browser flow is on, direct grants off.
    standardFlowEnabled: c.standardFlowEnabled ?? true,
    directAccessGrantsEnabled: c.directAccessGrantsEnabled ?? false,
    serviceAccountsEnabled: c.serviceAccountsEnabled ?? false,
    redirectUris,
    webOrigins: [...new Set(webOrigins)],
    postLogoutRedirectUris,
    pkceMethod: c.attributes?.['pkce.code.challenge.method'] === 'S256' ? 'S256' : undefined,
    claimMappers: mappersWith('access.token.claim'),
    idTokenClaimMappers: mappersWith('id.token.claim'),
    userinfoClaimMappers: mappersWith('userinfo.token.claim'),
  };
}

function originOf(pattern: string): string[] {
  try {
    return [new URL(pattern.replace(/\*$/, '')).origin];
  } catch {
    return [];
  }
}

function toClaimMapper(m: ExportMapper): ClaimMapper {
  const claim = m.config['claim.name'] ?? '';
  if (m.protocolMapper === HARDCODED_MAPPER) {
    return { kind: 'hardcoded', claim, value: m.config['claim.value'] ?? '' };
  }
  return { kind: 'user-attribute', claim, attribute: m.config['user.attribute'] ?? '' };
}

function roleExpander(roles: readonly RealmRole[]): (direct: readonly string[]) => string[] {
  const byName = new Map(roles.map((r) => [r.name, r]));
  return (direct) => {
    const seen = new Set<string>();
    const visit = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const child of byName.get(name)?.composites ?? []) visit(child);
    };
    direct.forEach(visit);
    return [...seen];
  };
}
