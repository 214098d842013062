import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_REALM_EXPORT_PATH,
  DEMO_PASSWORD,
  RealmExportError,
  loadRealmExport,
  parseRealmExport,
} from './realm-export.js';

/** Cities with demo users (the demo's city nodes). */
const CITIES = ['320100', '320200', '330100', '330200'];
/** The registry's other Jiangsu cities: a node service account each, no demo users. */
const SERVICE_ONLY_CITIES = ['320300', '320400', '320500', '320600', '320700', '320800'];
const PROVINCES = ['320000', '330000'];
const NODES = ['000000', ...PROVINCES, ...CITIES, ...SERVICE_ONLY_CITIES];
const ROLES = [
  'hotline-agent',
  'dispatcher',
  'handling-unit',
  'inspector',
  'enforcement-officer',
  'legal-reviewer',
  'city-supervisor',
  'provincial-supervisor',
  'ministry-analyst',
  'auditor',
  'node-sync',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HAN = /^\p{Script=Han}+$/u;

interface Expected {
  username: string;
  role: string;
  division: string;
  department?: string;
  grid?: string;
}

const expectedUsers: Expected[] = [
  ...CITIES.flatMap((c): Expected[] => [
    { username: `agent.${c}`, role: 'hotline-agent', division: c },
    { username: `dispatcher.${c}`, role: 'dispatcher', division: c },
    { username: `unit-cg.${c}`, role: 'handling-unit', division: c, department: `${c}-cg` },
    { username: `unit-sw.${c}`, role: 'handling-unit', division: c, department: `${c}-sw` },
    { username: `inspector.${c}`, role: 'inspector', division: c, grid: `${c}-g001` },
    { username: `officer.${c}`, role: 'enforcement-officer', division: c },
    { username: `officer2.${c}`, role: 'enforcement-officer', division: c },
    { username: `reviewer.${c}`, role: 'legal-reviewer', division: c },
    { username: `supervisor.${c}`, role: 'city-supervisor', division: c },
    { username: `auditor.${c}`, role: 'auditor', division: c },
  ]),
  ...PROVINCES.flatMap((p): Expected[] => [
    { username: `supervisor.${p}`, role: 'provincial-supervisor', division: p },
    { username: `auditor.${p}`, role: 'auditor', division: p },
  ]),
  { username: 'analyst.000000', role: 'ministry-analyst', division: '000000' },
  { username: 'auditor.000000', role: 'auditor', division: '000000' },
];

const rawExport = () =>
  JSON.parse(readFileSync(DEFAULT_REALM_EXPORT_PATH, 'utf8')) as Record<string, unknown> & {
    users: Record<string, unknown>[];
    clients: Record<string, unknown>[];
    roles: { realm: Record<string, unknown>[] };
  };

const issuesOf = (json: unknown): string[] => {
  try {
    parseRealmExport(json, 'test.json');
  } catch (err) {
    expect(err).toBeInstanceOf(RealmExportError);
    return [...(err as RealmExportError).issues];
  }
  throw new Error('expected the export to be rejected');
};

describe('committed realm export', () => {
  const model = loadRealmExport();

  it('is the city-ops realm with every role, each described', () => {
    expect(model.realm).toBe('city-ops');
    expect(model.roles.map((r) => r.name).sort()).toEqual([...ROLES].sort());
    for (const role of model.roles) expect(role.description?.length).toBeGreaterThan(2);
  });

  it('has exactly the demo users, with role, division, department and grid', () => {
    expect(model.users.map((u) => u.username).sort()).toEqual(
      expectedUsers.map((u) => u.username).sort(),
    );
    for (const expected of expectedUsers) {
      const user = model.users.find((u) => u.username === expected.username);
      expect(user, expected.username).toBeDefined();
      expect(user).toMatchObject({
        enabled: true,
        password: DEMO_PASSWORD,
        roles: [expected.role],
        division: expected.division,
        department: expected.department,
        grid: expected.grid,
        requiredActions: [],
      });
      expect(user?.id).toMatch(UUID);
      expect(user?.firstName).toMatch(HAN);
      expect(user?.lastName).toMatch(HAN);
    }
    expect(new Set(model.users.map((u) => u.id)).size).toBe(model.users.length);
  });

  it('has one confidential service client per node, with node-sync and its division', () => {
    expect(model.serviceClients.map((s) => s.clientId).sort()).toEqual(
      NODES.map((n) => `node-${n}`).sort(),
    );
    for (const code of NODES) {
      const service = model.serviceClients.find((s) => s.clientId === `node-${code}`);
      expect(service).toMatchObject({
        secret: `node-${code}-secret`,
        division: code,
        roles: ['node-sync'],
        username: `service-account-node-${code}`,
        enabled: true,
      });
      expect(service?.userId).toMatch(UUID);
    }
  });

  it('has the public city-ops-web client mapping division, department and grid', () => {
    const web = model.clients.find((c) => c.clientId === 'city-ops-web');
    expect(web).toMatchObject({ publicClient: true, directAccessGrantsEnabled: true });
    expect(web?.claimMappers).toEqual(
      ['division', 'department', 'grid'].map((a) => ({
        kind: 'user-attribute',
        attribute: a,
        claim: a,
      })),
    );
  });

  it('has the public city-ops-console client for the browser code flow with PKCE', () => {
    const consoleClient = model.clients.find((c) => c.clientId === 'city-ops-console');
    const origins = [
      'http://127.0.0.1:4000',
      'http://localhost:4000',
      'http://127.0.0.1:5173',
      'http://localhost:5173',
    ];
    expect(consoleClient).toMatchObject({
      enabled: true,
      publicClient: true,
      secret: undefined,
      standardFlowEnabled: true,
      directAccessGrantsEnabled: false,
      serviceAccountsEnabled: false,
      pkceMethod: 'S256',
      redirectUris: origins.map((o) => `${o}/*`),
      webOrigins: origins,
      postLogoutRedirectUris: origins.map((o) => `${o}/*`),
    });
    const web = model.clients.find((c) => c.clientId === 'city-ops-web');
    expect(consoleClient?.claimMappers).toEqual(web?.claimMappers);
    expect(consoleClient?.idTokenClaimMappers).toEqual(web?.claimMappers);
    // No other client may start the browser flow: nothing else has redirect URIs to send codes to.
    const browserClients = model.clients.filter((c) => c.standardFlowEnabled);
    expect(browserClients.map((c) => c.clientId)).toEqual(['city-ops-console']);
    expect(model).toMatchObject({
      accessCodeLifespan: 60,
      accessCodeLifespanLogin: 1800,
      ssoSessionIdleTimeout: 1800,
      ssoSessionMaxLifespan: 36000,
    });
  });

  it('is shaped the way Keycloak imports it', () => {
    const raw = rawExport();
    expect(raw).toMatchObject({ realm: 'city-ops', enabled: true });
    for (const code of NODES) {
      const client = raw.clients.find((c) => c['clientId'] === `node-${code}`);
      expect(client).toMatchObject({
        serviceAccountsEnabled: true,
        publicClient: false,
        standardFlowEnabled: false,
        secret: `node-${code}-secret`,
        protocolMappers: [
          {
            protocolMapper: 'oidc-hardcoded-claim-mapper',
            config: { 'claim.name': 'division', 'claim.value': code, 'jsonType.label': 'String' },
          },
        ],
      });
      const serviceUser = raw.users.find((u) => u['serviceAccountClientId'] === `node-${code}`);
      expect(serviceUser).toMatchObject({
        username: `service-account-node-${code}`,
        realmRoles: ['node-sync'],
        attributes: { division: [code] },
      });
    }
    // Keycloak's own field names, so an import gives the same client.
    expect(raw.clients.find((c) => c['clientId'] === 'city-ops-console')).toMatchObject({
      protocol: 'openid-connect',
      publicClient: true,
      standardFlowEnabled: true,
      implicitFlowEnabled: false,
      directAccessGrantsEnabled: false,
      webOrigins: ['+'],
      attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': '+' },
    });
    for (const user of raw.users.filter((u) => !u['serviceAccountClientId'])) {
      expect(user['credentials']).toEqual([{ type: 'password', value: 'demo', temporary: false }]);
    }
  });
});

describe('realm export validation', () => {
  it('names the path of an unknown role', () => {
    const raw = rawExport();
    raw.users[0] = { ...raw.users[0], realmRoles: ['root'] };
    expect(issuesOf(raw)).toEqual(['users[0].realmRoles[0]: unknown realm role root']);
  });

  it('names the path of a missing division', () => {
    const raw = rawExport();
    raw.users[3] = { ...raw.users[3], attributes: {} };
    expect(issuesOf(raw)).toEqual([
      'users[3].attributes.division: needs exactly one 6-digit division code',
    ]);
  });

  it('names the path of a wrongly typed field', () => {
    const raw = rawExport();
    raw.users[1] = { ...raw.users[1], enabled: 'yes' };
    expect(issuesOf(raw)[0]).toMatch(/^users\[1\]\.enabled: /);
  });

  it('refuses protocol mappers it cannot reproduce, naming the config key', () => {
    const raw = rawExport();
    const web = raw.clients[0] as { protocolMappers: { config: Record<string, string> }[] };
    web.protocolMappers[0]!.config['jsonType.label'] = 'JSON';
    expect(issuesOf(raw)).toEqual([
      'clients[0].protocolMappers[0].config["jsonType.label"]: only String claims are emulated',
    ]);
  });

  it('refuses hashed credentials from a raw kc.sh export with a hint', () => {
    const raw = rawExport();
    raw.users[0] = {
      ...raw.users[0],
      credentials: [{ type: 'password', secretData: '{}', credentialData: '{}' }],
    };
    expect(issuesOf(raw)[0]).toMatch(/^users\[0\]\.credentials: .*plaintext/);
  });

  it('requires a service client to have a division and a service-account user', () => {
    const raw = rawExport();
    const index = raw.clients.findIndex((c) => c['clientId'] === 'node-320100');
    raw.clients[index] = { ...raw.clients[index], protocolMappers: [] };
    raw.users = raw.users.filter((u) => u['serviceAccountClientId'] !== 'node-320100');
    expect(issuesOf(raw)).toEqual([
      `clients[${index}].protocolMappers: needs an oidc-hardcoded-claim-mapper giving claim "division" a 6-digit code`,
      `clients[${index}].serviceAccountsEnabled: no user has serviceAccountClientId "node-320100"`,
    ]);
  });

  it('refuses browser-flow settings the dev issuer cannot honour', () => {
    const raw = rawExport();
    const index = raw.clients.findIndex((c) => c['clientId'] === 'city-ops-console');
    raw.clients[index] = {
      ...raw.clients[index],
      redirectUris: ['*', '/relative/*', 'http://a.example/*/x'],
      webOrigins: ['http://a.example/path'],
      implicitFlowEnabled: true,
      attributes: { 'pkce.code.challenge.method': 'plain' },
    };
    expect(issuesOf(raw)).toEqual([
      `clients[${index}].implicitFlowEnabled: the implicit flow is not emulated`,
      `clients[${index}].attributes["pkce.code.challenge.method"]: PKCE method plain is not emulated (only S256)`,
      `clients[${index}].redirectUris[0]: the bare "*" redirect URI (any URI) is refused`,
      `clients[${index}].redirectUris[1]: /relative/*: relative redirect URIs are not emulated; write it absolute`,
      `clients[${index}].redirectUris[2]: http://a.example/*/x: a wildcard is only allowed at the end`,
      `clients[${index}].webOrigins[0]: http://a.example/path is not an origin, "+" or "*"`,
    ]);
  });

  it('expands composite realm roles as Keycloak does', () => {
    const raw = rawExport();
    raw.roles.realm.push({ name: 'duty-lead', composites: { realm: ['dispatcher', 'auditor'] } });
    raw.users[0] = { ...raw.users[0], realmRoles: ['duty-lead'] };
    const user = parseRealmExport(raw).users[0];
    expect(user?.roles).toEqual(['duty-lead', 'dispatcher', 'auditor']);
  });

  it('reports unreadable files and invalid JSON with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'realm-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ nope');
    expect(() => loadRealmExport(bad)).toThrow(/bad\.json:\n {2}not valid JSON/);
    expect(() => loadRealmExport(join(dir, 'missing.json'))).toThrow(/cannot read file/);
  });
});
