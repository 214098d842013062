import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityServer, type IdentityServer } from './identity-server.js';
import { decodeJwtUnverified } from './jwt.js';
import { DEMO_PASSWORD } from './realm-export.js';

// The browser sign-in of the console, driven over real HTTP with plain fetch exactly as a
// browser library (oidc-client-ts, keycloak-js) drives Keycloak.
const CLIENT_ID = 'city-ops-console';
const REDIRECT_URI = 'http://127.0.0.1:4000/callback';

interface Pkce {
  verifier: string;
  challenge: string;
}

const pkce = (): Pkce => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

/** A test issuer whose clock a test can move forward. */
interface ClockedIssuer {
  issuer: IdentityServer;
  advance(seconds: number): void;
}

async function startClockedIssuer(
  options: Parameters<typeof startIdentityServer>[0] = {},
): Promise<ClockedIssuer> {
  let offset = 0;
  const issuer = await startIdentityServer({
    ...options,
    now: () => Math.floor(Date.now() / 1000) + offset,
  });
  return { issuer, advance: (seconds) => (offset += seconds) };
}

const endpoint = (issuer: IdentityServer, name: string) =>
  `${issuer.realmUrl}/protocol/openid-connect/${name}`;

function authUrl(
  issuer: IdentityServer,
  params: Record<string, string | undefined> = {},
  challenge = pkce().challenge,
): string {
  const defaults: Record<string, string | undefined> = {
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid',
    state: 'state-123',
    nonce: 'nonce-456',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...defaults, ...params })) {
    if (value !== undefined) query.set(name, value);
  }
  return `${endpoint(issuer, 'auth')}?${query.toString()}`;
}

const getManual = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { redirect: 'manual', headers });

/** The login form's action, as a browser would read it from the page. */
function formAction(html: string): string {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form in page:\n${html}`);
  return action.replace(/&#38;/g, '&');
}

async function postLogin(action: string, username: string, password: string) {
  return fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }),
  });
}

/** Auth page, then the form: the redirect back to the console, parsed. */
async function signIn(
  issuer: IdentityServer,
  username: string,
  challenge: string,
  params: Record<string, string | undefined> = {},
): Promise<URL> {
  const page = await getManual(authUrl(issuer, params, challenge));
  expect(page.status).toBe(200);
  const res = await postLogin(formAction(await page.text()), username, DEMO_PASSWORD);
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

async function postForm(
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(url, {
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

const exchange = (issuer: IdentityServer, code: string, verifier: string, extra = {}) =>
  postForm(endpoint(issuer, 'token'), {
    grant_type: 'authorization_code',
    client_id: CLIENT_ID,
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
    ...extra,
  });

const refresh = (issuer: IdentityServer, refreshToken: string, clientId = CLIENT_ID) =>
  postForm(endpoint(issuer, 'token'), {
    grant_type: 'refresh_token',
    client_id: clientId,
    refresh_token: refreshToken,
  });

/** Signs in and exchanges the code: the console's tokens. */
async function tokensFor(issuer: IdentityServer, username: string, nonce = 'nonce-456') {
  const { verifier, challenge } = pkce();
  const back = await signIn(issuer, username, challenge, { nonce });
  const res = await exchange(issuer, back.searchParams.get('code') ?? '', verifier);
  expect(res.status).toBe(200);
  return res.body as Record<string, string> & { expires_in: number; refresh_expires_in: number };
}

const claimsOf = (token: unknown) => decodeJwtUnverified(String(token)).claims;

let clocked: ClockedIssuer;
let issuer: IdentityServer;

beforeAll(async () => {
  clocked = await startClockedIssuer();
  issuer = clocked.issuer;
});
afterAll(async () => {
  await issuer.close();
});

describe('authorization code flow with PKCE', () => {
  it('signs a user in and hands the console tokens shaped like the password grant', async () => {
    const { verifier, challenge } = pkce();

    const page = await getManual(authUrl(issuer, {}, challenge));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-language')).toBe('zh-CN');
    expect(page.headers.get('cache-control')).toMatch(/no-store/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<label for="username">用户名</label>');
    expect(html).toContain('<input id="username" name="username"');
    expect(html).toContain('<label for="password">密码</label>');
    expect(html).toContain('<input id="password" name="password" type="password"');
    expect(html).toContain('<button type="submit">登录</button>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/);

    const login = await postLogin(formAction(html), 'unit-cg.320100', DEMO_PASSWORD);
    expect(login.status).toBe(302);
    const back = new URL(login.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
    expect(back.searchParams.get('state')).toBe('state-123');
    expect(back.searchParams.get('iss')).toBe(issuer.realmUrl);
    const sessionState = back.searchParams.get('session_state');
    expect(sessionState).toMatch(/^[0-9a-f-]{36}$/);
    const code = back.searchParams.get('code') ?? '';
    expect(code.length).toBeGreaterThanOrEqual(43);

    const res = await exchange(issuer, code, verifier);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_expires_in: 1800,
      scope: 'openid profile email',
      session_state: sessionState,
      'not-before-policy': 0,
    });

    const access = claimsOf(res.body['access_token']);
    const passwordGrantClaims = claimsOf(issuer.issueToken('unit-cg.320100'));
    expect(access).toMatchObject({
      iss: issuer.realmUrl,
      aud: 'account',
      typ: 'Bearer',
      azp: CLIENT_ID,
      sub: passwordGrantClaims['sub'],
      sid: sessionState,
      realm_access: { roles: ['handling-unit'] },
      preferred_username: 'unit-cg.320100',
      name: passwordGrantClaims['name'],
      division: '320100',
      department: '320100-cg',
    });
    // The same claims as today's tokens, plus the session: nodes see no difference.
    expect(Object.keys(access).sort()).toEqual([...Object.keys(passwordGrantClaims), 'sid'].sort());

    const id = claimsOf(res.body['id_token']);
    expect(id).toMatchObject({
      iss: issuer.realmUrl,
      aud: CLIENT_ID,
      azp: CLIENT_ID,
      typ: 'ID',
      sub: access['sub'],
      nonce: 'nonce-456',
      sid: sessionState,
      preferred_username: 'unit-cg.320100',
      division: '320100',
      department: '320100-cg',
    });
    expect(id['at_hash']).toBe(
      createHash('sha256')
        .update(String(res.body['access_token']))
        .digest()
        .subarray(0, 16)
        .toString('base64url'),
    );
    expect(id).not.toHaveProperty('realm_access');

    const refreshClaims = claimsOf(res.body['refresh_token']);
    expect(refreshClaims).toMatchObject({ typ: 'Refresh', azp: CLIENT_ID, sid: sessionState });
  });

  it('refreshes until logout, then refuses the session’s refresh tokens', async () => {
    const first = await tokensFor(issuer, 'dispatcher.320100');
    const refreshed = await refresh(issuer, first['refresh_token'] ?? '');
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({
      token_type: 'Bearer',
      session_state: first['session_state'],
      scope: 'openid profile email',
    });
    expect(claimsOf(refreshed.body['access_token'])).toMatchObject({
      preferred_username: 'dispatcher.320100',
      realm_access: { roles: ['dispatcher'] },
      sid: first['session_state'],
    });
    expect(claimsOf(refreshed.body['id_token'])).toMatchObject({ nonce: 'nonce-456' });
    // Keycloak's default: no rotation, the previous refresh token stays good within the session.
    expect((await refresh(issuer, first['refresh_token'] ?? '')).status).toBe(200);

    const info = await fetch(endpoint(issuer, 'userinfo'), {
      headers: { Authorization: `Bearer ${String(refreshed.body['access_token'])}` },
    });
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({
      sub: claimsOf(first['access_token'])['sub'],
      preferred_username: 'dispatcher.320100',
      division: '320100',
    });

    const logout = await getManual(
      `${endpoint(issuer, 'logout')}?${new URLSearchParams({
        id_token_hint: first['id_token'] ?? '',
        post_logout_redirect_uri: 'http://127.0.0.1:4000/',
        state: 'bye',
      }).toString()}`,
    );
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe('http://127.0.0.1:4000/?state=bye');

    for (const token of [first['refresh_token'], refreshed.body['refresh_token']]) {
      expect(await refresh(issuer, String(token))).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Session not active' },
      });
    }
    const after = await fetch(endpoint(issuer, 'userinfo'), {
      headers: { Authorization: `Bearer ${String(refreshed.body['access_token'])}` },
    });
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
  });

  it('ends only the session named by the hint', async () => {
    const mine = await tokensFor(issuer, 'agent.320100');
    const other = await tokensFor(issuer, 'agent.320100');
    const res = await getManual(
      `${endpoint(issuer, 'logout')}?id_token_hint=${mine['id_token'] ?? ''}`,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('您已退出登录');
    expect((await refresh(issuer, mine['refresh_token'] ?? '')).status).toBe(400);
    expect((await refresh(issuer, other['refresh_token'] ?? '')).status).toBe(200);
  });

  it('returns the code in the fragment when keycloak-js asks for response_mode=fragment', async () => {
    const back = await signIn(issuer, 'agent.320100', pkce().challenge, {
      response_mode: 'fragment',
    });
    expect(back.search).toBe('');
    const fragment = new URLSearchParams(back.hash.slice(1));
    expect(fragment.get('state')).toBe('state-123');
    expect(fragment.get('code')).toBeTruthy();
  });

  it('keeps the query of a registered redirect URI', async () => {
    const back = await signIn(issuer, 'agent.320100', pkce().challenge, {
      redirect_uri: 'http://localhost:4000/tickets?tab=mine',
    });
    expect(back.origin).toBe('http://localhost:4000');
    expect(back.searchParams.get('tab')).toBe('mine');
    expect(back.searchParams.get('code')).toBeTruthy();
  });
});

describe('login form', () => {
  it('re-renders with 用户名或密码错误 and the username kept on a wrong password', async () => {
    const page = await getManual(authUrl(issuer));
    const action = formAction(await page.text());
    const wrong = await postLogin(action, 'agent.320100', 'not-the-password');
    expect(wrong.status).toBe(200);
    expect(wrong.headers.get('location')).toBeNull();
    const html = await wrong.text();
    expect(html).toContain('role="alert">用户名或密码错误</p>');
    expect(html).toContain('value="agent.320100"');
    expect(html).toMatch(/id="password"[^>]*aria-describedby="login-error"/);
    // An unknown user reads the same, so the page does not tell which usernames exist.
    const unknown = await postLogin(action, 'nobody.320100', DEMO_PASSWORD);
    expect(await unknown.text()).toContain('用户名或密码错误');
    // The same login is still usable with the right password.
    const right = await postLogin(action, 'agent.320100', DEMO_PASSWORD);
    expect(right.status).toBe(302);
    // …once: a used login page cannot sign in again.
    const again = await postLogin(action, 'agent.320100', DEMO_PASSWORD);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('登录页面已过期或已使用');
  });

  it('escapes what the user typed', async () => {
    const action = formAction(await (await getManual(authUrl(issuer))).text());
    const html = await (await postLogin(action, '"><script>x</script>', 'x')).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&#34;&#62;&#60;script&#62;x&#60;/script&#62;"');
  });

  it('speaks English to a browser that prefers it', async () => {
    const page = await getManual(authUrl(issuer), { 'Accept-Language': 'en-US,en;q=0.9' });
    expect(page.headers.get('content-language')).toBe('en');
    const html = await page.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<label for="username">Username</label>');
    const res = await fetch(formAction(html), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept-Language': 'en' },
      body: new URLSearchParams({ username: 'agent.320100', password: 'x' }),
    });
    expect(await res.text()).toContain('Invalid username or password.');
  });
});

describe('auth endpoint refusals', () => {
  const expectErrorPage = async (url: string, text: RegExp) => {
    const res = await getManual(url);
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(text);
    expect(html).not.toContain('<form');
  };

  it('never redirects to a URI the client did not register', async () => {
    for (const uri of [
      'http://127.0.0.1:4001/callback',
      'http://127.0.0.1:4000.evil.example/callback',
      'http://evil.example/?next=http://127.0.0.1:4000/',
      'http://127.0.0.1:4000@evil.example/callback',
      'https://127.0.0.1:4000/callback',
      'http://127.0.0.1:4000/a/../callback',
      'http://127.0.0.1:4000/a/%2e%2e/callback',
      'http://127.0.0.1:4000/callback#fragment',
      'javascript:alert(1)//127.0.0.1:4000/',
      '/callback',
    ]) {
      await expectErrorPage(authUrl(issuer, { redirect_uri: uri }), /redirect_uri 参数无效/);
    }
  });

  it('refuses an unknown client, a missing redirect URI and a client without the browser flow', async () => {
    await expectErrorPage(authUrl(issuer, { client_id: 'evil' }), /客户端 evil 不存在或已停用/);
    await expectErrorPage(authUrl(issuer, { client_id: undefined }), /缺少参数 client_id/);
    await expectErrorPage(authUrl(issuer, { redirect_uri: undefined }), /缺少参数 redirect_uri/);
    // city-ops-web (password grant only) registers no redirect URI at all.
    await expectErrorPage(authUrl(issuer, { client_id: 'city-ops-web' }), /redirect_uri 参数无效/);
  });

  it('sends protocol errors back to a registered redirect URI with the state', async () => {
    const cases: [Record<string, string | undefined>, string, string][] = [
      // The console client requires PKCE: a request without any of it is refused.
      [
        { code_challenge: undefined, code_challenge_method: undefined },
        'invalid_request',
        'Missing parameter: code_challenge_method',
      ],
      [
        { code_challenge_method: undefined },
        'invalid_request',
        'Missing parameter: code_challenge_method',
      ],
      [
        { code_challenge_method: 'plain' },
        'invalid_request',
        'Invalid parameter: code_challenge_method',
      ],
      [{ code_challenge: undefined }, 'invalid_request', 'Missing parameter: code_challenge'],
      [{ code_challenge: 'short' }, 'invalid_request', 'Invalid parameter: code_challenge'],
      [
        { response_type: 'token' },
        'unsupported_response_type',
        'Client is not allowed to initiate browser login with given response_type.',
      ],
      [{ response_type: undefined }, 'invalid_request', 'Missing parameter: response_type'],
      [
        { scope: 'profile' },
        'invalid_scope',
        'Missing scope: openid (this issuer serves OpenID Connect only)',
      ],
      [{ response_mode: 'form_post' }, 'invalid_request', 'Invalid parameter: response_mode'],
      [{ prompt: 'none' }, 'login_required', 'No active session'],
    ];
    for (const [params, error, description] of cases) {
      const res = await getManual(authUrl(issuer, params));
      expect(res.status, JSON.stringify(params)).toBe(302);
      const back = new URL(res.headers.get('location') ?? '');
      expect(`${back.origin}${back.pathname}`).toBe(REDIRECT_URI);
      expect(Object.fromEntries(back.searchParams)).toEqual({
        error,
        error_description: description,
        state: 'state-123',
        iss: issuer.realmUrl,
      });
    }
    const noState = await getManual(authUrl(issuer, { state: undefined }));
    const back = new URL(noState.headers.get('location') ?? '');
    expect(back.searchParams.get('error_description')).toBe('Missing parameter: state');
  });
});

describe('code exchange refusals', () => {
  const invalidGrant = (description: string) => ({
    status: 400,
    body: { error: 'invalid_grant', error_description: description },
  });

  it('refuses a wrong or missing verifier, and the code is spent either way', async () => {
    const { verifier, challenge } = pkce();
    const code = (await signIn(issuer, 'agent.320100', challenge)).searchParams.get('code') ?? '';
    expect(await exchange(issuer, code, pkce().verifier)).toMatchObject(
      invalidGrant('PKCE verification failed'),
    );
    expect(await exchange(issuer, code, verifier)).toMatchObject(invalidGrant('Code not valid'));

    const second = pkce();
    const code2 =
      (await signIn(issuer, 'agent.320100', second.challenge)).searchParams.get('code') ?? '';
    const res = await postForm(endpoint(issuer, 'token'), {
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      code: code2,
      redirect_uri: REDIRECT_URI,
    });
    expect(res).toMatchObject(invalidGrant('PKCE code verifier not specified'));
  });

  it('refuses a redirect_uri other than the one the code was issued for', async () => {
    const { verifier, challenge } = pkce();
    const code = (await signIn(issuer, 'agent.320100', challenge)).searchParams.get('code') ?? '';
    expect(
      await exchange(issuer, code, verifier, { redirect_uri: 'http://127.0.0.1:4000/other' }),
    ).toMatchObject(invalidGrant('Incorrect redirect_uri'));
  });

  it('refuses a code reused, and ends the session the first exchange opened', async () => {
    const { verifier, challenge } = pkce();
    const code = (await signIn(issuer, 'agent.320100', challenge)).searchParams.get('code') ?? '';
    const first = await exchange(issuer, code, verifier);
    expect(first.status).toBe(200);
    expect(await exchange(issuer, code, verifier)).toMatchObject(invalidGrant('Code not valid'));
    expect(await refresh(issuer, String(first.body['refresh_token']))).toMatchObject(
      invalidGrant('Session not active'),
    );
  });

  it('refuses a made-up code and a client without the browser flow', async () => {
    expect(await exchange(issuer, 'made-up', pkce().verifier)).toMatchObject(
      invalidGrant('Code not valid'),
    );
    const { verifier, challenge } = pkce();
    const code = (await signIn(issuer, 'agent.320100', challenge)).searchParams.get('code') ?? '';
    expect(await exchange(issuer, code, verifier, { client_id: 'city-ops-web' })).toMatchObject({
      status: 400,
      body: { error: 'unauthorized_client' },
    });
  });

  it('refuses a refresh token presented by another client or forged', async () => {
    const tokens = await tokensFor(issuer, 'agent.320100');
    expect(await refresh(issuer, tokens['refresh_token'] ?? '', 'city-ops-web')).toMatchObject(
      invalidGrant("Invalid refresh token. Token client and authorized client don't match"),
    );
    // An access token is signed by the same key but is not a refresh token.
    expect(await refresh(issuer, tokens['access_token'] ?? '')).toMatchObject(
      invalidGrant('Invalid refresh token'),
    );
    const [h, , s] = (tokens['refresh_token'] ?? '').split('.');
    const claims = { ...claimsOf(tokens['refresh_token']), sub: 'someone-else' };
    const forged = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    expect(await refresh(issuer, forged)).toMatchObject(invalidGrant('Invalid refresh token'));
  });
});

describe('lifetimes', () => {
  it('refuses a code after its lifetime, and a login page after its own', async () => {
    const { issuer: short, advance } = await startClockedIssuer({ codeLifetimeSeconds: 5 });
    try {
      const { verifier, challenge } = pkce();
      const code = (await signIn(short, 'agent.320100', challenge)).searchParams.get('code') ?? '';
      advance(6);
      expect(await exchange(short, code, verifier)).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Code is expired' },
      });

      const action = formAction(await (await getManual(authUrl(short))).text());
      advance(1801);
      const late = await postLogin(action, 'agent.320100', DEMO_PASSWORD);
      expect(late.status).toBe(400);
      expect(await late.text()).toContain('登录页面已过期或已使用');
    } finally {
      await short.close();
    }
  });

  it('ends a session left idle, and one past its maximum despite refreshes', async () => {
    const { issuer: short, advance } = await startClockedIssuer({
      sessionIdleSeconds: 100,
      sessionMaxSeconds: 250,
    });
    try {
      const idle = await tokensFor(short, 'agent.320100');
      expect(idle.refresh_expires_in).toBe(100);
      advance(101);
      expect(await refresh(short, idle['refresh_token'] ?? '')).toMatchObject({
        status: 400,
        body: { error: 'invalid_grant', error_description: 'Token is not active' },
      });

      let current = (await tokensFor(short, 'agent.320100'))['refresh_token'] ?? '';
      for (let i = 0; i < 2; i += 1) {
        advance(90);
        const res = await refresh(short, current);
        expect(res.status).toBe(200);
        current = String(res.body['refresh_token']);
      }
      // 180 s in: the session's maximum (250 s) now caps the refresh token, not the idle 100 s.
      expect(claimsOf(current)['exp']).toBe((claimsOf(current)['iat'] as number) + 70);
      advance(90);
      expect((await refresh(short, current)).status).toBe(400);
    } finally {
      await short.close();
    }
  });
});

describe('logout refusals', () => {
  it('refuses an unregistered post_logout_redirect_uri and leaves the session alive', async () => {
    const tokens = await tokensFor(issuer, 'agent.320100');
    const res = await getManual(
      `${endpoint(issuer, 'logout')}?${new URLSearchParams({
        id_token_hint: tokens['id_token'] ?? '',
        post_logout_redirect_uri: 'http://evil.example/',
      }).toString()}`,
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('post_logout_redirect_uri 参数无效');
    expect((await refresh(issuer, tokens['refresh_token'] ?? '')).status).toBe(200);
  });

  it('refuses a hint that is not its own ID token, and a redirect with no client named', async () => {
    const tokens = await tokensFor(issuer, 'agent.320100');
    const asHint = async (hint: string) =>
      getManual(`${endpoint(issuer, 'logout')}?id_token_hint=${encodeURIComponent(hint)}`);
    expect((await asHint(tokens['access_token'] ?? '')).status).toBe(400);
    expect((await asHint('not.a.token')).status).toBe(400);
    const noClient = await getManual(
      `${endpoint(issuer, 'logout')}?post_logout_redirect_uri=${encodeURIComponent('http://127.0.0.1:4000/')}`,
    );
    expect(noClient.status).toBe(400);
    expect(await noClient.text()).toContain('须同时提供 id_token_hint 或 client_id');
    expect((await refresh(issuer, tokens['refresh_token'] ?? '')).status).toBe(200);
  });
});

describe('CORS for the console', () => {
  it('answers the console origin’s preflight and token calls, and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(endpoint(issuer, 'token'), {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
    const ok = await preflight('http://localhost:4000');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://localhost:4000');
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    const evil = await preflight('http://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();

    const { verifier, challenge } = pkce();
    const code = (await signIn(issuer, 'agent.320100', challenge)).searchParams.get('code') ?? '';
    const res = await exchange(issuer, code, verifier);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const withOrigin = await postForm(
      endpoint(issuer, 'token'),
      {
        grant_type: 'refresh_token',
        client_id: CLIENT_ID,
        refresh_token: String(res.body['refresh_token']),
      },
      { Origin: 'http://127.0.0.1:4000' },
    );
    expect(withOrigin.status).toBe(200);
    expect(withOrigin.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
    // A refusal carries the header too, so the console can read why.
    const refused = await postForm(
      endpoint(issuer, 'token'),
      { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: 'x' },
      { Origin: 'http://127.0.0.1:4000' },
    );
    expect(refused.status).toBe(400);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4000');
    const other = await postForm(
      endpoint(issuer, 'token'),
      { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: 'x' },
      { Origin: 'http://evil.example' },
    );
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets any origin read the discovery document and the keys', async () => {
    for (const path of ['.well-known/openid-configuration', 'protocol/openid-connect/certs']) {
      const res = await fetch(`${issuer.realmUrl}/${path}`, {
        headers: { Origin: 'http://localhost:4000' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    }
  });
});
