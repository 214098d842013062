import { createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityServer, type IdentityServer } from './identity-server.js';
import {
  decodeJwtUnverified,
  exportPrivateKeyPem,
  generateSigningKey,
  type PublicJwk,
} from './jwt.js';
import { DEFAULT_REALM_EXPORT_PATH, DEMO_PASSWORD, loadRealmExport } from './realm-export.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const USER_CLAIMS = [
  'exp',
  'iat',
  'jti',
  'iss',
  'aud',
  'sub',
  'typ',
  'azp',
  'scope',
  'realm_access',
  'preferred_username',
  'name',
  'given_name',
  'family_name',
  'division',
];
const SERVICE_CLAIMS = [
  'exp',
  'iat',
  'jti',
  'iss',
  'aud',
  'sub',
  'typ',
  'azp',
  'scope',
  'realm_access',
  'preferred_username',
  'division',
];

let issuer: IdentityServer;
const realm = loadRealmExport();

beforeAll(async () => {
  issuer = await startIdentityServer({ port: 0 });
});
afterAll(async () => {
  await issuer.close();
});

const tokenUrl = () => `${issuer.realmUrl}/protocol/openid-connect/token`;

async function postToken(
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(tokenUrl(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    headers: res.headers,
  };
}

const passwordGrant = (username: string, password = DEMO_PASSWORD) =>
  postToken({ grant_type: 'password', client_id: 'city-ops-web', username, password });

const basic = (id: string, secret: string) => ({
  Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
});

const claimsOf = (token: unknown) => decodeJwtUnverified(String(token)).claims;

describe('identity server basics', () => {
  it('reports its urls the way keycloak-connect derives them', () => {
    expect(issuer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(issuer.realm).toBe('city-ops');
    expect(issuer.realmUrl).toBe(`${issuer.url}/realms/city-ops`);
  });

  it('serves the discovery document with Keycloak paths', async () => {
    const res = await fetch(`${issuer.realmUrl}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toMatchObject({
      issuer: issuer.realmUrl,
      token_endpoint: `${issuer.realmUrl}/protocol/openid-connect/token`,
      jwks_uri: `${issuer.realmUrl}/protocol/openid-connect/certs`,
      authorization_endpoint: `${issuer.realmUrl}/protocol/openid-connect/auth`,
      userinfo_endpoint: `${issuer.realmUrl}/protocol/openid-connect/userinfo`,
      end_session_endpoint: `${issuer.realmUrl}/protocol/openid-connect/logout`,
      grant_types_supported: [
        'authorization_code',
        'refresh_token',
        'password',
        'client_credentials',
      ],
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    });
  });

  it('serves the JWKS whose key verifies issued tokens', async () => {
    const res = await fetch(`${issuer.realmUrl}/protocol/openid-connect/certs`);
    expect(res.status).toBe(200);
    const { keys } = (await res.json()) as { keys: PublicJwk[] };
    expect(keys).toHaveLength(1);
    const [jwk] = keys;
    expect(jwk).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256', kid: issuer.kid });
    const token = issuer.issueToken('agent.320100');
    const [h, p, s] = token.split('.');
    const publicKey = createPublicKey({ key: { ...jwk }, format: 'jwk' });
    expect(
      verify('sha256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s!, 'base64url')),
    ).toBe(true);
    expect(decodeJwtUnverified(token).header).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: issuer.kid,
    });
  });

  it('serves realm info at the bare realm url like Keycloak', async () => {
    const res = await fetch(issuer.realmUrl);
    expect(await res.json()).toMatchObject({
      realm: 'city-ops',
      'token-service': `${issuer.realmUrl}/protocol/openid-connect`,
    });
  });

  it('answers anything else with JSON 404, and wrong methods with 405', async () => {
    for (const path of ['/', '/realms/other/protocol/openid-connect/certs', '/realms/city-ops/x']) {
      const res = await fetch(`${issuer.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json');
      expect(await res.json()).toHaveProperty('error');
    }
    const res = await fetch(tokenUrl());
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('password grant', () => {
  it('issues a Keycloak-shaped token with division', async () => {
    const { status, body, headers } = await passwordGrant('agent.320100');
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(body).sort()).toEqual(
      [
        'access_token',
        'expires_in',
        'not-before-policy',
        'refresh_expires_in',
        'scope',
        'token_type',
      ].sort(),
    );
    expect(body).toMatchObject({
      expires_in: 3600,
      refresh_expires_in: 0,
      token_type: 'Bearer',
      'not-before-policy': 0,
      scope: 'profile email',
    });
    const claims = claimsOf(body['access_token']);
    const user = realm.users.find((u) => u.username === 'agent.320100')!;
    expect(Object.keys(claims).sort()).toEqual([...USER_CLAIMS].sort());
    expect(claims).toMatchObject({
      iss: issuer.realmUrl,
      aud: 'account',
      sub: user.id,
      typ: 'Bearer',
      azp: 'city-ops-web',
      scope: 'profile email',
      realm_access: { roles: ['hotline-agent'] },
      preferred_username: 'agent.320100',
      given_name: user.firstName,
      family_name: user.lastName,
      name: `${user.firstName} ${user.lastName}`,
      division: '320100',
    });
    expect(claims['jti']).toMatch(UUID);
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(3600);
    expect(Math.abs(Number(claims['iat']) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('adds department and grid for users that have them', async () => {
    const unit = claimsOf((await passwordGrant('unit-sw.330200')).body['access_token']);
    expect(unit).toMatchObject({
      division: '330200',
      department: '330200-sw',
      realm_access: { roles: ['handling-unit'] },
    });
    expect(unit).not.toHaveProperty('grid');
    const inspector = claimsOf((await passwordGrant('inspector.320200')).body['access_token']);
    expect(inspector).toMatchObject({ division: '320200', grid: '320200-g001' });
    expect(inspector).not.toHaveProperty('department');
  });

  it('matches usernames case-insensitively, as Keycloak does', async () => {
    const { status, body } = await passwordGrant('Analyst.000000');
    expect(status).toBe(200);
    expect(claimsOf(body['access_token'])).toMatchObject({ preferred_username: 'analyst.000000' });
  });

  it('rejects a wrong password or unknown user with 401 invalid_grant', async () => {
    for (const attempt of [passwordGrant('agent.320100', 'nope'), passwordGrant('ghost.320100')]) {
      expect(await attempt).toMatchObject({
        status: 401,
        body: { error: 'invalid_grant', error_description: 'Invalid user credentials' },
      });
    }
  });

  it('refuses clients without direct access grants and unknown clients', async () => {
    const viaNode = await postToken(
      { grant_type: 'password', username: 'agent.320100', password: DEMO_PASSWORD },
      basic('node-320100', 'node-320100-secret'),
    );
    expect(viaNode).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
    const unknown = await postToken({
      grant_type: 'password',
      client_id: 'nope',
      username: 'a',
      password: 'b',
    });
    expect(unknown).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });
});

describe('client credentials grant', () => {
  it('issues a service-account token for node-320100 via HTTP Basic', async () => {
    const { status, body } = await postToken(
      { grant_type: 'client_credentials' },
      basic('node-320100', 'node-320100-secret'),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, refresh_expires_in: 0 });
    const claims = claimsOf(body['access_token']);
    const service = realm.serviceClients.find((s) => s.clientId === 'node-320100')!;
    expect(Object.keys(claims).sort()).toEqual([...SERVICE_CLAIMS].sort());
    expect(claims).toMatchObject({
      iss: issuer.realmUrl,
      aud: 'account',
      sub: service.userId,
      typ: 'Bearer',
      azp: 'node-320100',
      preferred_username: 'service-account-node-320100',
      realm_access: { roles: ['node-sync'] },
      division: '320100',
    });
  });

  it('accepts form-posted client credentials', async () => {
    const { status, body } = await postToken({
      grant_type: 'client_credentials',
      client_id: 'node-000000',
      client_secret: 'node-000000-secret',
    });
    expect(status).toBe(200);
    expect(claimsOf(body['access_token'])).toMatchObject({
      division: '000000',
      azp: 'node-000000',
    });
  });

  it('issues a token for a city node without demo users (node-320300)', async () => {
    const { status, body } = await postToken(
      { grant_type: 'client_credentials' },
      basic('node-320300', 'node-320300-secret'),
    );
    expect(status).toBe(200);
    const service = realm.serviceClients.find((s) => s.clientId === 'node-320300')!;
    expect(claimsOf(body['access_token'])).toMatchObject({
      sub: service.userId,
      azp: 'node-320300',
      preferred_username: 'service-account-node-320300',
      realm_access: { roles: ['node-sync'] },
      division: '320300',
    });
  });

  it('rejects bad secrets, missing secrets and public clients', async () => {
    expect(
      await postToken(
        { grant_type: 'client_credentials' },
        basic('node-320100', 'node-320200-secret'),
      ),
    ).toMatchObject({ status: 401, body: { error: 'unauthorized_client' } });
    expect(
      await postToken({ grant_type: 'client_credentials', client_id: 'node-320100' }),
    ).toMatchObject({ status: 401, body: { error: 'unauthorized_client' } });
    expect(
      await postToken({ grant_type: 'client_credentials', client_id: 'city-ops-web' }),
    ).toMatchObject({
      status: 401,
      body: {
        error: 'unauthorized_client',
        error_description: 'Public client not allowed to retrieve service account',
      },
    });
    expect(await postToken({ grant_type: 'client_credentials' })).toMatchObject({
      status: 401,
      body: { error: 'invalid_client' },
    });
  });
});

describe('malformed token requests', () => {
  it('rejects unsupported and missing grant types', async () => {
    expect(await postToken({ grant_type: 'device_code', client_id: 'city-ops-web' })).toEqual(
      expect.objectContaining({
        status: 400,
        body: { error: 'unsupported_grant_type', error_description: 'Unsupported grant_type' },
      }),
    );
    expect(await postToken({ client_id: 'city-ops-web' })).toMatchObject({
      status: 400,
      body: { error: 'invalid_request' },
    });
  });

  it('requires a form-encoded body', async () => {
    const res = await fetch(tokenUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password' }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
  });
});

describe('issueToken', () => {
  it('mints user and service tokens without credentials', () => {
    expect(claimsOf(issuer.issueToken('dispatcher.330100'))).toMatchObject({
      azp: 'city-ops-web',
      realm_access: { roles: ['dispatcher'] },
      division: '330100',
    });
    expect(claimsOf(issuer.issueToken('node-330000'))).toMatchObject({
      azp: 'node-330000',
      preferred_username: 'service-account-node-330000',
      division: '330000',
    });
  });

  it('applies overrides and refuses unknown names', () => {
    expect(claimsOf(issuer.issueToken('agent.320100', { exp: 1 }))['exp']).toBe(1);
    expect(() => issuer.issueToken('nobody')).toThrow(/no user or service client named "nobody"/);
  });
});

describe('issuer options', () => {
  it('persists its key in keyFile so a restarted issuer keeps the same kid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'identity-key-'));
    const keyFile = join(dir, 'nested', 'issuer.pem');
    const first = await startIdentityServer({ keyFile });
    const kid = first.kid;
    await first.close();
    expect(existsSync(keyFile)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const second = await startIdentityServer({ keyFile });
    await second.close();
    expect(second.kid).toBe(kid);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('uses a given privateKeyPem, publicUrl, realm and lifetime', async () => {
    const key = generateSigningKey();
    const server = await startIdentityServer({
      privateKeyPem: exportPrivateKeyPem(key),
      publicUrl: 'http://identity.example:9000/',
      realm: 'city-ops-test',
      tokenLifetimeSeconds: 60,
    });
    try {
      expect(server.kid).toBe(key.kid);
      expect(server.url).toBe('http://identity.example:9000');
      expect(server.realmUrl).toBe('http://identity.example:9000/realms/city-ops-test');
      const claims = claimsOf(server.issueToken('agent.320100'));
      expect(claims['iss']).toBe(server.realmUrl);
      expect(Number(claims['exp']) - Number(claims['iat'])).toBe(60);
    } finally {
      await server.close();
    }
  });

  it('refuses privateKeyPem together with keyFile', async () => {
    await expect(
      startIdentityServer({ privateKeyPem: 'x', keyFile: '/tmp/never-written.pem' }),
    ).rejects.toThrow(/either privateKeyPem or keyFile/);
  });

  it('builds users only from the realm export it is given', async () => {
    const raw = JSON.parse(readFileSync(DEFAULT_REALM_EXPORT_PATH, 'utf8')) as {
      users: Record<string, unknown>[];
    };
    const agent = raw.users.find((u) => u['username'] === 'agent.320100')!;
    agent['enabled'] = false;
    const officer = raw.users.find((u) => u['username'] === 'officer.320100')!;
    officer['requiredActions'] = ['UPDATE_PASSWORD'];
    const dir = mkdtempSync(join(tmpdir(), 'identity-realm-'));
    const realmExportPath = join(dir, 'realm.json');
    writeFileSync(realmExportPath, JSON.stringify(raw));
    const server = await startIdentityServer({ realmExportPath });
    try {
      const post = async (username: string) => {
        const res = await fetch(`${server.realmUrl}/protocol/openid-connect/token`, {
          method: 'POST',
          body: new URLSearchParams({
            grant_type: 'password',
            client_id: 'city-ops-web',
            username,
            password: DEMO_PASSWORD,
          }),
        });
        return { status: res.status, body: await res.json() };
      };
      expect(await post('agent.320100')).toEqual({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Account disabled' },
      });
      expect(await post('officer.320100')).toEqual({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Account is not fully set up' },
      });
      expect((await post('officer2.320100')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('fails to start on a malformed realm export, naming the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'identity-realm-'));
    const realmExportPath = join(dir, 'realm.json');
    writeFileSync(
      realmExportPath,
      JSON.stringify({ realm: 'x', enabled: true, roles: { realm: [] }, clients: [], users: [{}] }),
    );
    await expect(startIdentityServer({ realmExportPath })).rejects.toThrow(/users\[0\]\.id/);
  });
});
