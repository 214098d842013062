import { GraphQLError, buildSchema, parse, validate } from 'graphql';
import { divisionLabel } from './divisions/division-ref.js';
import { requestedScope } from './divisions/division-scope.js';
import {
  clientError,
  httpStatusOf,
  nodeUnavailable,
  notFound,
  notOwner,
  serviceUnavailable,
  unauthenticated,
} from './errors.js';
import type { ErrorCode } from './errors.js';
import { InputProblems } from './input-problems.js';
import { errorInLanguage } from './language/error-language.js';
import { MAX_PAGE_SIZE, checkPageSize } from './paging/cursor.js';
import { protocolRefusalOf } from './server/http-protocol.js';
import { UNEXPECTED_ERROR_ZH } from './server/logging-mask-error.js';
import type { ProtocolRequest } from './server/http-protocol.js';
import {
  GATEWAY_QUERY_LIMITS,
  NODE_QUERY_LIMITS,
  QUERY_LIMIT_REFUSALS,
  queryLimitRefusal,
} from './server/query-limits.js';
import type { QueryLimits } from './server/query-limits.js';
import { MAX_REQUEST_BODY_BYTES, requestBodyTooLarge } from './server/use-body-size-limit.js';
import { INVALID_JSON_ANSWER } from './server/use-input-error-codes.js';

/**
 * One error as a client reads it in `errors[]` (yoga strips `extensions.http`): in Chinese,
 * as every client reads it unless it asks for English, with the English message beside.
 */
export interface ErrorExample {
  message: string;
  extensions: Record<string, unknown>;
  /** The message under `Accept-Language: en` (the same where graphql-js made it). */
  english: string;
}

/**
 * Where an example's wording comes from. Most examples are made by calling the code that
 * answers them; a message made outside the kernel (in core or the gateway, which the kernel
 * may not import) is written out here, and `text`, a literal part of it, must occur in
 * `file` (a test reads the file), so the example cannot drift from what is answered.
 */
export type ExampleSource =
  { made: string } | { quoted: { file: string; text: string; chineseText: string } };

export interface ErrorCatalogEntry {
  code: string;
  /** HTTP status of a response whose only error this is (a response with data is 200). */
  status: string;
  when: string;
  clientShould: string;
  example: ErrorExample;
  source: ExampleSource;
}

/** The error as the client sees it, by default and in English. */
const shown = (error: GraphQLError): ErrorExample => {
  const { http: _http, ...extensions } = errorInLanguage(error, 'zh').extensions;
  return { message: errorInLanguage(error, 'zh').message, extensions, english: error.message };
};

const thrown = (run: () => unknown): GraphQLError => {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('the example did not throw');
};

const refusalOf = (method: string, headers: Record<string, string>): ErrorExample => {
  const request: ProtocolRequest = { method, header: (name) => headers[name] ?? null };
  const refusal = protocolRefusalOf(request);
  if (!refusal) throw new Error('the example request is not refused');
  return {
    message: refusal.message.zh,
    extensions: { code: refusal.code },
    english: refusal.message.en,
  };
};

const statusOf = (code: ErrorCode): string => String(httpStatusOf(code));

/** graphql-js says what is wrong with a document in English only, for the console's developers. */
const untranslatedExample = (message: string, code: string): ErrorExample => ({
  message,
  extensions: { code },
  english: message,
});

/** Query-limit and other validation failures: GraphQL over HTTP's two answers. */
const VALIDATION_STATUS = '400 (200 under `Accept: application/json`)';

const limitEntry = (limit: keyof QueryLimits, when: string, found: number): ErrorCatalogEntry => ({
  code: QUERY_LIMIT_REFUSALS[limit].code,
  status: VALIDATION_STATUS,
  when,
  clientShould:
    'Change the operation (see the message); sending it again unchanged is refused again. Refused before the token is checked and before anything runs.',
  example: shown(queryLimitRefusal(limit, GATEWAY_QUERY_LIMITS[limit], found)),
  source: { made: 'services/kernel/src/server/query-limits.ts' },
});

const TICKET_SDL = 'type Query { ticket(id: ID!): Ticket } type Ticket { id: ID! title: String! }';

/**
 * Every code a client can meet, with its status, when it is answered, what the client
 * should do and one example as answered: first the kernel's closed set (errors.ts, each
 * one required here by a test), then the codes the GraphQL server itself answers with.
 */
export const ERROR_CATALOG: readonly ErrorCatalogEntry[] = [
  {
    code: 'UNAUTHENTICATED',
    status: statusOf('UNAUTHENTICATED'),
    when: 'No bearer token, or one that is malformed, expired, not yet valid, signed by another key or issued for another audience. Checked at the gateway before any node is asked, and again at every node.',
    clientShould:
      'Sign in again (or refresh the token) and send `Authorization: Bearer <access token>`.',
    example: shown(
      unauthenticated({
        zh: '请先登录：请求须带 Authorization: Bearer <访问令牌> 请求头。',
        en: 'Sign in: send an Authorization: Bearer <access token> header.',
      }),
    ),
    source: {
      quoted: {
        file: 'services/kernel/src/auth/token-verifier.ts',
        text: 'Sign in: send an Authorization: Bearer <access token> header.',
        chineseText: '请先登录：请求须带 Authorization: Bearer <访问令牌> 请求头。',
      },
    },
  },
  {
    code: 'FORBIDDEN',
    status: statusOf('FORBIDDEN'),
    when: "The token is valid but its roles do not grant the operation (docs/PERMISSIONS.md), or the requested division is outside the caller's. A refused field beside answered ones is a partial result (HTTP 200).",
    clientShould:
      'Do not retry: ask within your own division, or ask an administrator for the role the message names.',
    example: shown(thrown(() => requestedScope('320100', '330100'))),
    source: { made: 'services/kernel/src/divisions/division-scope.ts' },
  },
  {
    code: 'NOT_FOUND',
    status: statusOf('NOT_FOUND'),
    when: "The record does not exist, or it is outside the caller's reach (the two are not told apart, so existence does not leak).",
    clientShould: 'Check the id, or reload the list you took it from.',
    example: shown(
      notFound({
        zh: '您所属行政区划 320100 内没有工单 320100-0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11。',
        en: 'No ticket 320100-0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11 inside your division 320100.',
      }),
    ),
    source: {
      quoted: {
        file: 'services/core/src/records/ticket/reveal-ticket-caller.ts',
        text: 'inside your division ',
        chineseText: '您所属行政区划 ',
      },
    },
  },
  {
    code: 'BAD_USER_INPUT',
    status: statusOf('BAD_USER_INPUT'),
    when: 'A value the client sent is refused: a text too long, empty, with control characters, bidirectional overrides or only invisible characters; an impossible date; a number or page size out of range; an unknown enum value or a missing required field. `field` names the first offending field as a dotted path into the input; a form check lists them all in `problems`. Nothing was written.',
    clientShould: 'Fix the fields named in `problems` (or `field`) and send it again.',
    example: shown(
      thrown(() => {
        const problems = new InputProblems();
        problems.text('input.title', '路灯不亮'.repeat(26), { min: 1, max: 100 });
        problems.throwIfAny();
      }),
    ),
    source: { made: 'services/kernel/src/input-problems.ts' },
  },
  {
    code: 'INVALID_TRANSITION',
    status: statusOf('INVALID_TRANSITION'),
    when: "The workflow action is not possible from the record's state, for the caller's roles, or under its guard (docs/WORKFLOWS.md). Nothing was written.",
    clientShould:
      'Reload the record and choose one of `allowedActions` (the message says why this one is refused).',
    example: shown(
      clientError(
        'INVALID_TRANSITION',
        {
          zh: '无法执行 dispatch（派单）：该工单当前状态为 CLOSED（办结）。当前可执行：archive（归档）。',
          en: 'dispatch is not possible: the hotline_ticket is CLOSED (办结). Allowed now: archive.',
        },
        { action: 'dispatch', state: 'CLOSED', allowedActions: ['archive'] },
      ),
    ),
    source: {
      quoted: {
        file: 'services/core/src/workflow/state-machine.ts',
        text: ' is not possible: ',
        chineseText: '当前可执行：',
      },
    },
  },
  {
    code: 'NOT_OWNER',
    status: statusOf('NOT_OWNER'),
    when: "A write (or a read only the owner can answer) reached a node that does not own the record: only the city node of a division writes its records. `owner` is the owning node's division. Nothing was written.",
    clientShould:
      'Send it through the gateway, which routes by division, or to the node `owner` names.',
    example: shown(
      notOwner(
        {
          zh: `${divisionLabel('320106')} 的记录归市级节点 ${divisionLabel('320100')} 所有，不归本省级节点 ${divisionLabel('320000')}；请将写入发往该节点（网关按行政区划自动转发）。`,
          en: `Records of ${divisionLabel('320106')} are owned by the city node ${divisionLabel('320100')}, not by this province node ${divisionLabel('320000')}; send the write there (the gateway routes it by division).`,
        },
        '320100',
      ),
    ),
    source: {
      quoted: {
        file: 'services/core/src/ownership.ts',
        text: '; send the write there (the gateway routes it by division).',
        chineseText: '；请将写入发往该节点（网关按行政区划自动转发）。',
      },
    },
  },
  {
    code: 'NODE_UNAVAILABLE',
    status: statusOf('NODE_UNAVAILABLE'),
    when: "At the gateway: a node could not be reached or did not answer within `NODE_TIMEOUT_MS`. `node` names it; on a fan-out or a fallback the other nodes' data is still returned. A write sent but never answered carries `retryWithSameIdempotencyKey: true` and is not sent again.",
    clientShould:
      'Use the data returned; retry later. For a write with `retryWithSameIdempotencyKey`, send it again with the same `idempotencyKey` and input.',
    example: shown(
      nodeUnavailable(
        {
          zh: '节点 city-320100 (南京市) 无法连接（ECONNREFUSED）；查询允许时，仍返回其他节点的数据。',
          en: "Node city-320100 (南京市) could not be reached (ECONNREFUSED); other nodes' data is still returned where the query allows.",
        },
        '320100',
      ),
    ),
    source: {
      quoted: {
        file: 'gateway/src/node-subschemas.ts',
        text: "; other nodes' data is still returned where the query allows.",
        chineseText: '；查询允许时，仍返回其他节点的数据。',
      },
    },
  },
  {
    code: 'CONFLICT',
    status: statusOf('CONFLICT'),
    when: "An action carried a `version` older than the record's (someone acted on it since it was loaded), or a create reused an `idempotencyKey` with another input. Nothing was written.",
    clientShould: 'Reload the record (`currentVersion`) and decide again.',
    example: shown(
      clientError(
        'CONFLICT',
        {
          zh: '工单 32010020300305000042 当前是第 4 版，不是第 3 版：您打开后已有人办理过。请刷新后重新操作。',
          en: 'Ticket 32010020300305000042 is at version 4, not 3: someone acted on it since you loaded it. Reload it and decide again.',
        },
        { id: '320100-0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11', currentVersion: 4 },
      ),
    ),
    source: {
      quoted: {
        file: 'services/core/src/records/act-on-record.ts',
        text: ': someone acted on it since you loaded it. Reload it and decide again.',
        chineseText: '：您打开后已有人办理过。请刷新后重新操作。',
      },
    },
  },
  {
    code: 'UNSUPPORTED_FILE_TYPE',
    status: statusOf('UNSUPPORTED_FILE_TYPE'),
    when: 'An uploaded file (`attachToRecord`) is not a JPEG, PNG, WebP or PDF by its bytes, whatever its name or declared type says; `detected` is the type found (null: none), `allowed` the types taken. Nothing was written.',
    clientShould: 'Attach the photo or document itself, in one of the `allowed` types.',
    example: shown(
      clientError(
        'UNSUPPORTED_FILE_TYPE',
        {
          zh: 'file：“photo.jpg”是application/x-msdownload（.exe）类型；请附上 JPEG、PNG 或 WebP 照片，或 PDF 文档（文件类型按文件内容判断，而非文件名）。',
          en: 'file: "photo.jpg" is application/x-msdownload (.exe); attach a JPEG, PNG or WebP photo or a PDF document (the type is read from the file\'s content, not its name).',
        },
        {
          field: 'file',
          detected: 'application/x-msdownload',
          allowed: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
        },
      ),
    ),
    source: {
      quoted: {
        file: 'services/core/src/records/attachments/attachment-content-type.ts',
        text: '; attach a JPEG, PNG or WebP photo or a PDF document',
        chineseText: '；请附上 JPEG、PNG 或 WebP 照片，或 PDF 文档',
      },
    },
  },
  {
    code: 'FILE_TOO_LARGE',
    status: statusOf('FILE_TOO_LARGE'),
    when: 'An uploaded file has more bytes than the node takes (`ATTACHMENT_MAX_BYTES`, 10 MiB by default); `size` and `maxBytes` say by how much. Nothing was written.',
    clientShould: 'Attach a smaller file: a photo at a lower resolution, a document in parts.',
    example: shown(
      clientError(
        'FILE_TOO_LARGE',
        {
          zh: 'file：“现场.jpg”有 12582912 字节，超过单个文件上限 10485760 字节；请附上较小的文件（降低照片分辨率，或将文档拆分成几部分）。',
          en: 'file: "现场.jpg" has 12582912 bytes, more than the 10485760 a file may have; attach a smaller file (a photo at a lower resolution, a document split in parts).',
        },
        { field: 'file', size: 12_582_912, maxBytes: 10_485_760 },
      ),
    ),
    source: {
      quoted: {
        file: 'services/core/src/records/attachments/attach-to-record.ts',
        text: ' a file may have; attach a smaller file',
        chineseText: '字节；请附上较小的文件',
      },
    },
  },
  {
    code: 'TOO_MANY_ATTACHMENTS',
    status: statusOf('TOO_MANY_ATTACHMENTS'),
    when: 'The record already carries the most files a record may (`ATTACHMENTS_PER_RECORD`, 20 by default). Nothing was written.',
    clientShould: 'Combine pages into one PDF, or attach only the photos that matter.',
    example: shown(
      clientError(
        'TOO_MANY_ATTACHMENTS',
        {
          zh: 'recordId：工单 32010020261208000042 已有 20 个文件，达到每条记录的上限（20 个），本次未附加任何文件。请将多页合并为一个 PDF，或只保留必要的照片。',
          en: 'recordId: ticket 32010020261208000042 already has 20 files, the most a record may have (20); nothing was attached. Put several pages in one PDF, or keep only the photos that matter.',
        },
        { field: 'recordId', count: 20, perRecord: 20 },
      ),
    ),
    source: {
      quoted: {
        file: 'services/core/src/records/attachments/attach-to-record.ts',
        text: ', the most a record may have (',
        chineseText: '个文件，达到每条记录的上限（',
      },
    },
  },
  {
    code: 'SERVICE_UNAVAILABLE',
    status: statusOf('SERVICE_UNAVAILABLE'),
    when: 'A node cannot reach its database, or the database undid the request (deadlock, serialization failure). The message says whether a write was applied.',
    clientShould:
      'Send the same request again in a few seconds; a write with the same `idempotencyKey` (create) or `version` (action), so it is applied once.',
    example: shown(
      serviceUnavailable({
        zh: '本节点暂时无法连接数据库。请过几秒后重新发送同一请求。',
        en: 'This node cannot reach its database right now. Send the same request again in a few seconds.',
      }),
    ),
    source: {
      quoted: {
        file: 'services/core/src/server/database-unavailable-error.ts',
        text: 'This node cannot reach its database right now.',
        chineseText: '本节点暂时无法连接数据库。',
      },
    },
  },
  {
    code: 'BAD_REQUEST',
    status: statusOf('BAD_REQUEST'),
    when: 'The body is not JSON, or is JSON but not an object (`null`, a number, a string, a list: "POST body is expected to be object but received null"), or the `Content-Length` header is not one integer. Nothing was executed.',
    clientShould: 'Send a JSON object `{"query": …, "variables": …}`.',
    example: {
      message: INVALID_JSON_ANSWER.zh,
      extensions: { code: 'BAD_REQUEST' },
      english: INVALID_JSON_ANSWER.en,
    },
    source: { made: 'services/kernel/src/server/use-input-error-codes.ts' },
  },
  {
    code: 'NOT_ACCEPTABLE',
    status: statusOf('NOT_ACCEPTABLE'),
    when: 'The `Accept` header allows none of the response types (`application/graphql-response+json`, `application/json`, `text/event-stream`, `multipart/mixed`; a charset other than UTF-8 and `q=0` allow nothing). Checked before the body is read: nothing was executed, so a write was not applied.',
    clientShould: 'Send `Accept: application/graphql-response+json` (or `application/json`).',
    example: refusalOf('POST', { accept: 'text/html' }),
    source: { made: 'services/kernel/src/server/http-protocol.ts' },
  },
  {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: statusOf('UNSUPPORTED_MEDIA_TYPE'),
    when: 'A POST whose `Content-Type` is not `application/json` or `application/graphql+json` in UTF-8, nor `multipart/form-data` with a boundary (an upload; URL-encoded forms are refused), or whose body is encoded (`Content-Encoding` other than `identity`, answered with `Accept-Encoding: identity`). Nothing was executed.',
    clientShould: 'Send the body as plain, unencoded JSON with `Content-Type: application/json`.',
    example: refusalOf('POST', { 'content-type': 'application/jsonx' }),
    source: { made: 'services/kernel/src/server/http-protocol.ts' },
  },
  limitEntry(
    'maxDepth',
    'Fields nested deeper than `MAX_DEPTH` (a fragment adds no level of its own).',
    16,
  ),
  limitEntry(
    'maxAliases',
    'More aliases than `MAX_ALIASES`, a fragment counted once per spread.',
    31,
  ),
  {
    ...limitEntry(
      'maxTokens',
      'More lexical tokens than `MAX_TOKENS`; counted while parsing, so the refusal does not say how many there were.',
      0,
    ),
    example: shown(queryLimitRefusal('maxTokens', GATEWAY_QUERY_LIMITS.maxTokens, undefined)),
  },
  limitEntry(
    'maxDirectives',
    'More directives than `MAX_DIRECTIVES`, a fragment counted once per spread.',
    21,
  ),
  limitEntry(
    'maxCost',
    "graphql-armor's cost over `MAX_COST` (1 per scalar, 2 per object, ×1.5 per level, a list × its literal `first`): five aliased pages of 100 tickets cost about 65 000.",
    65_160,
  ),
  // Codes of the GraphQL server (yoga, graphql-js) that reach a client as they are.
  {
    code: 'GRAPHQL_PARSE_FAILED',
    status: VALIDATION_STATUS,
    when: 'The query is not valid GraphQL syntax.',
    clientShould: 'Fix the query text at the position the message names.',
    example: untranslatedExample(
      thrown(() => parse('{ ticket(id: "320100-0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11") { title }'))
        .message,
      'GRAPHQL_PARSE_FAILED',
    ),
    source: { made: 'graphql-js `parse`' },
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    status: VALIDATION_STATUS,
    when: 'The query asks for something the schema does not have (a field, an argument, a type). A bad argument *value* is `BAD_USER_INPUT` instead.',
    clientShould:
      'Fix the query against the schema (schema/sdl); the message suggests the closest name.',
    example: untranslatedExample(
      validate(
        buildSchema(TICKET_SDL),
        parse('{ ticket(id: "320100-0b6f4f1e-0c5d-4b4e-9a55-6a1f0d3c2b11") { titel } }'),
      )[0]!.message,
      'GRAPHQL_VALIDATION_FAILED',
    ),
    source: { made: 'graphql-js `validate`' },
  },
  {
    code: 'REQUEST_ENTITY_TOO_LARGE',
    status: '413',
    when: `A body over ${MAX_REQUEST_BODY_BYTES.toLocaleString('en-US')} bytes (by its \`Content-Length\`, or counted when sent chunked). Nothing was executed.`,
    clientShould: 'Send a smaller request.',
    example: shown(requestBodyTooLarge()),
    source: { made: 'services/kernel/src/server/use-body-size-limit.ts' },
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    status: '500 (200 beside data)',
    when: 'An unexpected failure (a bug): masked, so nothing internal reaches the client; the operator finds the cause in the log under the `x-request-id`.',
    clientShould:
      "Report it with the response's `x-request-id`. A write may or may not have been applied: read before sending it again.",
    example: {
      message: UNEXPECTED_ERROR_ZH,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
      english: 'Unexpected error.',
    },
    source: { made: 'graphql-yoga `maskError`' },
  },
];

/** One limit on what a request may be, with the variable that sets it (if any). */
export interface LimitEntry {
  limit: string;
  variable: string | undefined;
  gatewayDefault: number;
  nodeDefault: number;
  code: string;
  example: ErrorExample;
}

const queryLimit = (limit: keyof QueryLimits, bounds: string): LimitEntry => ({
  limit: bounds,
  variable: QUERY_LIMIT_REFUSALS[limit].variable,
  gatewayDefault: GATEWAY_QUERY_LIMITS[limit],
  nodeDefault: NODE_QUERY_LIMITS[limit],
  code: QUERY_LIMIT_REFUSALS[limit].code,
  example: ERROR_CATALOG.find((entry) => entry.code === QUERY_LIMIT_REFUSALS[limit].code)!.example,
});

/** Every limit a request meets, the same at the gateway and at every node unless said. */
export const LIMIT_CATALOG: readonly LimitEntry[] = [
  queryLimit('maxDepth', 'nesting of fields (`{ a { b } }` is 2; a fragment adds no level)'),
  queryLimit('maxAliases', 'aliases in one operation, a fragment counted once per spread'),
  queryLimit('maxTokens', 'lexical tokens of the document, counted while parsing'),
  queryLimit('maxDirectives', 'directives in one operation, a fragment counted once per spread'),
  queryLimit('maxCost', "graphql-armor's cost of one operation"),
  {
    limit: 'request body, in bytes',
    variable: undefined,
    gatewayDefault: MAX_REQUEST_BODY_BYTES,
    nodeDefault: MAX_REQUEST_BODY_BYTES,
    code: 'REQUEST_ENTITY_TOO_LARGE',
    example: shown(requestBodyTooLarge()),
  },
  {
    limit: 'page size (`first` of every list)',
    variable: undefined,
    gatewayDefault: MAX_PAGE_SIZE,
    nodeDefault: MAX_PAGE_SIZE,
    code: 'BAD_USER_INPUT',
    example: shown(thrown(() => checkPageSize(500))),
  },
];
