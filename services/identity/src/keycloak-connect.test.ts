import Keycloak from 'keycloak-connect';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startIdentityServer, type IdentityServer } from './identity-server.js';
import { generateSigningKey, signJwt, decodeJwtUnverified } from './jwt.js';
import { requestToken } from './token-client.js';
import { DEMO_PASSWORD } from './realm-export.js';

// What a node needs from a validated grant. keycloak-connect's typings describe createGrant as
// taking Token objects and omit `content`, so the runtime shape is declared here.
interface ValidatedToken {
  hasRole(spec: string): boolean;
  content: Record<string, unknown>;
}
interface GrantValidator {
  createGrant(raw: { access_token: string }): Promise<{ access_token: ValidatedToken }>;
}

let issuer: IdentityServer;

beforeAll(async () => {
  issuer = await startIdentityServer({ port: 0 });
});
afterAll(async () => {
  await issuer.close();
});

/**
 * A fresh adapter per check: GrantManager caches the JWKS and refuses to refetch it for 10 s,
 * so sharing one would make a later unknown-kid test depend on what ran before it.
 */
function grantManagerFor(server: IdentityServer, realm = server.realm): GrantValidator {
  const keycloak = new Keycloak({}, {
    realm,
    'auth-server-url': server.url,
    resource: 'city-ops-web',
    'bearer-only': true,
  } as unknown as Keycloak.KeycloakConfig);
  return keycloak.grantManager as unknown as GrantValidator;
}

const validate = (token: string, server = issuer) =>
  grantManagerFor(server).createGrant({ access_token: token });

const userToken = (username: string) =>
  requestToken({
    issuerUrl: issuer.url,
    realm: issuer.realm,
    name: username,
    password: DEMO_PASSWORD,
  });

describe('keycloak-connect GrantManager accepts tokens from the dev issuer', () => {
  it('validates a password-grant token and sees its realm role and division', async () => {
    const grant = await validate(await userToken('agent.320100'));
    expect(grant.access_token.hasRole('realm:hotline-agent')).toBe(true);
    expect(grant.access_token.hasRole('realm:dispatcher')).toBe(false);
    expect(grant.access_token.content).toMatchObject({
      division: '320100',
      preferred_username: 'agent.320100',
    });
  });

  it('validates a client-credentials token for a node service account', async () => {
    const token = await requestToken({
      issuerUrl: issuer.url,
      realm: issuer.realm,
      name: 'node-320100',
      password: '',
    });
    const grant = await validate(token);
    expect(grant.access_token.hasRole('realm:node-sync')).toBe(true);
    expect(grant.access_token.content).toMatchObject({ division: '320100', azp: 'node-320100' });
  });

  it('validates tokens minted directly with issueToken', async () => {
    const grant = await validate(issuer.issueToken('unit-cg.330100'));
    expect(grant.access_token.hasRole('realm:handling-unit')).toBe(true);
    expect(grant.access_token.content['department']).toBe('330100-cg');
  });

  it('keeps validating old tokens after a restart with the same key file', async () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'identity-kc-')), 'issuer.pem');
    const first = await startIdentityServer({ keyFile });
    const port = Number(new URL(first.url).port);
    const oldToken = first.issueToken('supervisor.320000');
    await first.close();
    const second = await startIdentityServer({ keyFile, port });
    try {
      const grant = await validate(oldToken, second);
      expect(grant.access_token.hasRole('realm:provincial-supervisor')).toBe(true);
    } finally {
      await second.close();
    }
  });
});

/** The console's sign-in as a browser does it: auth page, form, code, token exchange. */
async function consoleSignIn(username: string): Promise<Record<string, string>> {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = 'http://localhost:4000/';
  const oidc = `${issuer.realmUrl}/protocol/openid-connect`;
  const query = new URLSearchParams({
    client_id: 'city-ops-console',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: 's',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  const page = await (await fetch(`${oidc}/auth?${query.toString()}`)).text();
  const action = (/action="([^"]+)"/.exec(page)?.[1] ?? '').replace(/&#38;/g, '&');
  const login = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password: DEMO_PASSWORD }),
  });
  const code = new URL(login.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const res = await fetch(`${oidc}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'city-ops-console',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, string>;
}

describe('keycloak-connect GrantManager accepts the console’s code-flow tokens', () => {
  it('validates the access token and the refreshed one, with role, division and department', async () => {
    const tokens = await consoleSignIn('unit-cg.320100');
    const grant = await validate(tokens['access_token'] ?? '');
    expect(grant.access_token.hasRole('realm:handling-unit')).toBe(true);
    expect(grant.access_token.content).toMatchObject({
      azp: 'city-ops-console',
      division: '320100',
      department: '320100-cg',
    });
    const refreshed = await fetch(`${issuer.realmUrl}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: 'city-ops-console',
        refresh_token: tokens['refresh_token'] ?? '',
      }),
    });
    const body = (await refreshed.json()) as Record<string, string>;
    const again = await validate(body['access_token'] ?? '');
    expect(again.access_token.content['preferred_username']).toBe('unit-cg.320100');
  });

  it('refuses the ID and refresh tokens as bearer tokens', async () => {
    const tokens = await consoleSignIn('agent.320100');
    await expect(validate(tokens['id_token'] ?? '')).rejects.toThrow(/wrong type/);
    await expect(validate(tokens['refresh_token'] ?? '')).rejects.toThrow(/wrong type/);
  });
});

describe('keycloak-connect GrantManager rejects bad tokens', () => {
  const claims = () => decodeJwtUnverified(issuer.issueToken('agent.320100')).claims;

  it('rejects a token signed with another key under the issuer kid', async () => {
    const forged = signJwt(claims(), generateSigningKey().privateKey, issuer.kid);
    await expect(validate(forged)).rejects.toThrow(/invalid token \(public key signature\)/);
  });

  it('rejects a token signed with another key under an unknown kid', async () => {
    const other = generateSigningKey();
    await expect(validate(signJwt(claims(), other.privateKey, other.kid))).rejects.toThrow(
      /failed to load public key/,
    );
  });

  it('rejects an expired token', async () => {
    const expired = issuer.issueToken('agent.320100', { iat: 1000, exp: 2000 });
    await expect(validate(expired)).rejects.toThrow(/invalid token \(expired\)/);
  });

  it('rejects a token from another issuer url or realm', async () => {
    const wrongIss = issuer.issueToken('agent.320100', {
      iss: 'http://evil.example/realms/city-ops',
    });
    await expect(validate(wrongIss)).rejects.toThrow(/wrong ISS/);
    const kc = grantManagerFor(issuer, 'other-realm');
    await expect(
      kc.createGrant({ access_token: issuer.issueToken('agent.320100') }),
    ).rejects.toThrow(/wrong ISS/);
  });

  it('rejects a token whose typ is not Bearer', async () => {
    const idToken = issuer.issueToken('agent.320100', { typ: 'ID' });
    await expect(validate(idToken)).rejects.toThrow(/wrong type/);
  });

  it('rejects a tampered payload', async () => {
    const [h, , s] = issuer.issueToken('agent.320100').split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims(), division: '330100' })).toString(
      'base64url',
    );
    await expect(validate(`${h}.${payload}.${s}`)).rejects.toThrow(/signature/);
  });

  it('still rejects (though not cleanly) a second unknown kid within its 10 s JWKS throttle', async () => {
    const kc = grantManagerFor(issuer);
    await kc.createGrant({ access_token: issuer.issueToken('agent.320100') });
    const other = generateSigningKey();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(
        kc.createGrant({ access_token: signJwt(claims(), other.privateKey, other.kid) }),
      ).rejects.toThrow(/reading 'then'/);
      expect(consoleError).toHaveBeenCalledWith(expect.stringMatching(/Not enough time elapsed/));
    } finally {
      consoleError.mockRestore();
    }
  });
});
