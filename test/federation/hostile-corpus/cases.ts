import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import type { GraphQLInputType } from 'graphql';
import { typeDefs } from '@city-ops/schema';
import { OFFICERS, PERSON_ID } from '../../support/enforcement.js';

/**
 * The hostile-input corpus: what a careless client or an attacker sends, as data. Each case
 * names its class, the doors it is sent through (the gateway, a node asked directly, or
 * both) and the refusal it must get. The runner (../hostile-corpus.test.ts) checks every
 * answer for the code, the named field and the status, for anything of the server's
 * insides, and that nothing was stored anywhere.
 */

export type CaseClass =
  | 'free text'
  | 'dates'
  | 'numbers'
  | 'cursors'
  | 'ids'
  | 'not owner'
  | 'enums'
  | 'protocol'
  | 'query limits'
  | 'tokens';

export type Door = 'gateway' | 'node';

/** Records made before the corpus runs, for cases that act on an existing one. */
export interface Fixtures {
  /** A ticket just created at 南京 (320100), waiting to be dispatched. */
  ticket: { id: string; version: number };
  /** A ticket dispatched to 南京's unit 320100-cg, for the unit's own actions. */
  dispatched: { id: string; version: number };
  /** A ticket 320100-cg has signed for and is handling. */
  handling: { id: string; version: number };
}

/** A GraphQL request sent as JSON, with a token of `user` or a defective `token`. */
export interface GraphQLRequest {
  user?: string;
  /** A defective credential in place of a user's token. */
  token?: 'none' | 'garbage' | 'expired' | 'tampered' | 'unsigned' | 'basic' | 'future';
  query: string;
  variables?: (fixtures: Fixtures) => Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An HTTP request written out by hand (the token of `user` added when given). */
export interface RawRequest {
  method: 'POST' | 'GET' | 'PUT';
  user?: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** Appended to the GraphQL URL, for a GET. */
  search?: string;
}

export interface CorpusCase {
  name: string;
  class: CaseClass;
  /** Where it is sent: both doors unless said. */
  doors: readonly Door[];
  /** The node a `node` door means (320100 南京 unless said). */
  node?: string;
  request: { graphql: GraphQLRequest } | { raw: RawRequest };
  expect: { code: string; field?: string; status?: number };
}

const BOTH = ['gateway', 'node'] as const;
const NODE_ONLY = ['node'] as const;

// ---------------------------------------------------------------------------------------
// Free text: every defect in every kind of text field a write takes.

const DEFECTS: readonly { label: string; wrap: (text: string) => string }[] = [
  { label: 'a NUL', wrap: (text) => `${text}\u0000尾` },
  { label: 'a C0 control (SOH)', wrap: (text) => `${text}\u0001` },
  { label: 'a C1 control (CSI)', wrap: (text) => `\u009b31m${text}` },
  { label: 'a terminal escape', wrap: (text) => `\u001b[31m${text}\u001b[0m` },
  { label: 'a right-to-left override', wrap: (text) => `${text}\u202e反转` },
  { label: 'a bidi isolate', wrap: (text) => `\u2066${text}\u2069` },
  { label: 'zero-width characters only', wrap: () => '\u200b\u200c\u2060\ufeff' },
  { label: 'a lone surrogate', wrap: (text) => `${text}\ud800` },
];

const ticketInput = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  division: '320106',
  channel: 'PHONE',
  intakeClass: 'COMPLAINT',
  categoryCode: '010202',
  title: '路口井盖缺失',
  content: '中山北路与湖南路路口东南角井盖缺失。',
  caller: { name: '李四', phone: '13900001111' },
  location: { address: '鼓楼区中山北路100号', street: '湖南路街道' },
  ...overrides,
});

const CREATE_TICKET = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;

interface TextField {
  field: string;
  user: string;
  node?: string;
  query: string;
  variables: (text: string, fixtures: Fixtures) => Record<string, unknown>;
}

const mutation = (name: string, type: string) =>
  `mutation ($input: ${type}!) { ${name}(input: $input) { __typename } }`;

const TEXT_FIELDS: readonly TextField[] = [
  {
    field: 'input.title',
    user: 'agent.320100',
    query: CREATE_TICKET,
    variables: (title) => ({ input: ticketInput({ title }) }),
  },
  {
    field: 'input.content',
    user: 'agent.320100',
    query: CREATE_TICKET,
    variables: (content) => ({ input: ticketInput({ content }) }),
  },
  {
    field: 'input.caller.name',
    user: 'agent.320100',
    query: CREATE_TICKET,
    variables: (name) => ({ input: ticketInput({ caller: { name, phone: '13900001111' } }) }),
  },
  {
    field: 'input.location.address',
    user: 'agent.320100',
    query: CREATE_TICKET,
    variables: (address) => ({ input: ticketInput({ location: { address } }) }),
  },
  {
    field: 'input.comment',
    user: 'dispatcher.320100',
    query: mutation('dispatchTicket', 'DispatchTicketInput'),
    variables: (comment, { ticket }) => ({
      input: { ...ticket, leadUnit: '320100-cg', comment },
    }),
  },
  {
    field: 'input.reply',
    user: 'agent.320100',
    query: mutation('answerTicketDirectly', 'AnswerTicketInput'),
    variables: (reply, { ticket }) => ({ input: { ...ticket, reply, resolution: 'RESOLVED' } }),
  },
  {
    field: 'input.reason',
    user: 'unit-cg.320100',
    query: mutation('returnTicket', 'TicketReasonInput'),
    variables: (reason, { dispatched }) => ({ input: { ...dispatched, reason } }),
  },
  {
    field: 'reason',
    user: 'dispatcher.320100',
    query: `mutation ($id: ID!, $reason: String!) { revealTicketCaller(id: $id, reason: $reason) { name } }`,
    variables: (reason, { ticket }) => ({ id: ticket.id, reason }),
  },
  {
    field: 'input.name',
    user: 'supervisor.320100',
    query: mutation('setCalendarDay', 'SetCalendarDayInput'),
    variables: (name) => ({ input: { day: '2030-10-01', kind: 'HOLIDAY', name } }),
  },
  {
    field: 'input.comment',
    user: 'dispatcher.320100',
    query: mutation('acknowledgeDirective', 'DirectiveResponseInput'),
    variables: (comment) => ({ input: { directiveId: `000000-DR-${randomUUID()}`, comment } }),
  },
  {
    field: 'input.description',
    user: 'dispatcher.320100',
    query: mutation('reportCase', 'ReportCaseInput'),
    variables: (description) => ({
      input: {
        division: '320106',
        source: 'PUBLIC',
        type: 'EVENT',
        majorClass: 'CITY_APPEARANCE',
        minorCode: '0101',
        description,
      },
    }),
  },
  {
    field: 'input.party.name',
    user: 'officer.320100',
    query: mutation('fileEnforcementCase', 'FileEnforcementCaseInput'),
    variables: (name) => ({
      input: {
        division: '320106',
        source: 'PATROL',
        violatedArticle: '《江苏省城市市容和环境卫生管理条例》第二十四条',
        penaltyArticle: '《江苏省城市市容和环境卫生管理条例》第四十七条',
        party: { kind: 'PERSON', name, idNumber: PERSON_ID },
        officers: OFFICERS,
        procedure: 'ORDINARY',
      },
    }),
  },
  {
    field: 'input.instructions',
    user: 'supervisor.320000',
    node: '320000',
    query: mutation('issueSupervisionOrder', 'IssueSupervisionOrderInput'),
    variables: (instructions) => ({
      input: {
        recordId: `320100-${randomUUID()}`,
        recordKind: 'HOTLINE_TICKET',
        level: 'LISTED',
        deadline: '2030-01-01T00:00:00Z',
        instructions,
      },
    }),
  },
  {
    field: 'input.comment',
    user: 'unit-cg.320100',
    query: mutation('replyToSupervisionOrder', 'SupervisionStepInput'),
    variables: (comment) => ({ input: { orderId: `320000-SO-${randomUUID()}`, comment } }),
  },
  {
    field: 'input.title',
    user: 'analyst.000000',
    node: '000000',
    query: mutation('issueDirective', 'IssueDirectiveInput'),
    variables: (title) => ({ input: { division: '320000', title, body: '各地加强巡查。' } }),
  },
  {
    field: 'input.body',
    user: 'analyst.000000',
    node: '000000',
    query: mutation('issueDirective', 'IssueDirectiveInput'),
    variables: (body) => ({ input: { division: '320000', title: '汛期安全', body } }),
  },
  // The desk's lookups: what is searched for is checked like what is written.
  {
    field: 'filter.text',
    user: 'officer.320100',
    query: `query ($filter: EnforcementRecordFilter) { enforcementRecords(filter: $filter) { nodes { id } } }`,
    variables: (text) => ({ filter: { text } }),
  },
  {
    field: 'phone',
    user: 'agent.320100',
    query: `query ($phone: String!) { callerHistory(phone: $phone) { total } }`,
    variables: (phone) => ({ phone: `139${phone}00001111` }),
  },
  {
    field: 'number',
    user: 'agent.320100',
    query: `query ($number: String!) { recordByNumber(number: $number) { __typename } }`,
    variables: (number) => ({ number: `32010020261121${number}` }),
  },
];

const mutationName = (query: string) => /\{ (\w+)\(/.exec(query)![1]!;

const freeText: CorpusCase[] = TEXT_FIELDS.flatMap((target) =>
  DEFECTS.map((defect) => ({
    name: `${mutationName(target.query)} ${target.field} with ${defect.label}`,
    class: 'free text' as const,
    doors: BOTH,
    ...(target.node ? { node: target.node } : {}),
    request: {
      graphql: {
        user: target.user,
        query: target.query,
        variables: (fixtures: Fixtures) => target.variables(defect.wrap('正文'), fixtures),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: target.field },
  })),
);

// ---------------------------------------------------------------------------------------
// Dates and instants: impossible days, out-of-range years, what is not a date.

const BAD_INSTANTS: readonly string[] = [
  '2030-02-30T00:00:00Z',
  '2030-13-01T00:00:00Z',
  '2030-04-31T08:00:00+08:00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1899-12-31T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  'not a date',
];

const directiveDue = (dueAt: string) => ({
  input: { division: '320000', title: '汛期安全', body: '各地巡查。', dueAt },
});

const dates: CorpusCase[] = [
  ...BAD_INSTANTS.map((dueAt) => ({
    name: `issueDirective dueAt ${dueAt}`,
    class: 'dates' as const,
    doors: BOTH,
    node: '000000',
    request: {
      graphql: {
        user: 'analyst.000000',
        query: mutation('issueDirective', 'IssueDirectiveInput'),
        variables: () => directiveDue(dueAt),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'input.dueAt' },
  })),
  ...BAD_INSTANTS.map((deadline) => ({
    name: `issueSupervisionOrder deadline ${deadline}`,
    class: 'dates' as const,
    doors: BOTH,
    node: '320000',
    request: {
      graphql: {
        user: 'supervisor.320000',
        query: mutation('issueSupervisionOrder', 'IssueSupervisionOrderInput'),
        variables: () => ({
          input: {
            recordId: `320100-${randomUUID()}`,
            recordKind: 'HOTLINE_TICKET',
            level: 'LISTED',
            deadline,
            instructions: '三日内办结',
          },
        }),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'input.deadline' },
  })),
  ...['0000-01-01T00:00:00Z', '9999-01-01T00:00:00Z', '2030-02-29T00:00:00Z'].map(
    (createdFrom) => ({
      name: `tickets filter createdFrom ${createdFrom}`,
      class: 'dates' as const,
      doors: BOTH,
      request: {
        graphql: {
          user: 'agent.320100',
          query: `query ($from: DateTime) { tickets(filter: { createdFrom: $from }) { nodes { id } } }`,
          variables: () => ({ from: createdFrom }),
        },
      },
      // Sent as a variable, the variable is what the client can correct.
      expect: { code: 'BAD_USER_INPUT', field: 'from' },
    }),
  ),
  ...['0000-01-01T00:00:00Z', '2030-02-30T00:00:00Z'].map((dueBefore) => ({
    name: `tickets filter dueBefore ${dueBefore}`,
    class: 'dates' as const,
    doors: BOTH,
    request: {
      graphql: {
        user: 'dispatcher.320100',
        query: `query ($filter: TicketFilter) { tickets(filter: $filter) { nodes { id } } }`,
        variables: () => ({ filter: { dueBefore } }),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'filter.dueBefore' },
  })),
  ...(
    [
      ['tickets', 'TicketFilter', 'dispatcher.320100', 'dueFrom', 'dueBefore'],
      ['caseReports', 'CaseReportFilter', 'dispatcher.320100', 'dueFrom', 'dueBefore'],
      [
        'enforcementRecords',
        'EnforcementRecordFilter',
        'officer.320100',
        'decisionDueFrom',
        'decisionDueBefore',
      ],
    ] as const
  ).map(([list, type, user, from, before]) => ({
    name: `${list} filter ${before} not after ${from}`,
    class: 'dates' as const,
    doors: BOTH,
    request: {
      graphql: {
        user,
        query: `query ($filter: ${type}) { ${list}(filter: $filter) { nodes { id } } }`,
        variables: () => ({
          filter: { [from]: '2030-01-02T00:00:00Z', [before]: '2030-01-01T00:00:00Z' },
        }),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: `filter.${before}` },
  })),
  ...['9999-01-01', '0001-01-01', '2030-02-30'].map((start) => ({
    name: `indicators period.start ${start}`,
    class: 'dates' as const,
    doors: NODE_ONLY,
    request: {
      graphql: {
        user: 'supervisor.320100',
        query: `{ indicators(division: "320100", period: { unit: YEAR, start: "${start}" }) { periods { label } } }`,
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'period.start' },
  })),
];

// ---------------------------------------------------------------------------------------
// Numbers out of range.

const LIST_TICKETS = `query ($first: Int) { tickets(first: $first) { nodes { id } } }`;

const numbers: CorpusCase[] = [
  ...[-1, 0, 1001, 2147483647].map((first) => ({
    name: `tickets first ${first}`,
    class: 'numbers' as const,
    doors: BOTH,
    request: {
      graphql: { user: 'agent.320100', query: LIST_TICKETS, variables: () => ({ first }) },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'first' },
  })),
  ...[2147483648, 1e308, 1.5].map((first) => ({
    name: `tickets first ${first} (not an Int)`,
    class: 'numbers' as const,
    doors: BOTH,
    request: {
      graphql: { user: 'agent.320100', query: LIST_TICKETS, variables: () => ({ first }) },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'first' },
  })),
  ...['9223372036854775808', '99999999999999999999', '-1', 'abc'].map((after) => ({
    name: `auditLog after ${after}`,
    class: 'numbers' as const,
    doors: NODE_ONLY,
    request: {
      graphql: {
        user: 'auditor.320100',
        query: `query ($after: String) { auditLog(after: $after) { nodes { id } } }`,
        variables: () => ({ after }),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'after' },
  })),
  ...['1e308', '-1', '101'].map((weight) => ({
    name: `indicator weight ${weight}`,
    class: 'numbers' as const,
    doors: NODE_ONLY,
    node: '000000',
    request: {
      graphql: {
        user: 'analyst.000000',
        query: `{ indicators(division: "000000", period: { unit: YEAR, start: "2026-01-01" }, weights: [{ name: TICKET_SATISFACTION_RATE, weight: ${weight} }]) { periods { label } } }`,
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'weights.0.weight' },
  })),
  ...[0, 31, -5].map((workingDays) => ({
    name: `requestTicketExtension workingDays ${workingDays}`,
    class: 'numbers' as const,
    doors: BOTH,
    request: {
      graphql: {
        user: 'unit-cg.320100',
        query: mutation('requestTicketExtension', 'RequestExtensionInput'),
        variables: ({ handling }: Fixtures) => ({
          input: { ...handling, workingDays, reason: '需要协调多个部门' },
        }),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'input.workingDays' },
  })),
];

// ---------------------------------------------------------------------------------------
// Cursors: not base64, not JSON, wrong shape, out of range.

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const BAD_CURSORS: readonly [string, string][] = [
  ['not base64', '!!!***'],
  ['base64 of no JSON', Buffer.from('hello world').toString('base64url')],
  ['a JSON number', encode(42)],
  ['a JSON object', encode({ sort: 'CREATED_AT' })],
  ['an empty key', encode([])],
  ['year 0', encode(['CREATED_AT', 'DESC', '0000-01-01T00:00:00.000Z', '320100-a'])],
  ['year 9999', encode(['CREATED_AT', 'DESC', '9999-01-01T00:00:00.000Z', '320100-a'])],
  ['a NUL in the id', encode(['CREATED_AT', 'DESC', '2026-01-01T00:00:00.000Z', '320100-\u0000'])],
  ['an unknown sort', encode(['DROP TABLE', 'DESC', '2026-01-01T00:00:00.000Z', '320100-a'])],
  ['10 KB of base64', 'A'.repeat(10_240)],
];

const cursors: CorpusCase[] = BAD_CURSORS.map(([label, after]) => ({
  name: `tickets after: ${label}`,
  class: 'cursors' as const,
  doors: BOTH,
  request: {
    graphql: {
      user: 'agent.320100',
      query: `query ($after: String) { tickets(after: $after) { nodes { id } } }`,
      variables: () => ({ after }),
    },
  },
  expect: { code: 'BAD_USER_INPUT', field: 'after' },
}));

// ---------------------------------------------------------------------------------------
// Ids of the wrong shape, or naming another city.

const BAD_IDS: readonly [string, string, { code: string; field?: string }][] = [
  ['no division', 'abc', { code: 'BAD_USER_INPUT', field: 'input.id' }],
  ['an empty id', '', { code: 'BAD_USER_INPUT', field: 'input.id' }],
  ['a path', '../../etc/passwd', { code: 'BAD_USER_INPUT', field: 'input.id' }],
  // Of this node's shape, naming no ticket: looked up as a value, found nowhere.
  ['SQL in the id', "320100-' OR 1=1 --", { code: 'NOT_FOUND' }],
  ['a 10 KB id', `320100-${'x'.repeat(10_240)}`, { code: 'NOT_FOUND' }],
];

const ids: CorpusCase[] = [
  ...BAD_IDS.map(([label, id, expected]) => ({
    name: `dispatchTicket id: ${label}`,
    class: 'ids' as const,
    doors: NODE_ONLY,
    request: {
      graphql: {
        user: 'dispatcher.320100',
        query: mutation('dispatchTicket', 'DispatchTicketInput'),
        variables: () => ({ input: { id, version: 1, leadUnit: '320100-cg' } }),
      },
    },
    expect: expected,
  })),
  {
    name: 'dispatchTicket of a ticket of 320200 sent to 320100',
    class: 'ids',
    doors: NODE_ONLY,
    request: {
      graphql: {
        user: 'dispatcher.320100',
        query: mutation('dispatchTicket', 'DispatchTicketInput'),
        variables: () => ({
          input: { id: `320200-${randomUUID()}`, version: 1, leadUnit: '320100-cg' },
        }),
      },
    },
    expect: { code: 'NOT_OWNER' },
  },
  {
    name: 'dispatchTicket with a unit of another city',
    class: 'ids',
    doors: BOTH,
    request: {
      graphql: {
        user: 'dispatcher.320100',
        query: mutation('dispatchTicket', 'DispatchTicketInput'),
        variables: ({ ticket }: Fixtures) => ({ input: { ...ticket, leadUnit: '320200-cg' } }),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'input.leadUnit' },
  },
  {
    name: 'createTicket in a district of another city',
    class: 'ids',
    doors: NODE_ONLY,
    request: {
      graphql: {
        user: 'agent.320100',
        query: CREATE_TICKET,
        variables: () => ({ input: ticketInput({ division: '320205' }) }),
      },
    },
    expect: { code: 'NOT_OWNER' },
  },
];

// ---------------------------------------------------------------------------------------
// Enum values that do not exist, as variables and as literals.

const enums: CorpusCase[] = [
  ...(['channel', 'intakeClass'] as const).flatMap((field) =>
    ['FAX', 'phone', '', 'PHONE; DROP TABLE hotline_ticket'].map((value) => ({
      name: `createTicket ${field} ${JSON.stringify(value)}`,
      class: 'enums' as const,
      doors: BOTH,
      request: {
        graphql: {
          user: 'agent.320100',
          query: CREATE_TICKET,
          variables: () => ({ input: ticketInput({ [field]: value }) }),
        },
      },
      expect: { code: 'BAD_USER_INPUT', field: `input.${field}` },
    })),
  ),
  {
    name: 'createTicket channel as a literal that does not exist',
    class: 'enums',
    doors: BOTH,
    request: {
      graphql: {
        user: 'agent.320100',
        query: `mutation { createTicket(input: { division: "320106", channel: FAX, intakeClass: COMPLAINT, categoryCode: "010202", title: "井盖", content: "井盖缺失", caller: { name: "李四", phone: "13900001111" }, location: { address: "中山北路" } }) { id } }`,
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'input.channel' },
  },
  {
    name: 'answerTicketDirectly resolution that does not exist',
    class: 'enums',
    doors: BOTH,
    request: {
      graphql: {
        user: 'agent.320100',
        query: mutation('answerTicketDirectly', 'AnswerTicketInput'),
        variables: ({ ticket }: Fixtures) => ({
          input: { ...ticket, reply: '已答复', resolution: 'MAYBE' },
        }),
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'input.resolution' },
  },
  {
    name: 'indicators period unit that does not exist',
    class: 'enums',
    doors: NODE_ONLY,
    request: {
      graphql: {
        user: 'supervisor.320100',
        query: `{ indicators(division: "320100", period: { unit: FORTNIGHT, start: "2026-01-01" }) { periods { label } } }`,
      },
    },
    expect: { code: 'BAD_USER_INPUT', field: 'period.unit' },
  },
];

// ---------------------------------------------------------------------------------------
// The request itself.

const CREATE_BODY = () =>
  JSON.stringify({ query: CREATE_TICKET, variables: { input: ticketInput({ title: '协议' }) } });
const JSON_TYPE = { 'content-type': 'application/json' };

const protocolPost = (
  name: string,
  headers: Record<string, string>,
  body: string | Buffer,
  expected: { code: string; status: number },
): CorpusCase => ({
  name,
  class: 'protocol',
  doors: BOTH,
  request: { raw: { method: 'POST', user: 'agent.320100', headers, body } },
  expect: expected,
});

const protocol: CorpusCase[] = [
  ...[
    'text/html',
    'text/html, application/xhtml+xml',
    'application/xml',
    'application/json; charset=iso-8859-1',
    'application/graphql-response+json; q=0',
  ].map((accept) =>
    protocolPost(`Accept: ${accept}`, { ...JSON_TYPE, accept }, CREATE_BODY(), {
      code: 'NOT_ACCEPTABLE',
      status: 406,
    }),
  ),
  ...[
    'application/jsonx',
    'text/plain',
    'application/graphql',
    'application/json; charset=utf-16',
    'application/xml',
  ].map((type) =>
    protocolPost(`Content-Type: ${type}`, { 'content-type': type }, CREATE_BODY(), {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
    }),
  ),
  ...['gzip', 'deflate', 'br'].map((encoding) =>
    protocolPost(
      `Content-Encoding: ${encoding}`,
      { ...JSON_TYPE, 'content-encoding': encoding },
      gzipSync(CREATE_BODY()),
      { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 },
    ),
  ),
  ...['null', '42', 'true', '"mutation { x }"', '[]', `[${CREATE_BODY()}]`, '{"query": 42}'].map(
    (body) =>
      protocolPost(`a body of ${body.slice(0, 40)}`, JSON_TYPE, body, {
        code: 'BAD_REQUEST',
        status: 400,
      }),
  ),
  ...['{"query": "mutation', '{query: "{ me { username } }"}', '\u0000', "{'query': 1}"].map(
    (body) =>
      protocolPost(`invalid JSON ${JSON.stringify(body)}`, JSON_TYPE, body, {
        code: 'BAD_REQUEST',
        status: 400,
      }),
  ),
  protocolPost(
    'a form post of a mutation',
    { 'content-type': 'application/x-www-form-urlencoded' },
    `query=${encodeURIComponent('mutation { __typename }')}`,
    { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 },
  ),
  protocolPost(
    'a multipart post of a mutation without a boundary',
    { 'content-type': 'multipart/form-data' },
    `--hostile\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${CREATE_BODY()}\r\n--hostile--\r\n`,
    { code: 'UNSUPPORTED_MEDIA_TYPE', status: 415 },
  ),
  {
    name: 'a mutation sent by GET',
    class: 'protocol',
    doors: BOTH,
    request: {
      raw: {
        method: 'GET',
        user: 'agent.320100',
        headers: { accept: 'application/json' },
        search: `?query=${encodeURIComponent('mutation { __typename }')}`,
      },
    },
    expect: { code: 'BAD_REQUEST', status: 405 },
  },
];

// ---------------------------------------------------------------------------------------
// Query limits, refused before the token is looked at.

function nestedFragments(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, level) =>
      `fragment F${level} on Division { parent { ...F${level + 1} } children { ...F${level + 1} } }`,
  );
  return [
    `query { division(code: "320106") { ...F0 } }`,
    ...fragments,
    `fragment F${levels} on Division { code }`,
  ].join('\n');
}

const RESPONSE_TYPE = { accept: 'application/graphql-response+json' };
const page = `tickets(first: 100) { nodes { id number title content status urgency overdue reply dueAt closedAt division { code name parent { code name parent { code name children { code name level } } } } } }`;

const LIMITS: readonly [string, string, string][] = [
  ['30 levels of nested fragments', nestedFragments(30), 'QUERY_TOO_DEEP'],
  ['20 levels of nested fragments', nestedFragments(20), 'QUERY_TOO_DEEP'],
  [
    'depth 15',
    `{ division(code: "320106") { ${'parent { '.repeat(14)}code${' }'.repeat(14)} } }`,
    'QUERY_TOO_DEEP',
  ],
  [
    'depth 200',
    `{ division(code: "320106") { ${'parent { '.repeat(199)}code${' }'.repeat(199)} } }`,
    'QUERY_TOO_DEEP',
  ],
  // Aliases of __typename are free (graphql-armor's allow-list): these alias real fields.
  [
    '100 aliases',
    `{ ${Array.from({ length: 100 }, (_, index) => `a${index}: me { username }`).join(' ')} }`,
    'TOO_MANY_ALIASES',
  ],
  [
    '1000 aliases (over the token limit first)',
    `{ ${Array.from({ length: 1000 }, (_, index) => `a${index}: me { username }`).join(' ')} }`,
    'TOO_MANY_TOKENS',
  ],
  [
    '41 aliased writes',
    `mutation { ${Array.from({ length: 41 }, (_, index) => `w${index}: createTicket(input: { division: "320106", channel: PHONE, intakeClass: COMPLAINT, categoryCode: "010202", title: "别名", content: "别名", caller: { name: "李四", phone: "13900001111" }, location: { address: "中山北路" } }) { id }`).join(' ')} }`,
    'TOO_MANY_ALIASES',
  ],
  [
    '3100 tokens',
    `{ ${Array.from({ length: 3_100 }, () => '__typename').join(' ')} }`,
    'TOO_MANY_TOKENS',
  ],
  [
    '21 directives',
    `{ me { ${Array.from({ length: 21 }, () => 'username @include(if: true)').join(' ')} } }`,
    'TOO_MANY_DIRECTIVES',
  ],
  [
    'five pages of 100 tickets with their ancestry',
    `{ ${Array.from({ length: 5 }, (_, index) => `p${index}: ${page}`).join(' ')} }`,
    'QUERY_TOO_COSTLY',
  ],
];

const limits: CorpusCase[] = LIMITS.flatMap(([label, query, code]) =>
  [undefined, 'agent.320100'].map((user) => ({
    name: `${label} ${user ? 'with a token' : 'without a token'}`,
    class: 'query limits' as const,
    doors: BOTH,
    request: { graphql: { ...(user ? { user } : {}), query, headers: RESPONSE_TYPE } },
    expect: { code, status: 400 },
  })),
);

// ---------------------------------------------------------------------------------------
// Tokens: missing, garbage, expired, forged.

const TOKEN_DEFECTS = [
  'none',
  'garbage',
  'expired',
  'tampered',
  'unsigned',
  'basic',
  'future',
] as const;

const tokens: CorpusCase[] = TOKEN_DEFECTS.flatMap((token) =>
  [
    ['createTicket', CREATE_TICKET, () => ({ input: ticketInput() })],
    ['tickets', `{ tickets { nodes { id } } }`, () => ({})],
  ].map(([label, query, variables]) => ({
    name: `${String(label)} with token: ${token}`,
    class: 'tokens' as const,
    doors: BOTH,
    request: {
      graphql: {
        token,
        query: query as string,
        variables: variables as () => Record<string, unknown>,
        headers: RESPONSE_TYPE,
      },
    },
    expect: { code: 'UNAUTHENTICATED', status: 401 },
  })),
);

// ---------------------------------------------------------------------------------------
// Every write of a record sent straight to a node that does not own it: the province, the
// ministry and the other city, each about a record of 南京 (320100).

/** A well-formed value for every required input field, naming a record of 南京. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type)) value[field.name] = sample(field.type, field.name);
    }
    return value;
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2030-01-01T00:00:00Z';
    case 'IdempotencyKey':
      return randomUUID();
    default:
      if (name === 'division') return '320106';
      if (name === 'id' || name.endsWith('Id')) return `320100-${randomUUID()}`;
      return '测试文本内容';
  }
}

const RECORD_TYPES = new Set(['HotlineTicket', 'CaseReport', 'EnforcementRecord']);
const recordWrites = Object.values(buildSchema(typeDefs).getMutationType()!.getFields()).filter(
  (field) => RECORD_TYPES.has(getNamedType(field.type).name),
);

/**
 * Who sends the write to each node: at the other city, a user who may create the record
 * there (else the role is refused first, rightly); elsewhere its supervisor or analyst.
 */
const SENDERS: Record<string, (write: string) => string> = {
  '320000': () => 'supervisor.320000',
  '000000': () => 'analyst.000000',
  '320200': (write) =>
    ({ createTicket: 'agent.320200', reportCase: 'dispatcher.320200' })[write] ??
    (write === 'fileEnforcementCase' ? 'officer.320200' : 'supervisor.320200'),
};

const notOwner: CorpusCase[] = Object.entries(SENDERS).flatMap(([node, sender]) =>
  recordWrites.map((write) => {
    const user = sender(write.name);
    const args = write.args.filter((arg) => isNonNullType(arg.type));
    const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return {
      name: `${write.name} of a record of 320100 sent to ${node}`,
      class: 'not owner' as const,
      doors: NODE_ONLY,
      node,
      request: {
        graphql: {
          user,
          query:
            args.length === 0
              ? `mutation { ${write.name} { __typename } }`
              : `mutation (${declared}) { ${write.name}(${passed}) { __typename } }`,
          variables: () =>
            Object.fromEntries(args.map((arg) => [arg.name, sample(arg.type, arg.name)])),
        },
      },
      expect: { code: 'NOT_OWNER' },
    };
  }),
);

export const CORPUS: readonly CorpusCase[] = [
  ...notOwner,
  ...freeText,
  ...dates,
  ...numbers,
  ...cursors,
  ...ids,
  ...enums,
  ...protocol,
  ...limits,
  ...tokens,
];
