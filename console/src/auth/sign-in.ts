import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { User } from 'oidc-client-ts';
import type { ConsoleConfig } from '../console-config';

/** Where the identity provider sends the browser back with the authorization code. */
export const CALLBACK_PATH = '/auth/callback';

/** The signed-in user as the console needs it; the API (`me`) says the rest. */
export interface SignedInUser {
  accessToken: string;
  /** The person's name from the ID token (`name`), when the provider sent one. */
  name: string | undefined;
}

/**
 * Everything about signing in, in one module: OIDC authorization code with PKCE against
 * the realm (endpoints from its discovery document, `/.well-known/openid-configuration`),
 * tokens kept in sessionStorage (gone when the tab closes; never in localStorage, where
 * every later visitor of a shared desk would find them), refreshed before they expire,
 * and RP-initiated logout. Nothing else in the console touches oidc-client-ts.
 */
export interface SignIn {
  /** The stored user whose token has not expired, or null. */
  current(): Promise<SignedInUser | null>;
  /** The current access token, for each API request. */
  accessToken(): string | undefined;
  /** Sends the browser to the provider's login page; `returnTo` is opened afterwards. */
  start(returnTo: string): Promise<void>;
  /** Completes a sign-in on CALLBACK_PATH; resolves to the path to open. */
  complete(): Promise<string>;
  /** Forgets the user here and ends the session at the provider. */
  signOut(): Promise<void>;
  /** Forgets the user here only (a token the API refused). */
  forget(): Promise<void>;
}

/**
 * The sessionStorage key oidc-client-ts keeps the user under: `oidc.` + `user:<authority>:<client>`.
 * The browser test stores a token there until the login page can be driven end to end.
 */
export function userStorageKey(config: ConsoleConfig): string {
  return `oidc.user:${config.oidc.authority}:${config.oidc.clientId}`;
}

/**
 * A person's name as Chinese writes it, family name first and no space (王伟): Keycloak's
 * `name` claim is "given family" (伟 王).
 */
function displayNameOf(profile: User['profile']): string | undefined {
  const { family_name: family, given_name: given, name } = profile;
  if (typeof family === 'string' && typeof given === 'string') return `${family}${given}`;
  return typeof name === 'string' ? name : undefined;
}

const signedIn = (user: User | null): SignedInUser | null =>
  user && !user.expired
    ? { accessToken: user.access_token, name: displayNameOf(user.profile) }
    : null;

export function createSignIn(config: ConsoleConfig): SignIn {
  const origin = window.location.origin;
  const manager = new UserManager({
    authority: config.oidc.authority,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Refreshes with the refresh token shortly before the access token expires.
    automaticSilentRenew: true,
  });
  let token: string | undefined;
  manager.events.addUserLoaded((user) => {
    token = user.access_token;
  });
  manager.events.addUserUnloaded(() => {
    token = undefined;
  });

  return {
    current: async () => {
      const user = signedIn(await manager.getUser());
      token = user?.accessToken;
      return user;
    },
    accessToken: () => token,
    start: (returnTo) => manager.signinRedirect({ state: { returnTo } }),
    complete: async () => {
      const user = await manager.signinRedirectCallback();
      token = user.access_token;
      const state = user.state as { returnTo?: unknown } | undefined;
      // Only a path of this console: never an address another site put in the state.
      return typeof state?.returnTo === 'string' && state.returnTo.startsWith('/')
        ? state.returnTo
        : '/';
    },
    signOut: async () => {
      const user = await manager.getUser();
      await manager.removeUser();
      token = undefined;
      try {
        await manager.signoutRedirect({ id_token_hint: user?.id_token });
      } catch {
        // A provider without an end-session endpoint: the local session is gone all the same.
        window.location.assign('/');
      }
    },
    forget: async () => {
      await manager.removeUser();
      token = undefined;
    },
  };
}
