import Keycloak from 'keycloak-connect';
import { isWellFormedDivisionCode, isKnownDivision } from '@city-ops/schema';
import { unauthenticated } from '../errors.js';
import type { Bilingual } from '../language/bilingual.js';
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
function reasonOf(error: unknown): Bilingual {
  const message = error instanceof Error ? error.message : String(error);
  const match = /invalid token \(([^)]+)\)/.exec(message);
  if (!match)
    return { zh: '无法用认证域的密钥验证', en: 'it could not be verified against the realm keys' };
  const reason = match[1] ?? '';
  if (reason === 'wrong ISS')
    return { zh: '由其他签发方或认证域签发', en: 'it was issued by another issuer or realm' };
  if (reason.includes('signature'))
    return { zh: '签名与认证域的密钥不符', en: 'its signature does not match the realm keys' };
  if (reason === 'wrong type')
    return {
      zh: '不是访问令牌（typ 应为 Bearer）',
      en: 'it is not an access token (typ must be Bearer)',
    };
  if (reason === 'expired') return { zh: '已过期', en: 'it is expired' };
  return { zh: `无效（${reason}）`, en: `it is ${reason}` };
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
      throw unauthenticated({
        zh: '请先登录：请求须带 Authorization: Bearer <访问令牌> 请求头。',
        en: 'Sign in: send an Authorization: Bearer <access token> header.',
      });
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match?.[1]) {
      throw unauthenticated({
        zh: 'Authorization 请求头的格式应为 "Bearer <访问令牌>"。',
        en: 'The Authorization header must be "Bearer <access token>".',
      });
    }
    const token = match[1];
    const cached = cache.get(token);
    if (cached) return cached;
    if (token.split('.').length !== 3) {
      throw unauthenticated({
        zh: '令牌不是 JWT（应为 header.payload.signature 三段）。',
        en: 'The bearer token is not a JWT (expected header.payload.signature).',
      });
    }
    // keycloak-connect always verifies as RS256, so alg:none cannot pass it; saying so is clearer.
    const alg = decodeHeader(token)?.alg;
    if (alg !== 'RS256') {
      throw unauthenticated({
        zh: `令牌被拒绝：签名算法 ${JSON.stringify(alg ?? null)} 不是 RS256。`,
        en: `The token is refused: its algorithm ${JSON.stringify(alg ?? null)} is not RS256.`,
      });
    }

    let accessToken: KeycloakToken;
    try {
      const grant = await keycloak.grantManager.createGrant({ access_token: token } as never);
      accessToken = grant.access_token as unknown as KeycloakToken;
    } catch (error) {
      const reason = reasonOf(error);
      throw unauthenticated({
        zh: `令牌被拒绝：${reason.zh}。请从 ${realmUrl} 重新获取令牌。`,
        en: `The token is refused: ${reason.en}. Get a new token from ${realmUrl}.`,
      });
    }

    const claims = accessToken.content;
    const nowSeconds = Date.now() / 1000;
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 5) {
      throw unauthenticated({
        zh: '令牌被拒绝：尚未生效（nbf 在将来）。',
        en: 'The token is refused: it is not valid yet (nbf is in the future).',
      });
    }
    const division = claims.division;
    if (typeof division !== 'string') {
      throw unauthenticated({
        zh: '令牌被拒绝：缺少 division（行政区划）声明；请联系管理员为该用户设置所属行政区划。',
        en: "The token is refused: it has no division claim; ask an administrator to set the user's division.",
      });
    }
    if (!isWellFormedDivisionCode(division) || !isKnownDivision(division)) {
      throw unauthenticated({
        zh: `令牌被拒绝：division 声明 ${JSON.stringify(division)} 不是已知的 GB/T 2260 行政区划代码。`,
        en: `The token is refused: its division claim ${JSON.stringify(division)} is not a known GB/T 2260 code.`,
      });
    }
    const subject = optionalString(claims.sub);
    if (!subject)
      throw unauthenticated({
        zh: '令牌被拒绝：缺少用户标识（sub）。',
        en: 'The token is refused: it has no subject (sub).',
      });
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
