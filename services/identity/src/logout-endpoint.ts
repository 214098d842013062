import type { KeyObject } from 'node:crypto';
import type { BrowserOutcome } from './authorization-endpoint.js';
import { verifyOwnJwt } from './jwt.js';
import type { PageLanguage } from './page-language.js';
import type { RealmClient } from './realm-export.js';
import { matchRedirectUri } from './redirect-uri.js';
import { errorPage, loggedOutPage } from './sign-in-pages.js';
import type { SignInStore } from './sign-in-store.js';

export interface LogoutEndpointOptions {
  readonly clients: ReadonlyMap<string, RealmClient>;
  readonly store: SignInStore;
  readonly publicKey: KeyObject;
  readonly realmUrl: () => string;
}

type Bilingual = Readonly<Record<PageLanguage, string>>;

const ERRORS = {
  badHint: {
    zh: 'id_token_hint 参数无效：不是本认证域签发的 ID 令牌。请回到应用重新退出。',
    en: 'Invalid parameter: id_token_hint. It is not an ID token of this realm; sign out again from the application.',
  },
  clientMismatch: {
    zh: 'client_id 与 id_token_hint 中的客户端不一致。',
    en: 'Parameter client_id differs from the client in id_token_hint.',
  },
  needsClient: {
    zh: '使用 post_logout_redirect_uri 时须同时提供 id_token_hint 或 client_id。',
    en: 'Either the parameter client_id or the parameter id_token_hint is required when post_logout_redirect_uri is used.',
  },
  unknownClient: {
    zh: '客户端不存在或已停用。请检查应用的退出配置。',
    en: "The client does not exist or is disabled. Check the application's sign-out settings.",
  },
  badRedirect: {
    zh: 'post_logout_redirect_uri 参数无效：该地址未在客户端的有效退出后重定向地址中登记。',
    en: "Invalid parameter: post_logout_redirect_uri. It is not one of the client's valid post-logout redirect URIs.",
  },
} satisfies Record<string, Bilingual>;

/**
 * RP-initiated logout as Keycloak 18+ serves it at `/protocol/openid-connect/logout`: the
 * session named by `id_token_hint` ends (its refresh tokens stop working), then the browser goes
 * to `post_logout_redirect_uri` if the client registered it, else sees a "signed out" page.
 * An expired hint is accepted, as Keycloak does: users sign out long after their ID token expired.
 */
export function logout(
  options: LogoutEndpointOptions,
  params: URLSearchParams,
  language: PageLanguage,
): BrowserOutcome {
  const refuse = (message: Bilingual): BrowserOutcome => ({
    kind: 'page',
    page: errorPage(language, message[language]),
  });
  const hint = params.get('id_token_hint');
  const postLogoutUri = params.get('post_logout_redirect_uri');
  let clientId = params.get('client_id') ?? undefined;
  let sessionId: string | undefined;
  if (hint) {
    const claims = verifyOwnJwt(hint, options.publicKey);
    if (!claims || claims['typ'] !== 'ID' || claims['iss'] !== options.realmUrl()) {
      return refuse(ERRORS.badHint);
    }
    const audience = typeof claims['aud'] === 'string' ? claims['aud'] : undefined;
    if (clientId !== undefined && clientId !== audience) return refuse(ERRORS.clientMismatch);
    clientId = audience;
    sessionId = typeof claims['sid'] === 'string' ? claims['sid'] : undefined;
  }

  let location: string | undefined;
  if (postLogoutUri) {
    if (clientId === undefined) return refuse(ERRORS.needsClient);
    const client = options.clients.get(clientId);
    if (!client || !client.enabled) return refuse(ERRORS.unknownClient);
    const target = matchRedirectUri(postLogoutUri, client.postLogoutRedirectUris);
    if (target === undefined) return refuse(ERRORS.badRedirect);
    const state = params.get('state');
    location =
      state === null
        ? target
        : `${target}${target.includes('?') ? '&' : '?'}${new URLSearchParams({ state }).toString()}`;
  }

  // Only after every check: a refused logout must not half-happen.
  if (sessionId !== undefined) options.store.endSession(sessionId);
  if (location !== undefined) return { kind: 'redirect', location };
  return { kind: 'page', page: loggedOutPage(language) };
}
