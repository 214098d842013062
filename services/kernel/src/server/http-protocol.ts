import { httpStatusOf } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import type { Bilingual, Language } from '../language/bilingual.js';

/** A refusal with its code's status (errors.ts). */
const refusal = (
  code: ErrorCode,
  message: Bilingual,
  headers: Record<string, string> = {},
): ProtocolRefusal => ({ status: httpStatusOf(code)!, code, message, headers });

/** What a GraphQL request is refused with before anything is parsed or executed. */
export interface ProtocolRefusal {
  status: number;
  code: ErrorCode;
  message: Bilingual;
  headers: Record<string, string>;
}

/** A request as the checks read it: the gateway's front door (node:http) and yoga (fetch) alike. */
export interface ProtocolRequest {
  method: string;
  /** The header's value, or null when absent. */
  header(name: string): string | null;
}

/**
 * The response types a GraphQL server here can write (yoga's result processors): a
 * request accepting none of them would be executed and then answered 406 — a mutation
 * applied whose answer never reached the client.
 */
const RESPONSE_TYPES = [
  'application/graphql-response+json',
  'application/json',
  'text/event-stream',
  'multipart/mixed',
];

/**
 * The request bodies accepted: JSON (GraphQL over HTTP), and multipart/form-data for
 * uploads (the GraphQL multipart request spec: `operations`, `map`, one part per file).
 * A browser may send a multipart form cross-origin without a preflight, but not with an
 * Authorization header, and a token is the only credential here: such a post is
 * UNAUTHENTICATED like any other without one. URL-encoded forms stay refused.
 */
const REQUEST_TYPES = new Set(['application/json', 'application/graphql+json']);
const UPLOAD_TYPE = 'multipart/form-data';

interface MediaRange {
  type: string;
  parameters: Map<string, string>;
}

function mediaRanges(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part) => {
      const [type = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      return {
        type: type.toLowerCase(),
        parameters: new Map(
          parameters.map((parameter) => {
            const at = parameter.indexOf('=');
            const name = (at < 0 ? parameter : parameter.slice(0, at)).trim().toLowerCase();
            const value = at < 0 ? '' : parameter.slice(at + 1).trim();
            return [name, value.replace(/^"(.*)"$/, '$1').toLowerCase()];
          }),
        ),
      };
    })
    .filter((range) => range.type !== '');
}

const matches = (range: string, type: string): boolean => {
  const [rangeMain, rangeSub] = range.split('/');
  const [main, sub] = type.split('/');
  return (rangeMain === '*' || rangeMain === main) && (rangeSub === '*' || rangeSub === sub);
};

/**
 * Whether `accept` allows a response type the server writes. Stricter than yoga's own
 * choice of response type, never looser: a range excluded by `q=0` or a charset other
 * than UTF-8 allows nothing, as yoga then would not answer with it either.
 */
export function acceptsGraphQLResponse(accept: string | null): boolean {
  if (accept === null || accept.trim() === '') return true;
  return mediaRanges(accept).some((range) => {
    const charset = range.parameters.get('charset');
    if (charset !== undefined && charset !== 'utf-8') return false;
    const quality = range.parameters.get('q');
    if (quality !== undefined && !(Number(quality) > 0)) return false;
    return RESPONSE_TYPES.some((type) => matches(range.type, type));
  });
}

/**
 * Why a request to the GraphQL endpoint must be refused before it is read, or undefined:
 * an Accept allowing no GraphQL response (406), a POST body that is neither JSON nor a
 * multipart upload — URL-encoded forms included — or that is encoded (415). An encoded
 * body is refused rather than decoded: operations are small, and decoding would let a few
 * kilobytes expand past the body limit before it is counted.
 */
export function protocolRefusalOf(request: ProtocolRequest): ProtocolRefusal | undefined {
  if (request.method !== 'GET' && request.method !== 'POST') return undefined;
  if (!acceptsGraphQLResponse(request.header('accept'))) {
    return refusal('NOT_ACCEPTABLE', {
      zh: `Accept 请求头不接受任何 GraphQL 响应类型，请求未执行。请接受 ${RESPONSE_TYPES.slice(0, 2).join(' 或 ')}。`,
      en: `The Accept header allows no GraphQL response; nothing was executed. Accept ${RESPONSE_TYPES.slice(0, 2).join(' or ')}.`,
    });
  }
  if (request.method !== 'POST') return undefined;
  const encoding = request.header('content-encoding')?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return refusal(
      'UNSUPPORTED_MEDIA_TYPE',
      {
        zh: '请求体不得压缩编码（Content-Encoding）；请以未压缩的 JSON 发送。',
        en: 'The request body must not be encoded (Content-Encoding); send it as plain JSON.',
      },
      { 'accept-encoding': 'identity' },
    );
  }
  const [type] = mediaRanges(request.header('content-type') ?? '');
  const charset = type?.parameters.get('charset');
  if (type?.type === UPLOAD_TYPE && type.parameters.has('boundary')) return undefined;
  if (!type || !REQUEST_TYPES.has(type.type) || (charset !== undefined && charset !== 'utf-8')) {
    return refusal('UNSUPPORTED_MEDIA_TYPE', {
      zh: '请求体应为 JSON：请以 Content-Type: application/json（UTF-8）发送；上传文件时以 multipart/form-data（GraphQL multipart request 规范）发送。',
      en: 'The request body must be JSON: send it with Content-Type: application/json (UTF-8), or, to upload a file, as multipart/form-data (the GraphQL multipart request spec).',
    });
  }
  return undefined;
}

/**
 * The refusal as a GraphQL response body (JSON), as every error of the federation is
 * written, in the request's language.
 */
export function protocolRefusalBody(refusal: ProtocolRefusal, language: Language): string {
  return JSON.stringify({
    errors: [{ message: refusal.message[language], extensions: { code: refusal.code } }],
  });
}
