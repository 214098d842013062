import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketsWarnedAhead } from '../support/deadline-rules-file.js';
import { startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { openSubscription } from '../support/sse-subscription.js';
import type { SseSubscription } from '../support/sse-subscription.js';

/**
 * Live ticket updates through the real gateway over real HTTP (GraphQL over SSE): a unit
 * hears of a ticket dispatched to it, nobody outside its inbox does, a stream resumed
 * after the last position it was sent replays what it missed once, and every refusal has
 * the code a query would get. No timing is asserted: an event that never comes fails the
 * test by its timeout, and "not received" is shown by order (a later event the user may see
 * arrives first).
 */

const INBOX = /* GraphQL */ `
  subscription ($after: String) {
    inboxChanged(after: $after) {
      position
      change
      ticketId
      ticket {
        id
        status
        leadUnit {
          code
        }
      }
    }
  }
`;

const RECORD = /* GraphQL */ `
  subscription ($id: ID!, $after: String) {
    recordChanged(id: $id, after: $after) {
      position
      ticket {
        id
        status
      }
    }
  }
`;

const CASE_INBOX = /* GraphQL */ `
  subscription ($after: String) {
    caseInboxChanged(after: $after) {
      position
      change
      caseId
      case {
        id
        status
        handlingUnit
      }
    }
  }
`;

interface CaseEvent {
  position: string;
  change: string;
  caseId: string;
  case: { id: string; status: string; handlingUnit: string | null } | null;
}

interface TicketEvent {
  position: string;
  change?: string;
  ticketId?: string;
  ticket: { id: string; status: string; leadUnit?: { code: string } | null } | null;
}

interface Ticket {
  id: string;
  version: number;
}

/** The input type of each case step the tests take. */
const CASE_INPUTS: Record<string, string> = {
  fileCase: 'CaseActionInput',
  dispatchCase: 'DispatchCaseInput',
  startHandlingCase: 'CaseActionInput',
  reportBackCase: 'ReportBackCaseInput',
};

describe('live ticket updates through the gateway', () => {
  let federation: TestFederation;
  const open: SseSubscription<unknown>[] = [];

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100', '320200'] });
  });

  afterAll(async () => {
    for (const stream of open) await stream.close();
    await federation?.close();
  });

  async function subscribe<T>(
    username: string | undefined,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<SseSubscription<T>> {
    const stream = await openSubscription<T>(
      federation.gateway.graphqlUrl,
      username === undefined ? undefined : federation.token(username),
      query,
      variables,
    );
    open.push(stream as SseSubscription<unknown>);
    return stream;
  }

  async function eventOf(stream: SseSubscription<{ inboxChanged: TicketEvent }>) {
    const result = await stream.next();
    expect(result?.errors, JSON.stringify(result?.errors)).toBeUndefined();
    return result!.data!.inboxChanged;
  }

  async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
    const answer = await response;
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  }

  async function createTicket(city = '320100', district = '320106'): Promise<Ticket> {
    const data = await ok(
      federation.query<{ createTicket: Ticket }>(
        federation.token(`agent.${city}`),
        `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id version } }`,
        {
          input: {
            division: district,
            channel: 'PHONE',
            intakeClass: 'COMPLAINT',
            categoryCode: '010101',
            title: '人行道占道经营',
            content: '早晚高峰流动摊贩占用人行道。',
            caller: { name: '张三', phone: '13812345678' },
          },
        },
      ),
    );
    return data.createTicket;
  }

  async function dispatch(ticket: Ticket, leadUnit: string, city = '320100'): Promise<Ticket> {
    const data = await ok(
      federation.query<{ dispatchTicket: Ticket }>(
        federation.token(`dispatcher.${city}`),
        `mutation ($input: DispatchTicketInput!) { dispatchTicket(input: $input) { id version } }`,
        { input: { id: ticket.id, version: ticket.version, leadUnit } },
      ),
    );
    return data.dispatchTicket;
  }

  /** A unit's step on a ticket: signFor, startHandling, replyTo (TicketActionInput and more). */
  async function act(
    field: string,
    inputType: string,
    ticket: Ticket,
    unit: string,
    extra: Record<string, unknown> = {},
  ): Promise<Ticket> {
    const data = await ok(
      federation.query<Record<string, Ticket>>(
        federation.token(unit),
        `mutation ($input: ${inputType}!) { ${field}(input: $input) { id version } }`,
        { input: { id: ticket.id, version: ticket.version, ...extra } },
      ),
    );
    return data[field]!;
  }

  /** Waits (bounded turns, no timing asserted) until the node's sealer gave every change a position. */
  async function untilSealed(division: string): Promise<void> {
    for (let turn = 0; turn < 200; turn += 1) {
      const unsealed = await federation
        .database(division)
        .selectFrom('change_log')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('position', 'is', null)
        .executeTakeFirstOrThrow();
      if (Number(unsealed.count) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`the change log of ${division} was not sealed in 200 turns`);
  }

  /** A case step as `user`, from the case's id and version (and what else the step takes). */
  async function caseStep(
    user: string,
    mutation: string,
    current: Ticket,
    extra: Record<string, unknown> = {},
  ): Promise<Ticket> {
    const data = await ok(
      federation.query<Record<string, Ticket>>(
        federation.token(user),
        `mutation ($input: ${CASE_INPUTS[mutation]}!) { ${mutation}(input: $input) { id version } }`,
        { input: { id: current.id, version: current.version, ...extra } },
      ),
    );
    return data[mutation]!;
  }

  /** A case reported by the inspector, filed and dispatched to `unit` (派遣). */
  async function dispatchedCase(unit: string): Promise<Ticket> {
    const reported = await ok(
      federation.query<{ reportCase: Ticket }>(
        federation.token('inspector.320100'),
        `mutation ($input: ReportCaseInput!) { reportCase(input: $input) { id version } }`,
        {
          input: {
            division: '320106',
            source: 'INSPECTOR',
            type: 'EVENT',
            majorClass: 'CITY_APPEARANCE',
            minorCode: '0101',
            description: '中山路人行道暴露垃圾，约两立方米',
            gridCell: '320100-g001',
          },
        },
      ),
    );
    const filed = await caseStep('dispatcher.320100', 'fileCase', reported.reportCase);
    return caseStep('dispatcher.320100', 'dispatchCase', filed, { handlingUnit: unit });
  }

  const signFor = (ticket: Ticket, unit: string) =>
    act('signForTicket', 'TicketActionInput', ticket, unit);

  it('sends a unit the ticket dispatched to it, and nothing to another unit or city', async () => {
    const cg = await subscribe<{ inboxChanged: TicketEvent }>('unit-cg.320100', INBOX);
    const sw = await subscribe<{ inboxChanged: TicketEvent }>('unit-sw.320100', INBOX);
    const otherCity = await subscribe<{ inboxChanged: TicketEvent }>('unit-cg.320200', INBOX);
    expect([cg.status, sw.status, otherCity.status]).toEqual([200, 200, 200]);

    const ticket = await dispatch(await createTicket(), '320100-cg');
    const event = await eventOf(cg);
    expect(event.change).toBe('ENTERED');
    expect(event.ticketId).toBe(ticket.id);
    expect(event.ticket).toEqual({
      id: ticket.id,
      status: 'DISPATCHED',
      leadUnit: { code: '320100-cg' },
    });
    expect(event.position).toMatch(/^[1-9]\d*$/);

    // Written after the first ticket: were the first one sent to them, it would come first.
    const forSw = await dispatch(await createTicket(), '320100-sw');
    expect((await eventOf(sw)).ticket?.id).toBe(forSw.id);
    const forOtherCity = await dispatch(
      await createTicket('320200', '320205'),
      '320200-cg',
      '320200',
    );
    expect((await eventOf(otherCity)).ticket?.id).toBe(forOtherCity.id);
  });

  it('tells a unit what entered its inbox, what changed in it and what left it', async () => {
    const cg = await subscribe<{ inboxChanged: TicketEvent }>('unit-cg.320100', INBOX);
    const ticket = await dispatch(await createTicket(), '320100-cg');
    expect(await eventOf(cg)).toMatchObject({
      change: 'ENTERED',
      ticket: { status: 'DISPATCHED' },
    });
    const signed = await signFor(ticket, 'unit-cg.320100');
    expect(await eventOf(cg)).toMatchObject({
      change: 'UPDATED',
      ticket: { status: 'SIGNED_FOR' },
    });
    const handling = await act(
      'startHandlingTicket',
      'TicketActionInput',
      signed,
      'unit-cg.320100',
    );
    expect(await eventOf(cg)).toMatchObject({
      change: 'UPDATED',
      ticket: { status: 'IN_PROGRESS' },
    });
    // Replied: still the unit's to read (its lead unit), no longer waiting for it.
    await act('replyToTicket', 'AnswerTicketInput', handling, 'unit-cg.320100', {
      reply: '已清理占道摊位。',
      resolution: 'RESOLVED',
    });
    expect(await eventOf(cg)).toMatchObject({
      change: 'LEFT',
      ticketId: ticket.id,
      ticket: { id: ticket.id, status: 'REPLIED' },
    });
    // Returned (退单) by the unit: it leaves; redispatched to another unit, it enters that one's.
    const sw = await subscribe<{ inboxChanged: TicketEvent }>('unit-sw.320100', INBOX);
    const second = await dispatch(await createTicket(), '320100-cg');
    expect(await eventOf(cg)).toMatchObject({ change: 'ENTERED', ticketId: second.id });
    const returned = await act('returnTicket', 'TicketReasonInput', second, 'unit-cg.320100', {
      reason: '不属于本单位职责，应由水务部门处理。',
    });
    expect(await eventOf(cg)).toMatchObject({
      change: 'LEFT',
      ticket: { id: second.id, status: 'RETURNED' },
    });
    const redispatched = await ok(
      federation.query<{ redispatchTicket: Ticket }>(
        federation.token('dispatcher.320100'),
        `mutation ($input: DispatchTicketInput!) { redispatchTicket(input: $input) { id version } }`,
        { input: { id: returned.id, version: returned.version, leadUnit: '320100-sw' } },
      ),
    );
    expect(await eventOf(sw)).toMatchObject({
      change: 'ENTERED',
      ticket: { id: redispatched.redispatchTicket.id, status: 'DISPATCHED' },
    });
  });

  it('replays what a unit missed while away, once, when it resumes after its last position', async () => {
    const first = await subscribe<{ inboxChanged: TicketEvent }>('unit-cg.320100', INBOX);
    const seen = await dispatch(await createTicket(), '320100-cg');
    const last = await eventOf(first);
    expect(last.ticketId).toBe(seen.id);
    await first.close();

    const missed = await dispatch(await createTicket(), '320100-cg');
    // Sealed before resuming: a stream started "from now" would then begin after it.
    await untilSealed('320100');
    const resumed = await subscribe<{ inboxChanged: TicketEvent }>('unit-cg.320100', INBOX, {
      after: last.position,
    });
    const replayed = await eventOf(resumed);
    // Judged against the inbox as it stood before that write: it came in then.
    expect(replayed).toMatchObject({ change: 'ENTERED', ticketId: missed.id });
    expect(BigInt(replayed.position)).toBeGreaterThan(BigInt(last.position));
    // Live again: the next write is the next event, with no second copy of the replayed one.
    const signed = await signFor(seen, 'unit-cg.320100');
    const live = await eventOf(resumed);
    expect(live).toMatchObject({
      change: 'UPDATED',
      ticket: { id: signed.id, status: 'SIGNED_FOR' },
    });
  });

  it('follows one ticket the user may read, and refuses one they may not as if it were missing', async () => {
    const ticket = await dispatch(await createTicket(), '320100-cg');
    const stream = await subscribe<{ recordChanged: TicketEvent }>('unit-cg.320100', RECORD, {
      id: ticket.id,
    });
    await signFor(ticket, 'unit-cg.320100');
    const result = await stream.next();
    expect(result?.errors, JSON.stringify(result?.errors)).toBeUndefined();
    expect(result?.data?.recordChanged.ticket).toEqual({ id: ticket.id, status: 'SIGNED_FOR' });

    const outOfScope = await (
      await subscribe<{ recordChanged: TicketEvent }>('unit-sw.320100', RECORD, { id: ticket.id })
    ).next();
    const missing = await (
      await subscribe<{ recordChanged: TicketEvent }>('unit-sw.320100', RECORD, {
        id: '320100-00000000-0000-4000-8000-000000000000',
      })
    ).next();
    expect(outOfScope?.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(missing?.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(outOfScope?.errors?.[0]?.message.replace(ticket.id, '?')).toBe(
      missing?.errors?.[0]?.message.replace('320100-00000000-0000-4000-8000-000000000000', '?'),
    );
  });

  it("streams a unit's case inbox: a dispatched case enters, handling updates it, reporting back takes it out", async () => {
    const cg = await subscribe<{ caseInboxChanged: CaseEvent }>('unit-cg.320100', CASE_INBOX);
    const sw = await subscribe<{ caseInboxChanged: CaseEvent }>('unit-sw.320100', CASE_INBOX);
    const caseEventOf = async (stream: SseSubscription<{ caseInboxChanged: CaseEvent }>) => {
      const result = await stream.next();
      expect(result?.errors, JSON.stringify(result?.errors)).toBeUndefined();
      return result!.data!.caseInboxChanged;
    };
    const forCg = await dispatchedCase('320100-cg');
    expect(await caseEventOf(cg)).toEqual({
      change: 'ENTERED',
      caseId: forCg.id,
      case: { id: forCg.id, status: 'DISPATCHED', handlingUnit: '320100-cg' },
      position: expect.stringMatching(/^[1-9]\d*$/),
    });
    const started = await caseStep('unit-cg.320100', 'startHandlingCase', forCg);
    expect(await caseEventOf(cg)).toMatchObject({
      change: 'UPDATED',
      case: { status: 'HANDLING' },
    });
    await caseStep('unit-cg.320100', 'reportBackCase', started, { result: '已清运完毕。' });
    expect(await caseEventOf(cg)).toMatchObject({
      change: 'LEFT',
      caseId: forCg.id,
      case: { status: 'REPORTED' },
    });
    // Written after all of 320100-cg's: were any of them sent to 320100-sw, it would come first.
    const forSw = await dispatchedCase('320100-sw');
    expect(await caseEventOf(sw)).toMatchObject({ change: 'ENTERED', caseId: forSw.id });

    const notAUnit = await (await subscribe('dispatcher.320100', CASE_INBOX)).next();
    expect(notAUnit?.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses a subscription without a token, or with a bad position, with the codes a query gets', async () => {
    const anonymous = await (await subscribe(undefined, INBOX)).next();
    expect(anonymous?.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const query = await federation.query(undefined, '{ ticketInbox { nodes { id } } }');
    expect(query.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const badAfter = await (
      await subscribe('unit-cg.320100', INBOX, { after: 'yesterday' })
    ).next();
    expect(badAfter?.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const noUnit = await (await subscribe('dispatcher.320100', INBOX)).next();
    expect(noUnit?.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const notAnId = await (await subscribe('unit-cg.320100', RECORD, { id: 'ticket-1' })).next();
    expect(notAnId?.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // Another city's record: refused by the gateway as `ticket(id)` is.
    const elsewhere = '320200-00000000-0000-4000-8000-000000000000';
    const otherCity = await (await subscribe('unit-cg.320100', RECORD, { id: elsewhere })).next();
    const read = await federation.query(
      federation.token('unit-cg.320100'),
      `{ ticket(id: "${elsewhere}") { id } }`,
    );
    expect(otherCity?.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(read.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('live ticket updates when a node or the gateway closes', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100', '320200'] });
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('completes the open streams of a closing node, then those of a closing gateway', async () => {
    const subscribe = (username: string) =>
      openSubscription<{ inboxChanged: TicketEvent }>(
        federation.gateway.graphqlUrl,
        federation.token(username),
        INBOX,
      );
    const ofStoppedNode = await subscribe('unit-cg.320100');
    const ofClosedGateway = await subscribe('unit-cg.320200');
    expect([ofStoppedNode.status, ofClosedGateway.status]).toEqual([200, 200]);

    await federation.stopNode('320100');
    // Completed, not cut off: next() throws for a connection that ends without `complete`.
    await expect(ofStoppedNode.next()).resolves.toBeUndefined();

    await federation.gateway.close();
    await expect(ofClosedGateway.next()).resolves.toBeUndefined();
  });
});

/** 南京 warns 30 working days ahead, so every ticket is due soon whenever the test runs. */
const rulesFile = ticketsWarnedAhead(30);

describe('due-soon warnings on a live inbox', () => {
  let federation: TestFederation;
  const open: SseSubscription<unknown>[] = [];

  beforeAll(async () => {
    federation = await startFederation({
      cities: ['320100'],
      environment: { '320100': { DEADLINE_RULES_FILE: rulesFile, DUE_SOON_CHECK_MS: '100' } },
    });
  });

  afterAll(async () => {
    for (const stream of open) await stream.close();
    await federation?.close();
  });

  async function inbox(unit: string) {
    const stream = await openSubscription<{ inboxChanged: TicketEvent }>(
      federation.gateway.graphqlUrl,
      federation.token(unit),
      INBOX,
    );
    open.push(stream as SseSubscription<unknown>);
    return stream;
  }

  async function nextEvent(stream: SseSubscription<{ inboxChanged: TicketEvent }>) {
    const result = await stream.next();
    expect(result?.errors, JSON.stringify(result?.errors)).toBeUndefined();
    return result!.data!.inboxChanged;
  }

  async function dispatched(unit: string): Promise<Ticket> {
    const made = await federation.query<{ createTicket: Ticket }>(
      federation.token('agent.320100'),
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id version } }`,
      {
        input: {
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '井盖破损',
          content: '人行道井盖破损，行人易绊倒。',
          caller: { name: '王五', phone: '13700001111' },
        },
      },
    );
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const sent = await federation.query<{ dispatchTicket: Ticket }>(
      federation.token('dispatcher.320100'),
      `mutation ($input: DispatchTicketInput!) { dispatchTicket(input: $input) { id version } }`,
      { input: { ...made.data!.createTicket, leadUnit: unit } },
    );
    expect(sent.errors, JSON.stringify(sent.errors)).toBeUndefined();
    return sent.data!.dispatchTicket;
  }

  it('warns once of a ticket that is due soon, beside its arrival, and not again on a later write', async () => {
    const cg = await inbox('unit-cg.320100');
    const ticket = await dispatched('320100-cg');
    // Its arrival (a write) and its warning (a look) come in either order.
    const two = [await nextEvent(cg), await nextEvent(cg)];
    expect(two.map((event) => event.change).sort()).toEqual(['DUE_SOON', 'ENTERED']);
    for (const event of two) expect(event.ticketId).toBe(ticket.id);
    const warning = two.find((event) => event.change === 'DUE_SOON')!;
    expect(warning.ticket).toMatchObject({ id: ticket.id, status: 'DISPATCHED' });
    expect(warning.position).toMatch(/^\d+$/);

    // Looked for every 100 ms all the while: a second warning would come before this write's event.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signed = await federation.query(
      federation.token('unit-cg.320100'),
      `mutation ($input: TicketActionInput!) { signForTicket(input: $input) { id } }`,
      { input: { id: ticket.id, version: ticket.version } },
    );
    expect(signed.errors, JSON.stringify(signed.errors)).toBeUndefined();
    expect(await nextEvent(cg)).toMatchObject({
      change: 'UPDATED',
      ticket: { status: 'SIGNED_FOR' },
    });
  });

  it('warns a stream as it opens of each ticket of its inbox already due soon', async () => {
    const ticket = await dispatched('320100-sw');
    const sw = await inbox('unit-sw.320100');
    // Its dispatch, if not sealed yet when the stream opened, is sent too (ENTERED), in either order.
    let first = await nextEvent(sw);
    if (first.change === 'ENTERED') first = await nextEvent(sw);
    expect(first).toMatchObject({ change: 'DUE_SOON', ticketId: ticket.id });
  });
});
