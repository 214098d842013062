import { randomBytes, randomUUID } from 'node:crypto';
import type { RealmClient, RealmUser } from './realm-export.js';

/** A validated request to the `auth` endpoint, waiting for the user to sign in. */
export interface AuthorizationRequest {
  readonly client: RealmClient;
  /** Exactly as the client sent it: the token request must repeat it. */
  readonly redirectUri: string;
  readonly responseMode: 'query' | 'fragment';
  readonly state: string | undefined;
  readonly nonce: string | undefined;
  readonly scope: string;
  readonly codeChallenge: string | undefined;
}

export interface PendingLogin {
  readonly id: string;
  readonly request: AuthorizationRequest;
  readonly expiresAt: number;
}

/** Keycloak's user session: what `session_state`/`sid` name and logout ends. */
export interface UserSession {
  readonly id: string;
  readonly user: RealmUser;
  /** Seconds since the epoch. */
  readonly startedAt: number;
  lastRefreshAt: number;
}

export interface IssuedCode {
  readonly sessionId: string;
  readonly request: AuthorizationRequest;
  readonly expiresAt: number;
  used: boolean;
}

export type RedeemedCode =
  | { readonly kind: 'valid'; readonly code: IssuedCode }
  | { readonly kind: 'unknown' | 'expired' }
  | { readonly kind: 'reused'; readonly code: IssuedCode };

export interface SignInLifetimes {
  /** Seconds an authorization code can be exchanged (Keycloak's accessCodeLifespan). */
  readonly codeSeconds: number;
  /** Seconds a login page stays usable (accessCodeLifespanLogin). */
  readonly loginSeconds: number;
  /** Seconds a session lives without a refresh (ssoSessionIdleTimeout). */
  readonly sessionIdleSeconds: number;
  /** Seconds a session lives at most (ssoSessionMaxLifespan). */
  readonly sessionMaxSeconds: number;
}

/**
 * Everything the browser flow remembers, in memory with expiry: the dev issuer forgets all
 * sessions on restart, which a developer sees as "sign in again". Expired entries are pruned
 * whenever something new is stored, so the maps stay bounded by what is live.
 */
export class SignInStore {
  private readonly logins = new Map<string, PendingLogin>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly sessions = new Map<string, UserSession>();

  constructor(
    readonly lifetimes: SignInLifetimes,
    /** Seconds since the epoch; injectable so tests can pass a code's or a session's expiry. */
    readonly now: () => number,
  ) {}

  startLogin(request: AuthorizationRequest): PendingLogin {
    this.prune();
    const login = {
      id: randomToken(),
      request,
      expiresAt: this.now() + this.lifetimes.loginSeconds,
    };
    this.logins.set(login.id, login);
    return login;
  }

  pendingLogin(id: string): PendingLogin | undefined {
    const login = this.logins.get(id);
    if (!login || login.expiresAt <= this.now()) return undefined;
    return login;
  }

  /** Signs the user in: the pending login is used up, a session opens and a code is issued. */
  completeLogin(login: PendingLogin, user: RealmUser): { session: UserSession; code: string } {
    this.prune();
    this.logins.delete(login.id);
    const now = this.now();
    const session: UserSession = { id: randomUUID(), user, startedAt: now, lastRefreshAt: now };
    this.sessions.set(session.id, session);
    const code = randomToken();
    this.codes.set(code, {
      sessionId: session.id,
      request: login.request,
      expiresAt: now + this.lifetimes.codeSeconds,
      used: false,
    });
    return { session, code };
  }

  /**
   * Marks a code used. A used code stays known until it would have expired, so a second
   * exchange is told apart from a made-up code and can end the session it opened.
   */
  redeemCode(code: string): RedeemedCode {
    const issued = this.codes.get(code);
    if (!issued) return { kind: 'unknown' };
    if (issued.used) return { kind: 'reused', code: issued };
    if (issued.expiresAt <= this.now()) return { kind: 'expired' };
    issued.used = true;
    return { kind: 'valid', code: issued };
  }

  /** The session if it is still live: not logged out, not idle too long, not past its maximum. */
  activeSession(id: string): UserSession | undefined {
    const session = this.sessions.get(id);
    if (!session || this.sessionExpiresAt(session) <= this.now()) return undefined;
    return session;
  }

  /** When the session ends if nobody refreshes it: what a refresh token's `exp` is. */
  sessionExpiresAt(session: UserSession): number {
    return Math.min(
      session.lastRefreshAt + this.lifetimes.sessionIdleSeconds,
      session.startedAt + this.lifetimes.sessionMaxSeconds,
    );
  }

  endSession(id: string): boolean {
    return this.sessions.delete(id);
  }

  private prune(): void {
    const now = this.now();
    for (const [id, login] of this.logins) if (login.expiresAt <= now) this.logins.delete(id);
    for (const [code, issued] of this.codes) if (issued.expiresAt <= now) this.codes.delete(code);
    for (const [id, session] of this.sessions) {
      if (this.sessionExpiresAt(session) <= now) this.sessions.delete(id);
    }
  }
}

/** 256 random bits, URL-safe: codes and login ids must not be guessable. */
function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
