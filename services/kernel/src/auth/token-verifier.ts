import Keycloak from 'keycloak-connect';
import { isWellFormedDivisionCode, isKnownDivision } from '@city-ops/schema';
import { unauthenticated } from '../errors.js';
import type { Principal } from './principal.js';

/**
 * Bearer-token verification, the only module that knows about keycloak-connect.
 * Its grant manager checks signature (realm JWKS by kid, RS256), expiry, `typ` and
 * `iss`; we add what it leaves out (header alg, not-before, our claims) and turn
 * every failure into UNAUTHENTICATED with a message saying what was wrong.
 */
export interface TokenVerifierOptions {
  /** Keycloak's server URL; the realm lives at `${authServerUrl}/realms/${realm}`. */
  authServerUrl: string;
  realm: string;
  clientId: string;
}

export interface TokenVerifier {
  /** Verifies an `Authorization` header value; throws UNAUTHENTICATED. */
  verifyAuthorization(header: string | null | undefined): Promise<Principal>;
  readonly realmUrl: string;
}

interface TokenContent {
  sub?: unknown;
  preferred_username?: unknown;
  realm_access?: { roles?: unknown };
  division?: unknown;
  department?: unknown;
  grid?: unknown;
  azp?: unknown;
  exp?: unknown;
  nbf?: unknown;
}

interface KeycloakToken {
  header: { alg?: unknown };
  content: TokenContent;
}

// keycloak-connect's messages say "Grant validation failed. Reason: invalid token (expired)".
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /invalid token \(([^)]+)\)/.exec(message);
  if (!match) return 'it could not be verified against the realm keys';
  const reason = match[1] ?? '';
  if (reason === 'wrong ISS') return 'it was issued by another issuer or realm';
  if (reason.includes('signature')) return 'its signature does not match the realm keys';
  if (reason === 'wrong type') return 'it is not an access token (typ must be Bearer)';
  return `it is ${reason}`;
}

function decodeHeader(token: string): { alg?: unknown } | undefined {
  try {
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null ? header : undefined;
  } catch {
    return undefined;
  }
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

/**
 * Verified tokens, kept until they expire: the gateway and each node see the same
 * token on every request of a session, and RSA verification plus JWK→PEM conversion
 * per request is the largest fixed cost of a small query. Bounded, oldest out first.
 */
class VerifiedTokenCache {
  private readonly entries = new Map<string, Principal>();
  constructor(private readonly capacity: number) {}

  get(token: string): Principal | undefined {
    const principal = this.entries.get(token);
    if (principal && principal.expiresAt.getTime() <= Date.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return principal;
  }

  set(token: string, principal: Principal): void {
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(token, principal);
  }
}

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const cache = new VerifiedTokenCache(10_000);
  const keycloak = new Keycloak({}, {
    realm: options.realm,
    'auth-server-url': options.authServerUrl,
    resource: options.clientId,
    'bearer-only': true,
    // Re-fetch the realm keys at most every 10 s when an unknown kid shows up (key rotation).
    'min-time-between-jwks-requests': 10,
  } as unknown as Keycloak.KeycloakConfig);
  const realmUrl = `${options.authServerUrl.replace(/\/+$/, '')}/realms/${options.realm}`;

  async function verifyAuthorization(header: string | null | undefined): Promise<Principal> {
    if (!header) {
      throw unauthenticated('Sign in: send an Authorization: Bearer <access token> header.');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) {
      throw unauthenticated('The Authorization header must be "Bearer <access token>".');
    }
    const token = match[1];
    const cached = cache.get(token);
    if (cached) return cached;
    if (token.split('.').length !== 3) {
      throw unauthenticated('The bearer token is not a JWT (expected header.payload.signature).');
    }
    // keycloak-connect always verifies as RS256, so alg:none cannot pass it; saying so is clearer.
    const alg = decodeHeader(token)?.alg;
    if (alg !== 'RS256') {
      throw unauthenticated(
        `The token is refused: its algorithm ${JSON.stringify(alg ?? null)} is not RS256.`,
      );
    }

    let accessToken: KeycloakToken;
    try {
      const grant = await keycloak.grantManager.createGrant({ access_token: token } as never);
      accessToken = grant.access_token as unknown as KeycloakToken;
    } catch (error) {
      throw unauthenticated(
        `The token is refused: ${reasonOf(error)}. Get a new token from ${realmUrl}.`,
      );
    }

    const claims = accessToken.content;
    const nowSeconds = Date.now() / 1000;
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 5) {
      throw unauthenticated('The token is refused: it is not valid yet (nbf is in the future).');
    }
    const division = claims.division;
    if (typeof division !== 'string') {
      throw unauthenticated(
        "The token is refused: it has no division claim; ask an administrator to set the user's division.",
      );
    }
    if (!isWellFormedDivisionCode(division) || !isKnownDivision(division)) {
      throw unauthenticated(
        `The token is refused: its division claim ${JSON.stringify(division)} is not a known GB/T 2260 code.`,
      );
    }
    const subject = optionalString(claims.sub);
    if (!subject) throw unauthenticated('The token is refused: it has no subject (sub).');
    const rawRoles = claims.realm_access?.roles;
    const roles = Array.isArray(rawRoles)
      ? rawRoles.filter((role): role is string => typeof role === 'string')
      : [];
    const principal: Principal = {
      subject,
      username: optionalString(claims.preferred_username) ?? subject,
      roles,
      division,
      department: optionalString(claims.department),
      grid: optionalString(claims.grid),
      clientId: optionalString(claims.azp) ?? '',
      token,
      expiresAt: new Date(Number(claims.exp) * 1000),
    };
    cache.set(token, principal);
    return principal;
  }

  return { verifyAuthorization, realmUrl };
}
