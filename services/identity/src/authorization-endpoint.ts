import { constantTimeEqual } from './constant-time-equal.js';
import type { PageLanguage } from './page-language.js';
import type { RealmClient, RealmUser } from './realm-export.js';
import { matchRedirectUri } from './redirect-uri.js';
import { errorPage, loginPage, type HtmlPage } from './sign-in-pages.js';
import type { AuthorizationRequest, PendingLogin, SignInStore } from './sign-in-store.js';

/** What the browser gets: a page to show, or a redirect back to the client. */
export type BrowserOutcome =
  | { readonly kind: 'page'; readonly page: HtmlPage }
  | { readonly kind: 'redirect'; readonly location: string };

export interface AuthorizationEndpointOptions {
  readonly clients: ReadonlyMap<string, RealmClient>;
  readonly users: ReadonlyMap<string, RealmUser>;
  readonly store: SignInStore;
  readonly realmUrl: () => string;
  readonly realmDisplayName: string;
  /** Path the login form posts to, below the realm URL (Keycloak's login-actions). */
  readonly loginActionPath: string;
}

export interface AuthorizationEndpoint {
  /** GET /protocol/openid-connect/auth */
  authorize(query: URLSearchParams, language: PageLanguage): BrowserOutcome;
  /** POST of the login form. */
  submitLogin(loginId: string, form: URLSearchParams, language: PageLanguage): BrowserOutcome;
}

// RFC 7636 §4.2: a challenge is 43–128 unreserved characters (S256 yields exactly 43).
const CODE_CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

type Bilingual = Readonly<Record<PageLanguage, string>>;

const PAGE_ERRORS = {
  missingClient: {
    zh: '缺少参数 client_id。请回到应用重新登录。',
    en: 'Missing parameter: client_id. Start signing in again from the application.',
  },
  missingRedirect: {
    zh: '缺少参数 redirect_uri。请回到应用重新登录。',
    en: 'Missing parameter: redirect_uri. Start signing in again from the application.',
  },
  loginExpired: {
    zh: '登录页面已过期或已使用。请回到应用重新登录。',
    en: 'This sign-in page has expired or was already used. Start signing in again from the application.',
  },
  badCredentials: { zh: '用户名或密码错误', en: 'Invalid username or password.' },
  disabled: {
    zh: '账号已停用，请联系管理员。',
    en: 'This account is disabled; contact an administrator.',
  },
  notSetUp: {
    zh: '账号尚未完成设置（如需修改临时密码），请联系管理员。',
    en: 'This account is not fully set up (e.g. a temporary password); contact an administrator.',
  },
} satisfies Record<string, Bilingual>;

const unknownClient = (clientId: string): Bilingual => ({
  zh: `客户端 ${clientId} 不存在或已停用。请检查应用的登录配置。`,
  en: `Client ${clientId} does not exist or is disabled. Check the application's sign-in settings.`,
});

const unregisteredRedirect = (clientId: string): Bilingual => ({
  zh: `redirect_uri 参数无效：该地址未在客户端 ${clientId} 的有效重定向地址中登记。请在认证域中登记该地址，或使用已登记的地址。`,
  en: `Invalid parameter: redirect_uri. The address is not one of client ${clientId}'s valid redirect URIs; register it in the realm or use a registered one.`,
});

export function createAuthorizationEndpoint(
  options: AuthorizationEndpointOptions,
): AuthorizationEndpoint {
  const { store } = options;
  const page = (language: PageLanguage, message: Bilingual, status = 400): BrowserOutcome => ({
    kind: 'page',
    page: errorPage(language, message[language], status),
  });

  const showLogin = (
    login: PendingLogin,
    language: PageLanguage,
    extra: { username?: string; error?: string } = {},
  ): BrowserOutcome => ({
    kind: 'page',
    page: loginPage({
      language,
      realmDisplayName: options.realmDisplayName,
      action: `${options.realmUrl()}${options.loginActionPath}?tab_id=${encodeURIComponent(login.id)}`,
      ...extra,
    }),
  });

  /** Back to the client with an OAuth error, once its redirect URI is known to be registered. */
  const redirectError = (
    target: { redirectUri: string; responseMode: 'query' | 'fragment' },
    state: string | undefined,
    error: string,
    description: string,
  ): BrowserOutcome => ({
    kind: 'redirect',
    location: withParams(target.redirectUri, target.responseMode, {
      error,
      error_description: description,
      ...(state !== undefined && { state }),
      iss: options.realmUrl(),
    }),
  });

  return {
    authorize(query, language) {
      const clientId = query.get('client_id');
      if (!clientId) return page(language, PAGE_ERRORS.missingClient);
      const client = options.clients.get(clientId);
      if (!client || !client.enabled) return page(language, unknownClient(clientId));
      const requestedUri = query.get('redirect_uri');
      if (!requestedUri) return page(language, PAGE_ERRORS.missingRedirect);
      const redirectUri = matchRedirectUri(requestedUri, client.redirectUris);
      if (redirectUri === undefined) return page(language, unregisteredRedirect(clientId));

      const state = query.get('state') ?? undefined;
      const mode = query.get('response_mode') ?? 'query';
      // An unknown mode cannot be honoured, so its refusal travels the default way.
      const responseMode = mode === 'fragment' ? 'fragment' : 'query';
      const fail = (error: string, description: string) =>
        redirectError({ redirectUri, responseMode }, state, error, description);
      if (mode !== 'query' && mode !== 'fragment') {
        return fail('invalid_request', 'Invalid parameter: response_mode');
      }
      const responseType = query.get('response_type');
      if (!responseType) return fail('invalid_request', 'Missing parameter: response_type');
      if (responseType !== 'code') {
        return fail(
          'unsupported_response_type',
          'Client is not allowed to initiate browser login with given response_type.',
        );
      }
      if (!client.standardFlowEnabled) {
        return fail(
          'unauthorized_client',
          'Client is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.',
        );
      }
      const scopes = (query.get('scope') ?? '').split(' ').filter((s) => s);
      if (!scopes.includes('openid')) {
        return fail(
          'invalid_scope',
          'Missing scope: openid (this issuer serves OpenID Connect only)',
        );
      }
      // Keycloak accepts a request without state; every browser library sends one, and without
      // it the client cannot tell its own sign-in from a forged one.
      if (!state) return fail('invalid_request', 'Missing parameter: state');
      if (query.get('prompt') === 'none') {
        // The dev issuer keeps no browser session cookie, so a silent check never finds one.
        return fail('login_required', 'No active session');
      }

      const method = query.get('code_challenge_method');
      const challenge = query.get('code_challenge');
      if (client.pkceMethod === 'S256' || method !== null || challenge !== null) {
        if (!method) return fail('invalid_request', 'Missing parameter: code_challenge_method');
        if (method !== 'S256')
          return fail('invalid_request', 'Invalid parameter: code_challenge_method');
        if (!challenge) return fail('invalid_request', 'Missing parameter: code_challenge');
        if (!CODE_CHALLENGE.test(challenge))
          return fail('invalid_request', 'Invalid parameter: code_challenge');
      }

      const request: AuthorizationRequest = {
        client,
        redirectUri,
        responseMode,
        state,
        nonce: query.get('nonce') ?? undefined,
        scope: scopes.join(' '),
        codeChallenge: challenge ?? undefined,
      };
      return showLogin(store.startLogin(request), language);
    },

    submitLogin(loginId, form, language) {
      const login = store.pendingLogin(loginId);
      if (!login) return page(language, PAGE_ERRORS.loginExpired);
      const username = (form.get('username') ?? '').trim();
      const user = options.users.get(username.toLowerCase());
      if (!user || !constantTimeEqual(form.get('password') ?? '', user.password)) {
        return showLogin(login, language, {
          username,
          error: PAGE_ERRORS.badCredentials[language],
        });
      }
      if (!user.enabled)
        return showLogin(login, language, { username, error: PAGE_ERRORS.disabled[language] });
      if (user.requiredActions.length > 0) {
        return showLogin(login, language, { username, error: PAGE_ERRORS.notSetUp[language] });
      }
      const { session, code } = store.completeLogin(login, user);
      const { request } = login;
      return {
        kind: 'redirect',
        location: withParams(request.redirectUri, request.responseMode, {
          ...(request.state !== undefined && { state: request.state }),
          session_state: session.id,
          iss: options.realmUrl(),
          code,
        }),
      };
    },
  };
}

/** Adds the response parameters the way the response mode says: query string or fragment. */
function withParams(
  redirectUri: string,
  mode: 'query' | 'fragment',
  params: Readonly<Record<string, string>>,
): string {
  const encoded = new URLSearchParams(params).toString();
  if (mode === 'fragment') return `${redirectUri}#${encoded}`;
  return `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${encoded}`;
}
