import { ErrorResponse, UserManager, WebStorageStateStore } from 'oidc-client-ts';
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
  /**
   * The access token for the next API request, read from the store each time: refreshed first
   * when it has expired unnoticed (a tab asleep past its renewal), undefined when the session
   * cannot be renewed.
   */
  accessToken(): Promise<string | undefined>;
  /** Sends the browser to the provider's login page; `returnTo` is opened afterwards. */
  start(returnTo: string): Promise<void>;
  /** Completes a sign-in on CALLBACK_PATH; resolves to the path to open. */
  complete(): Promise<string>;
  /** Forgets the user here and ends the session at the provider. */
  signOut(): Promise<void>;
  /**
   * The session ended during work (the API refused the token, or the provider refused to renew
   * it): forgets it here and sends the browser to the login page, `returnTo` opened afterwards.
   * Once per page, however many requests notice it.
   */
  reauthenticate(returnTo: string): Promise<void>;
  /** Calls `listener` when the provider refuses to renew the session (signed out, timed out). */
  onRenewalRefused(listener: () => void): void;
}

/**
 * The sessionStorage key oidc-client-ts keeps the user under: `oidc.` + `user:<authority>:<client>`.
 * The browser test replaces the token there to end a session as a real expiry does.
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
  let leaving: Promise<void> | undefined;
  // One refresh however many requests find the token expired at once.
  let renewing: Promise<string | undefined> | undefined;
  const renew = () =>
    (renewing ??= manager.signinSilent().then(
      (user) => user?.access_token,
      () => undefined,
    )).finally(() => {
      renewing = undefined;
    });

  return {
    current: async () => signedIn(await manager.getUser()),
    accessToken: async () => {
      const user = await manager.getUser();
      if (!user) return undefined;
      return user.expired ? renew() : user.access_token;
    },
    start: (returnTo) => manager.signinRedirect({ state: { returnTo } }),
    complete: async () => {
      const user = await manager.signinRedirectCallback();
      const state = user.state as { returnTo?: unknown } | undefined;
      // Only a path of this console: never an address another site put in the state.
      return typeof state?.returnTo === 'string' && state.returnTo.startsWith('/')
        ? state.returnTo
        : '/';
    },
    signOut: async () => {
      const user = await manager.getUser();
      await manager.removeUser();
      try {
        await manager.signoutRedirect({ id_token_hint: user?.id_token });
      } catch {
        // A provider without an end-session endpoint: the local session is gone all the same.
        window.location.assign('/');
      }
    },
    reauthenticate: (returnTo) => {
      leaving ??= manager.removeUser().then(() => manager.signinRedirect({ state: { returnTo } }));
      return leaving;
    },
    onRenewalRefused: (listener) => {
      manager.events.addSilentRenewError((error) => {
        // Only the provider's refusal (invalid_grant: session ended or timed out): a network
        // blip is retried by the next renewal, and the login page would not load either.
        if (error instanceof ErrorResponse) listener();
      });
    },
  };
}
