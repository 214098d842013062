import { request as httpRequest } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';
import { CORPUS } from './hostile-corpus/cases.js';
import type { CorpusCase, Door, Fixtures, GraphQLRequest } from './hostile-corpus/cases.js';

// The hostile-input corpus (hostile-corpus/cases.ts), each case at each of its doors: the
// refusal it must get, nothing of the server's insides in the answer, nothing stored at any
// node. Refusals are not audited (only reads of personal data are, which a refused request
// never reaches), so the audit log counts among what must not grow.

interface Raw {
  status: number;
  text: string;
}

function send(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string | Buffer,
): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      {
        method,
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** What must never reach a client: stacks, SQL, file paths, the parser's own words. */
const LEAKS: readonly RegExp[] = [
  /originalError/,
  /"stack"|\n\s+at |\bat [\w.<>]+ \(/,
  /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b/i,
  /relation "|syntax error at|violates .* constraint/,
  /\/work\/|node_modules|\.[tj]s:\d+/,
  /INTERNAL_SERVER_ERROR|Unexpected error/,
];

/** Every table a write of any kind touches, counted at every node. */
const WRITTEN_TABLES = [
  'hotline_ticket',
  'case_report',
  'enforcement_record',
  'supervision_order',
  'supervision_step',
  'directive',
  'directive_step',
  'calendar_day',
  'record_history',
  'change_log',
  'idempotency_key',
  'audit_log',
];

const NODES = ['000000', '320000', '320100', '320200'];

const CREATE = `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id version } }`;
const TICKET = {
  division: '320106',
  channel: 'PHONE',
  intakeClass: 'COMPLAINT',
  categoryCode: '010202',
  title: '路口井盖缺失',
  content: '中山北路与湖南路路口东南角井盖缺失。',
  caller: { name: '李四', phone: '13900001111' },
  location: { address: '鼓楼区中山北路100号' },
};

describe('hostile-input corpus', () => {
  let federation: TestFederation;
  let fixtures: Fixtures;

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100', '320200'],
    });
    const created = await federation.query<{ createTicket: { id: string; version: number } }>(
      federation.token('agent.320100'),
      CREATE,
      { input: TICKET },
    );
    expect(created.errors).toBeUndefined();
    const dispatchedTicket = async () => {
      const another = await federation.query<{ createTicket: { id: string; version: number } }>(
        federation.token('agent.320100'),
        CREATE,
        { input: { ...TICKET, title: '人行道占道经营' } },
      );
      const dispatched = await federation.query<{
        dispatchTicket: { id: string; version: number };
      }>(
        federation.token('dispatcher.320100'),
        `mutation ($input: DispatchTicketInput!) { dispatchTicket(input: $input) { id version } }`,
        { input: { ...another.data!.createTicket, leadUnit: '320100-cg' } },
      );
      expect(dispatched.errors).toBeUndefined();
      return dispatched.data!.dispatchTicket;
    };
    let handling = await dispatchedTicket();
    for (const action of ['signForTicket', 'startHandlingTicket']) {
      const acted = await federation.query<Record<string, { id: string; version: number }>>(
        federation.token('unit-cg.320100'),
        `mutation ($input: TicketActionInput!) { ${action}(input: $input) { id version } }`,
        { input: handling },
      );
      expect(acted.errors).toBeUndefined();
      handling = acted.data![action]!;
    }
    fixtures = {
      ticket: created.data!.createTicket,
      dispatched: await dispatchedTicket(),
      handling,
    };
  });

  afterAll(async () => {
    await federation?.close();
  });

  /** Row counts of every written table at every node. */
  async function stored(): Promise<Record<string, Record<string, number>>> {
    const result: Record<string, Record<string, number>> = {};
    for (const node of NODES) {
      const db = federation.database(node);
      const { rows: present } = await sql<{ name: string }>`
        SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema()`.execute(db);
      const names = new Set(present.map((row) => row.name));
      const counts: Record<string, number> = {};
      for (const table of WRITTEN_TABLES.filter((name) => names.has(name))) {
        const filter = table === 'audit_log' ? sql`WHERE action <> 'personal-data.read'` : sql``;
        const { rows } = await sql<{ n: string }>`
          SELECT count(*) AS n FROM ${sql.table(table)} ${filter}`.execute(db);
        counts[table] = Number(rows[0]!.n);
      }
      result[node] = counts;
    }
    return result;
  }

  function credential(request: GraphQLRequest | { user?: string }): Record<string, string> {
    const token = 'token' in request ? request.token : undefined;
    if (!token) {
      return request.user ? { authorization: `Bearer ${federation.token(request.user)}` } : {};
    }
    const real = federation.token('agent.320100');
    const [header, payload] = real.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as object;
    const now = Math.floor(Date.now() / 1000);
    const bearer = {
      none: undefined,
      garbage: 'not-a-token',
      expired: federation.identity.issueToken('agent.320100', { exp: now - 60, iat: now - 3600 }),
      tampered: `${header}.${Buffer.from(JSON.stringify({ ...claims, division: '000000' })).toString('base64url')}.${real.split('.')[2]}`,
      unsigned: `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`,
      basic: undefined,
      future: federation.identity.issueToken('agent.320100', { nbf: now + 3600 }),
    }[token];
    if (token === 'basic') return { authorization: 'Basic YWdlbnQ6cGFzc3dvcmQ=' };
    return bearer ? { authorization: `Bearer ${bearer}` } : {};
  }

  function urlOf(door: Door, testCase: CorpusCase): string {
    return door === 'gateway'
      ? federation.gateway.graphqlUrl
      : federation.nodeUrl(testCase.node ?? '320100');
  }

  async function sendCase(door: Door, testCase: CorpusCase): Promise<Raw> {
    const url = urlOf(door, testCase);
    if ('graphql' in testCase.request) {
      const request = testCase.request.graphql;
      return send(
        url,
        'POST',
        { 'content-type': 'application/json', ...credential(request), ...request.headers },
        JSON.stringify({ query: request.query, variables: request.variables?.(fixtures) ?? {} }),
      );
    }
    const raw = testCase.request.raw;
    return send(
      `${url}${raw.search ?? ''}`,
      raw.method,
      { ...credential(raw), ...raw.headers },
      raw.body,
    );
  }

  const runs = CORPUS.flatMap((testCase) =>
    testCase.doors.map((door) => ({ door, testCase, label: `${door}: ${testCase.name}` })),
  );

  it('holds at least 200 cases, counted at each door', () => {
    expect(runs.length).toBeGreaterThanOrEqual(200);
    const classes = new Set(CORPUS.map((testCase) => testCase.class));
    expect(classes.size).toBe(10);
  });

  it('sees a write in its row counts (the control: the guard "nothing stored" can fail)', async () => {
    const before = await stored();
    const created = await federation.query(federation.token('agent.320100'), CREATE, {
      input: { ...TICKET, title: '对照' },
    });
    expect(created.errors).toBeUndefined();
    const after = await stored();
    expect(after['320100']!['hotline_ticket']).toBe(before['320100']!['hotline_ticket']! + 1);
    expect(after['320100']!['change_log']).toBeGreaterThan(before['320100']!['change_log']!);
    expect(after['320100']!['audit_log']).toBeGreaterThan(before['320100']!['audit_log']!);
  });

  const classes = [...new Set(CORPUS.map((testCase) => testCase.class))];
  for (const name of classes) {
    describe(name, () => {
      // A loop, not it.each: it.each would cut a long case name short in the report.
      for (const { door, testCase, label } of runs.filter((run) => run.testCase.class === name)) {
        it(label, async () => {
          const before = await stored();
          const raw = await sendCase(door, testCase);
          for (const leak of LEAKS) expect(raw.text, raw.text.slice(0, 500)).not.toMatch(leak);
          const body = JSON.parse(raw.text) as {
            errors?: { message: string; extensions?: Record<string, unknown> }[];
          };
          const first = body.errors?.[0]?.extensions;
          expect(
            {
              code: first?.['code'],
              ...(testCase.expect.field ? { field: first?.['field'] } : {}),
              ...(testCase.expect.status ? { status: raw.status } : {}),
            },
            raw.text.slice(0, 500),
          ).toEqual(testCase.expect);
          expect(body.errors?.map((error) => error.extensions?.['code'])).not.toContain(
            'INTERNAL_SERVER_ERROR',
          );
          expect(await stored()).toEqual(before);
        });
      }
    });
  }
});
