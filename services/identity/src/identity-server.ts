import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CERTS_PATH, DISCOVERY_PATH, TOKEN_PATH, openidConfiguration } from './discovery.js';
import {
  exportPublicJwk,
  generateSigningKey,
  signJwt,
  signingKeyFromPem,
  type SigningKey,
} from './jwt.js';
import { loadOrCreateSigningKey } from './key-file.js';
import { DEFAULT_REALM_EXPORT_PATH, loadRealmExport } from './realm-export.js';
import { createTokenEndpoint, type TokenEndpoint } from './token-endpoint.js';

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

  // `iss` depends on the bound port, known only after listen(); the token endpoint is built
  // on first use, by which time realmUrl is set.
  let realmUrl = '';
  let endpoint: TokenEndpoint | undefined;
  const sign = (claims: Readonly<Record<string, unknown>>) =>
    signJwt(claims, key.privateKey, key.kid);
  const tokenEndpoint = () =>
    (endpoint ??= createTokenEndpoint({ model, realmUrl, lifetimeSeconds, sign }));

  const realmPrefix = `/realms/${encodeURIComponent(realm)}`;
  const jwks = { keys: [exportPublicJwk(key)] };
  const mappedClaims = model.clients.flatMap((c) => c.claimMappers.map((m) => m.claim));

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const { pathname } = new URL(req.url ?? '/', 'http://issuer.invalid');
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
        allow(method, ['GET', 'HEAD']);
        return sendJson(res, 200, openidConfiguration(realmUrl, mappedClaims));
      case CERTS_PATH:
        allow(method, ['GET', 'HEAD']);
        return sendJson(res, 200, jwks);
      case TOKEN_PATH: {
        allow(method, ['POST']);
        const form = await readForm(req);
        const result = tokenEndpoint().respond(form, req.headers.authorization);
        // RFC 6749 §5.1: token responses must not be cached.
        res.setHeader('Cache-Control', 'no-store');
        res.setHeader('Pragma', 'no-cache');
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
