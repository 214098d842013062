import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthorizationEndpoint, type BrowserOutcome } from './authorization-endpoint.js';
import {
  AUTH_PATH,
  CERTS_PATH,
  DISCOVERY_PATH,
  LOGIN_ACTION_PATH,
  LOGOUT_PATH,
  TOKEN_PATH,
  USERINFO_PATH,
  openidConfiguration,
} from './discovery.js';
import {
  exportPublicJwk,
  generateSigningKey,
  signJwt,
  signingKeyFromPem,
  type SigningKey,
} from './jwt.js';
import { loadOrCreateSigningKey } from './key-file.js';
import { logout } from './logout-endpoint.js';
import { pageLanguageOf } from './page-language.js';
import { DEFAULT_REALM_EXPORT_PATH, loadRealmExport } from './realm-export.js';
import { PAGE_CSP, type HtmlPage } from './sign-in-pages.js';
import { SignInStore } from './sign-in-store.js';
import { createTokenEndpoint, requestClientId, type TokenEndpoint } from './token-endpoint.js';
import { userinfo } from './userinfo-endpoint.js';

export interface IdentityServerOptions {
  /** 0 (the default) picks an ephemeral port. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Realm name in URLs and `iss`; default: the export's realm ("city-ops"). */
  realm?: string;
  realmExportPath?: string;
  /** Default: the export's accessTokenLifespan, else 3600. */
  tokenLifetimeSeconds?: number;
  /**
   * The auth-server-url clients use, when it differs from the bound address (container, proxy).
   * It becomes part of `iss`, which keycloak-connect compares verbatim.
   */
  publicUrl?: string;
  /** RSA private key (PEM); mutually exclusive with keyFile. */
  privateKeyPem?: string;
  /** PEM file holding the signing key, created on first start. */
  keyFile?: string;
  /** Seconds an authorization code can be exchanged; default the export's accessCodeLifespan, else 60. */
  codeLifetimeSeconds?: number;
  /** Seconds a login page stays usable; default the export's accessCodeLifespanLogin, else 1800. */
  loginLifetimeSeconds?: number;
  /** Seconds a session survives without a refresh; default ssoSessionIdleTimeout, else 1800. */
  sessionIdleSeconds?: number;
  /** Seconds a session lives at most; default ssoSessionMaxLifespan, else 36000. */
  sessionMaxSeconds?: number;
  /**
   * Seconds since the epoch for the browser flow's codes, sessions and their tokens; tests pass
   * a clock they move forward to see a code or a session expire without waiting.
   */
  now?: () => number;
}

export interface IdentityServer {
  /** The auth-server-url, e.g. http://127.0.0.1:8080 (no /realms suffix). */
  readonly url: string;
  /** `${url}/realms/${realm}` — the `iss` of every token. */
  readonly realmUrl: string;
  readonly realm: string;
  /** kid of the signing key published in the JWKS. */
  readonly kid: string;
  /**
   * Mints a token without credentials for a user (as city-ops-web would get it) or a service
   * client id (node-<division>); `overrides` replace claims, for deliberately bad tokens.
   */
  issueToken(username: string, overrides?: Readonly<Record<string, unknown>>): string;
  close(): Promise<void>;
}

const MAX_FORM_BYTES = 64 * 1024;
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body['error']));
  }
}

export async function startIdentityServer(
  options: IdentityServerOptions = {},
): Promise<IdentityServer> {
  const model = loadRealmExport(options.realmExportPath ?? DEFAULT_REALM_EXPORT_PATH);
  const realm = options.realm ?? model.realm;
  const key = await resolveSigningKey(options);
  const lifetimeSeconds = options.tokenLifetimeSeconds ?? model.accessTokenLifespan ?? 3600;
  const host = options.host ?? '127.0.0.1';
  const store = new SignInStore(
    {
      codeSeconds: options.codeLifetimeSeconds ?? model.accessCodeLifespan ?? 60,
      loginSeconds: options.loginLifetimeSeconds ?? model.accessCodeLifespanLogin ?? 1800,
      sessionIdleSeconds: options.sessionIdleSeconds ?? model.ssoSessionIdleTimeout ?? 1800,
      sessionMaxSeconds: options.sessionMaxSeconds ?? model.ssoSessionMaxLifespan ?? 36000,
    },
    options.now ?? (() => Math.floor(Date.now() / 1000)),
  );
  const clients = new Map(model.clients.map((c) => [c.clientId, c]));
  const users = new Map(model.users.map((u) => [u.username, u]));

  // `iss` depends on the bound port, known only after listen(); the token endpoint is built
  // on first use, by which time realmUrl is set.
  let realmUrl = '';
  let endpoint: TokenEndpoint | undefined;
  const sign = (claims: Readonly<Record<string, unknown>>) =>
    signJwt(claims, key.privateKey, key.kid);
  const tokenEndpoint = () =>
    (endpoint ??= createTokenEndpoint({
      model,
      realmUrl,
      lifetimeSeconds,
      sign,
      sessions: { realmUrl, lifetimeSeconds, sign, store, publicKey: key.publicKey },
    }));
  const currentRealmUrl = () => realmUrl;
  const authorization = createAuthorizationEndpoint({
    clients,
    users,
    store,
    realmUrl: currentRealmUrl,
    realmDisplayName: model.displayName ?? realm,
    loginActionPath: LOGIN_ACTION_PATH,
  });
  const logoutOptions = { clients, store, publicKey: key.publicKey, realmUrl: currentRealmUrl };
  // Keycloak answers a preflight for any origin; the dev issuer answers only the origins some
  // client registered, so a page from anywhere else cannot even start a cross-origin request.
  const knownOrigins = new Set(model.clients.flatMap((c) => (c.enabled ? c.webOrigins : [])));

  const realmPrefix = `/realms/${encodeURIComponent(realm)}`;
  const jwks = { keys: [exportPublicJwk(key)] };
  const mappedClaims = model.clients.flatMap((c) => c.claimMappers.map((m) => m.claim));

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://issuer.invalid');
    const language = pageLanguageOf(req.headers['accept-language']);
    const origin = req.headers.origin;
    const method = req.method ?? 'GET';
    if (!pathname.startsWith('/realms/')) {
      throw new HttpError(404, { error: 'not_found', error_description: `${method} ${pathname}` });
    }
    if (pathname !== realmPrefix && !pathname.startsWith(`${realmPrefix}/`)) {
      throw new HttpError(404, { error: 'Realm does not exist' });
    }
    const path = pathname.slice(realmPrefix.length);
    switch (path) {
      case '':
        allow(method, ['GET', 'HEAD']);
        return sendJson(res, 200, realmInfo(realm, realmUrl, key));
      case DISCOVERY_PATH:
      case CERTS_PATH:
        allow(method, ['GET', 'HEAD']);
        // Public documents: a browser client reads them from any origin, as from Keycloak.
        res.setHeader('Access-Control-Allow-Origin', '*');
        return sendJson(
          res,
          200,
          path === CERTS_PATH ? jwks : openidConfiguration(realmUrl, mappedClaims),
        );
      case TOKEN_PATH: {
        if (method === 'OPTIONS') return preflight(res, origin, knownOrigins, 'POST, OPTIONS');
        allow(method, ['POST']);
        const form = await readForm(req);
        const client = clients.get(requestClientId(form, req.headers.authorization) ?? '');
        if (client) allowOrigin(res, origin, client.webOrigins);
        const result = tokenEndpoint().respond(form, req.headers.authorization);
        // RFC 6749 §5.1: token responses must not be cached.
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Pragma', 'no-cache');
        return sendJson(res, result.status, result.body);
      }
      case AUTH_PATH:
        allow(method, ['GET']);
        return sendBrowser(res, authorization.authorize(searchParams, language));
      case LOGIN_ACTION_PATH: {
        allow(method, ['POST']);
        const form = await readForm(req);
        const loginId = searchParams.get('tab_id') ?? '';
        return sendBrowser(res, authorization.submitLogin(loginId, form, language));
      }
      case LOGOUT_PATH: {
        allow(method, ['GET', 'POST']);
        const params = method === 'POST' ? await readForm(req) : searchParams;
        return sendBrowser(res, logout(logoutOptions, params, language));
      }
      case USERINFO_PATH: {
        if (method === 'OPTIONS') {
          return preflight(res, origin, knownOrigins, 'GET, POST, OPTIONS');
        }
        allow(method, ['GET', 'POST']);
        req.resume();
        allowOrigin(res, origin, [...knownOrigins]);
        const result = userinfo(logoutOptions, req.headers.authorization);
        res.setHeader('Cache-Control', 'no-store');
        if (result.status === 401) res.setHeader('WWW-Authenticate', result.challenge);
        return sendJson(res, result.status, result.body);
      }
      default:
        throw new HttpError(404, {
          error: 'not_found',
          error_description: `${method} ${pathname}`,
        });
    }
  };

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) {
        for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
        sendJson(res, err.status, err.body);
        return;
      }
      process.stderr.write(
        `identity: ${req.method ?? '?'} ${req.url ?? '?'} failed: ${(err as Error).stack ?? String(err)}\n`,
      );
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const { port } = server.address() as AddressInfo;
  const url = (options.publicUrl ?? `http://${urlHost(host)}:${port}`).replace(/\/+$/, '');
  realmUrl = `${url}${realmPrefix}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    realmUrl,
    realm,
    kid: key.kid,
    issueToken(username, overrides = {}) {
      return sign({ ...tokenEndpoint().claimsFor(username), ...overrides });
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets (Node's default agent keeps them) would hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

async function resolveSigningKey(options: IdentityServerOptions): Promise<SigningKey> {
  if (options.privateKeyPem !== undefined && options.keyFile !== undefined) {
    throw new Error('pass either privateKeyPem or keyFile, not both');
  }
  if (options.privateKeyPem !== undefined) return signingKeyFromPem(options.privateKeyPem);
  if (options.keyFile !== undefined) return loadOrCreateSigningKey(options.keyFile);
  return generateSigningKey();
}

/** What Keycloak serves at the bare realm URL; some adapters read `public_key` from it. */
function realmInfo(realm: string, realmUrl: string, key: SigningKey): Record<string, unknown> {
  return {
    realm,
    public_key: key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    'token-service': `${realmUrl}/protocol/openid-connect`,
    'account-service': `${realmUrl}/account`,
    'tokens-not-before': 0,
  };
}

const PREFLIGHT_HEADERS =
  'Origin, Accept, X-Requested-With, Content-Type, Access-Control-Request-Method, Access-Control-Request-Headers, Authorization, DPoP';

function preflight(
  res: ServerResponse,
  origin: string | undefined,
  allowed: ReadonlySet<string>,
  methods: string,
): void {
  allowOrigin(res, origin, [...allowed]);
  res.setHeader('Access-Control-Allow-Methods', methods);
  res.setHeader('Access-Control-Allow-Headers', PREFLIGHT_HEADERS);
  res.setHeader('Access-Control-Max-Age', '3600');
  res.writeHead(200, { 'Content-Length': 0 });
  res.end();
}

/** Keycloak's CORS for a client's web origins: the origin echoed, with credentials, or nothing. */
function allowOrigin(
  res: ServerResponse,
  origin: string | undefined,
  webOrigins: readonly string[],
): void {
  res.setHeader('Vary', 'Origin');
  if (origin === undefined || !(webOrigins.includes(origin) || webOrigins.includes('*'))) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}

function sendBrowser(res: ServerResponse, outcome: BrowserOutcome): void {
  // Sign-in pages and redirects carry codes and one-time ids: never cache them.
  res.setHeader('Cache-Control', 'no-store, must-revalidate, max-age=0');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (outcome.kind === 'redirect') {
    res.writeHead(302, { Location: outcome.location, 'Content-Length': 0 });
    res.end();
    return;
  }
  sendHtml(res, outcome.page);
}

function sendHtml(res: ServerResponse, page: HtmlPage): void {
  res.writeHead(page.status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': page.language === 'en' ? 'en' : 'zh-CN',
    'Content-Length': Buffer.byteLength(page.html),
    'Content-Security-Policy': PAGE_CSP,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(page.html);
}

function allow(method: string, allowed: readonly string[]): void {
  if (!allowed.includes(method)) {
    throw new HttpError(
      405,
      { error: 'method_not_allowed', error_description: `${method} is not allowed here` },
      { Allow: allowed.join(', ') },
    );
  }
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== FORM_CONTENT_TYPE) {
    req.resume();
    throw new HttpError(400, {
      error: 'invalid_request',
      error_description: `Content-Type must be ${FORM_CONTENT_TYPE}`,
    });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) {
      // The rest of the body is never read, so the connection cannot be reused.
      throw new HttpError(
        413,
        { error: 'invalid_request', error_description: 'Request too large' },
        { Connection: 'close' },
      );
    }
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(res.req.method === 'HEAD' ? undefined : payload);
}

function urlHost(host: string): string {
  // A wildcard bind is reachable locally; 0.0.0.0 in an issuer URL is not.
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
