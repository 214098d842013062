import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpHandler, Logger } from '@city-ops/kernel';

/** The path of the console's run-time configuration (console/src/console-config.ts). */
export const CONSOLE_CONFIG_PATH = '/console-config.json';

export interface ConsoleFilesOptions {
  /** The built console (console/dist): index.html and assets/. */
  directory: string;
  /** Served as CONSOLE_CONFIG_PATH: what the page needs to sign in. */
  config: { oidc: { authority: string; clientId: string } };
  /**
   * Paths that belong to the API (`/graphql`, `/healthz`, `/reports/`): a path equal to one,
   * or below one ending in `/`, always goes to `next`, whatever the console holds.
   */
  apiPaths: readonly string[];
  /**
   * Folders (ending in `/`) whose files belong to the API while their other paths are
   * console routes: `/reports/monthly/2026-11.xlsx` is the report's file, the API's;
   * `/reports/monthly/2026-11`, with no file extension, is the report's screen.
   */
  apiFilesUnder?: readonly string[];
  logger: Logger;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
/** Worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt']);
/** Vite names every file under assets/ by a hash of its content: it never changes in place. */
const HASHED_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';

interface LoadedFile {
  etag: string;
  body: Buffer;
  gzipped: Buffer | undefined;
}

/**
 * The web console at the gateway's own origin, so its API calls need no CORS: files of the
 * built console with their content types, `/assets/*` cached for a year (their names change
 * with their content), everything else — index.html above all — revalidated on each load so
 * a new build is seen at once. A path with no file extension that is not a file is a route
 * of the console (`/intake`): it gets index.html and the console's router takes over. API
 * paths and every non-GET request go to `next` untouched.
 */
export function consoleFiles(options: ConsoleFilesOptions, next: HttpHandler): HttpHandler {
  const root = resolve(options.directory);
  const configBody = Buffer.from(JSON.stringify(options.config));
  // Read and compressed once per file version (size and mtime), not per request.
  const cache = new Map<string, LoadedFile>();

  const isApi = (path: string) =>
    options.apiPaths.some((api) => path === api || (api.endsWith('/') && path.startsWith(api))) ||
    (extname(path) !== '' && (options.apiFilesUnder ?? []).some((api) => path.startsWith(api)));

  const load = async (file: string): Promise<LoadedFile | undefined> => {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const cached = cache.get(file);
    if (cached?.etag === etag) return cached;
    const body = await readFile(file);
    const loaded = {
      etag,
      body,
      gzipped: COMPRESSIBLE.has(extname(file)) && body.length > 1024 ? gzipSync(body) : undefined,
    };
    cache.set(file, loaded);
    return loaded;
  };

  const send = (
    request: IncomingMessage,
    response: ServerResponse,
    file: LoadedFile,
    headers: Record<string, string>,
  ) => {
    response.setHeader('etag', file.etag);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('vary', 'Accept-Encoding');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304).end();
      return;
    }
    const gzip = file.gzipped && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzipped! : file.body;
    if (gzip) response.setHeader('content-encoding', 'gzip');
    response.setHeader('content-length', body.length);
    response.writeHead(200);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const answer = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (path === CONSOLE_CONFIG_PATH) {
      send(
        request,
        response,
        { etag: `W/"config-${configBody.length}"`, body: configBody, gzipped: undefined },
        { 'content-type': CONTENT_TYPES['.json']!, 'cache-control': 'no-cache' },
      );
      return;
    }
    const target = resolve(root, `.${path}`);
    const inside = relative(root, target);
    const file =
      inside && !inside.startsWith('..') && !inside.startsWith(sep) && !path.endsWith('/')
        ? await load(target)
        : undefined;
    if (file) {
      const extension = extname(target);
      send(request, response, file, {
        'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'cache-control': path.startsWith(HASHED_PREFIX) ? IMMUTABLE : 'no-cache',
      });
      return;
    }
    // A missing asset stays missing: answering index.html for a script would run HTML as JS.
    if (extname(path) !== '') {
      response.writeHead(404, {
        'content-type': CONTENT_TYPES['.txt']!,
        'x-content-type-options': 'nosniff',
      });
      response.end('未找到该文件。');
      return;
    }
    const index = await load(resolve(root, 'index.html'));
    if (!index) {
      response.writeHead(503, { 'content-type': CONTENT_TYPES['.txt']! });
      response.end('控制台尚未构建（console/dist/index.html 不存在），请先构建控制台。');
      return;
    }
    send(request, response, index, {
      'content-type': CONTENT_TYPES['.html']!,
      'cache-control': 'no-cache',
      // The console is never framed by another site (clickjacking).
      'x-frame-options': 'DENY',
    });
  };

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next(request, response);
    let path: string;
    try {
      path = decodeURIComponent((request.url ?? '/').split('?')[0]!);
    } catch {
      return next(request, response);
    }
    if (isApi(path) || path.includes('\0')) return next(request, response);
    return answer(request, response, path).catch((error: unknown) => {
      options.logger.error({ err: error, path }, 'a console file could not be read');
      if (!response.headersSent)
        response.writeHead(500, { 'content-type': CONTENT_TYPES['.txt']! });
      response.end('控制台文件读取失败，请稍后重试。');
    });
  };
}
