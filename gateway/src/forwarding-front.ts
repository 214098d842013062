import type { IncomingMessage, ServerResponse } from 'node:http';
import { validate } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import {
  CONTENT_LANGUAGE,
  UNEXPECTED_ERROR_ZH,
  errorInLanguage,
  languageOf,
  requestIdFrom,
  limitedParse,
  protocolRefusalOf,
  queryLimitRules,
  validateWithLimits,
} from '@city-ops/kernel';
import type { HttpHandler, Logger, Principal, QueryLimits, TokenVerifier } from '@city-ops/kernel';
import { forwardedForHeaders, peerAddressOf } from './client-address.js';
import { acceptLanguageHeaders } from './accept-language.js';
import type { NodeServerContext } from './client-address.js';
import type { CorsPolicy } from './cors-policy.js';
import { decideForwarding } from './forwarding-decision.js';
import type { Forwarder } from './forwarder.js';
import type { NodeUnavailableLog } from './node-unavailable-log.js';
import type { Routing } from './routing.js';

/**
 * The response header saying how the gateway answered: `forwarded:<node>`,
 * `fanned-out:<nodes>`, `fell-back:<nodes>` (tried, then executed by stitching) or
 * `executed` (decided here to execute by stitching).
 */
export const ROUTE_HEADER = 'x-gateway-route';

/** Bodies larger than this go to yoga, which enforces the real limit; operations are far smaller. */
const MAX_FRONT_BODY_BYTES = 1_000_000;
/** Parsed operations kept, least recently used dropped first. */
const DOCUMENT_CACHE_SIZE = 1_000;
/** Not passed on when a buffered request is handed to yoga. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

/** yoga as the front door needs it: its node request listener and its fetch handler. */
export interface YogaHandler {
  (request: IncomingMessage, response: ServerResponse): unknown;
  fetch(request: Request, context: NodeServerContext): Promise<Response> | Response;
}

export interface ForwardingFrontOptions {
  yoga: YogaHandler;
  graphqlPath: string;
  schema: GraphQLSchema;
  /** The gateway's query limits: the same yoga applies (graphqlServerOptions). */
  queryLimits: QueryLimits;
  routing: Routing;
  verifier: TokenVerifier;
  forwarder: Forwarder;
  /** The CORS headers of what is forwarded: the ones yoga gives what it answers. */
  cors: CorsPolicy;
  logger: Logger;
  /** Told about the NODE_UNAVAILABLE answers made here (the others go through yoga). */
  nodeUnavailableLog: NodeUnavailableLog;
}

/** What the front door sends the client itself. */
interface FrontAnswer {
  status: number;
  contentType: string;
  body: Buffer | string;
  route: string;
}

/** Hand the request to yoga; `route` set when the front door decided it (executed, or fell back). */
interface HandOff {
  route?: string;
}

const firstHeader = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/**
 * The gateway's front door, in front of yoga, and its one forwarding path: a JSON POST
 * whose operation one node can answer whole (decideForwarding, over the route table
 * stitching executes) is answered here — the operation parsed and validated once per
 * text, the token verified by the same cached verifier, the client's body sent on
 * unchanged and the node's status, content type and bytes returned, with the CORS
 * headers yoga would add — without yoga's request pipeline (a WHATWG Request and
 * Response, its plugin hooks and its serializer), which was most of what the gateway
 * still added over asking a node directly. A plain list over several nodes is fanned
 * out and merged here too. Everything else — bodies without a Content-Length, anything
 * invalid, unauthenticated, refused or selecting a cross-tier field, and a query whose
 * node did not answer — goes to yoga unchanged, which executes it by stitching as if
 * the front door did not exist.
 */
export function forwardingFront(options: ForwardingFrontOptions): HttpHandler {
  const documents = new Map<string, DocumentNode | null>();
  const validity = new WeakMap<DocumentNode, boolean>();
  // The query limits yoga applies too (kernel's useQueryLimits): the token limit while
  // parsing, the others before graphql's own rules, all linear in the document's size.
  const parse = limitedParse(options.queryLimits);
  const limitRules = queryLimitRules(options.queryLimits);

  const documentOf = (query: string): DocumentNode | null => {
    let document = documents.get(query);
    if (document !== undefined) {
      documents.delete(query);
      documents.set(query, document);
      return document;
    }
    try {
      document = parse(query);
    } catch {
      document = null;
    }
    documents.set(query, document);
    if (documents.size > DOCUMENT_CACHE_SIZE) documents.delete(documents.keys().next().value!);
    return document;
  };

  const isValid = (document: DocumentNode): boolean => {
    let valid = validity.get(document);
    if (valid === undefined) {
      valid =
        validateWithLimits(options.schema, document, limitRules, () =>
          validate(options.schema, document),
        ).length === 0;
      validity.set(document, valid);
    }
    return valid;
  };

  const isCandidate = (request: IncomingMessage): boolean => {
    if (request.method !== 'POST') return false;
    const path = (request.url ?? '').split('?')[0];
    if (path !== options.graphqlPath) return false;
    // What the kernel's HTTP checks refuse (Accept, Content-Type, Content-Encoding), yoga
    // refuses, with the same answer, before anything is read or executed.
    const refused = protocolRefusalOf({
      method: request.method,
      header: (name) => firstHeader(request.headers[name]) ?? null,
    });
    if (refused) return false;
    // An upload (multipart) is yoga's to read: its files are delegated by stitching.
    if ((firstHeader(request.headers['content-type']) ?? '').toLowerCase().includes('multipart/')) {
      return false;
    }
    const accept = request.headers.accept ?? '';
    if (accept.includes('text/event-stream') || accept.includes('multipart/mixed')) return false;
    const length = request.headers['content-length'];
    return length !== undefined && /^\d+$/.test(length) && Number(length) <= MAX_FRONT_BODY_BYTES;
  };

  const tryForwarding = async (
    request: IncomingMessage,
    body: Buffer,
  ): Promise<FrontAnswer | HandOff> => {
    let params: unknown;
    try {
      params = JSON.parse(body.toString('utf8'));
    } catch {
      return {};
    }
    // `null`, a number, a list: yoga's to refuse (400 BAD_REQUEST).
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return {};
    const { query, variables, operationName } = params as {
      query?: unknown;
      variables?: unknown;
      operationName?: unknown;
    };
    if (
      typeof query !== 'string' ||
      (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) ||
      (operationName != null && typeof operationName !== 'string')
    ) {
      return {};
    }
    const document = documentOf(query);
    if (!document || !isValid(document)) return {};
    let principal: Principal;
    try {
      principal = await options.verifier.verifyAuthorization(request.headers.authorization);
    } catch {
      return {};
    }
    const decision = decideForwarding(options.schema, options.routing, {
      document,
      operationName: operationName as string | null | undefined,
      variables: variables as Record<string, unknown> | null | undefined,
      principal,
    });
    if (!decision.forward) return { route: 'executed' };
    const headers = {
      accept: request.headers.accept ?? 'application/graphql-response+json, application/json',
      authorization: `Bearer ${principal.token}`,
      'x-request-id': requestIdFrom(firstHeader(request.headers['x-request-id'])),
      ...forwardedForHeaders(peerAddressOf(request)),
      ...acceptLanguageHeaders(firstHeader(request.headers['accept-language'])),
    };
    if (decision.forward === 'fan-out') {
      const names = decision.nodes.map((node) => node.name).join(',');
      const merged = await options.forwarder.fanOut(
        decision,
        document,
        { variables, operationName },
        headers,
      );
      if (!merged) return { route: `fell-back:${names}` };
      return {
        status: 200,
        contentType: merged.contentType,
        body: merged.text,
        route: `fanned-out:${names}`,
      };
    }
    const { node } = decision;
    const outcome = await options.forwarder.forward(
      node,
      { body: body.toString('utf8'), headers },
      decision.operation === 'mutation',
    );
    if (outcome.kind === 'execute') return { route: `fell-back:${node.name}` };
    if (outcome.kind === 'unanswered-write') {
      options.nodeUnavailableLog([outcome.error]);
      return {
        status: 200,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({
          data: null,
          errors: [
            errorInLanguage(
              outcome.error,
              languageOf(firstHeader(request.headers['accept-language'])),
            ),
          ],
        }),
        route: `forwarded:${node.name}`,
      };
    }
    const { status, contentType, body: answer } = outcome.reply;
    return { status, contentType, body: answer, route: `forwarded:${node.name}` };
  };

  /** The buffered request as yoga sees it, answered by yoga and written out. */
  const handToYoga = async (
    request: IncomingMessage,
    response: ServerResponse,
    body: Buffer,
    handOff: HandOff,
  ) => {
    const headers = new Headers();
    for (let index = 0; index < request.rawHeaders.length; index += 2) {
      const name = request.rawHeaders[index]!;
      if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, request.rawHeaders[index + 1]!);
    }
    const forYoga = new Request(
      `http://${request.headers.host ?? 'gateway'}${request.url ?? '/'}`,
      {
        method: 'POST',
        headers,
        body: new Uint8Array(body),
      },
    );
    // The socket, so yoga's context knows the client's address as it does for a request it reads itself.
    const answer = await options.yoga.fetch(forYoga, { req: request });
    response.statusCode = answer.status;
    answer.headers.forEach((value, name) => {
      if (name !== 'set-cookie') response.setHeader(name, value);
    });
    if (handOff.route) response.setHeader(ROUTE_HEADER, handOff.route);
    response.end(Buffer.from(await answer.arrayBuffer()));
  };

  const answer = async (request: IncomingMessage, response: ServerResponse, body: Buffer) => {
    const outcome = await tryForwarding(request, body);
    if (!('body' in outcome)) {
      await handToYoga(request, response, body, outcome);
      return;
    }
    response.writeHead(outcome.status, {
      ...options.cors.headersFor(request.headers.origin),
      'content-type': outcome.contentType,
      'content-length': Buffer.byteLength(outcome.body),
      'content-language':
        CONTENT_LANGUAGE[languageOf(firstHeader(request.headers['accept-language']))],
      vary: 'Accept-Language',
      [ROUTE_HEADER]: outcome.route,
    });
    response.end(outcome.body);
  };

  return (request, response) => {
    if (!isCandidate(request)) return options.yoga(request, response);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', (error) => options.logger.debug({ err: error }, 'request aborted'));
    request.on('end', () => {
      answer(request, response, Buffer.concat(chunks)).catch((error: unknown) => {
        options.logger.error({ err: error }, 'the gateway front door failed');
        if (!response.headersSent) {
          response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        }
        const language = languageOf(firstHeader(request.headers['accept-language']));
        const message = language === 'zh' ? UNEXPECTED_ERROR_ZH : 'Unexpected error.';
        response.end(JSON.stringify({ errors: [{ message }] }));
      });
    });
  };
}
