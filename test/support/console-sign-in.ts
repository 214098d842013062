import { createHash, randomBytes } from 'node:crypto';
import type { IdentityServer } from '@city-ops/identity';

/**
 * Signs a demo user in the way the web console does (authorization code + PKCE S256 through the
 * public client city-ops-console), with plain fetch standing in for the browser: the auth page,
 * the login form, the redirect back, the code exchange. Returns the token response.
 */
export async function signInAsConsole(
  identity: IdentityServer,
  username: string,
  password = 'demo',
): Promise<{ access_token: string; refresh_token: string; id_token: string }> {
  const oidc = `${identity.realmUrl}/protocol/openid-connect`;
  const redirectUri = 'http://127.0.0.1:4000/';
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    client_id: 'city-ops-console',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  const page = await fetch(`${oidc}/auth?${query.toString()}`);
  const action = /<form method="post" action="([^"]+)"/.exec(await page.text())?.[1];
  if (!action) throw new Error(`no login form (HTTP ${page.status})`);
  const login = await fetch(action.replace(/&#38;/g, '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }),
  });
  const code = new URL(login.headers.get('location') ?? 'http://invalid/').searchParams.get('code');
  if (!code) throw new Error(`sign-in of ${username} did not redirect with a code`);
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
  if (res.status !== 200) throw new Error(`code exchange failed: ${await res.text()}`);
  return (await res.json()) as { access_token: string; refresh_token: string; id_token: string };
}
