import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncConsumer } from '@city-ops/core';
import { drain, startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import { openSubscription } from '../support/sse-subscription.js';
import type { SseSubscription } from '../support/sse-subscription.js';

/**
 * Supervision orders arriving live at a city, through the real gateway over real HTTP
 * (GraphQL over SSE), the province's orders carried down by a real sync consumer: the
 * command centre hears of each order the province issues and of each one it sends back,
 * a unit of each order assigned to it and of none before, a stream resumed after the
 * last position it was sent replays what arrived since once, and every refusal has the
 * code a query would get. No timing is asserted: an event that never comes fails the test
 * by its timeout, and "not received" is shown by order (a later event the user may see
 * arrives first).
 */

const ARRIVED = /* GraphQL */ `
  subscription ($division: String, $after: String) {
    supervisionOrderArrived(division: $division, after: $after) {
      position
      arrival
      order {
        id
        state
        handlingUnit
      }
    }
  }
`;

interface ArrivalEvent {
  position: string;
  arrival: 'ISSUED' | 'RETURNED' | 'ASSIGNED';
  order: { id: string; state: string; handlingUnit: string | null };
}

type Arrivals = SseSubscription<{ supervisionOrderArrived: ArrivalEvent }>;

describe('supervision orders arriving live at a city, through the gateway', () => {
  let federation: TestFederation;
  let toCity: SyncConsumer;
  let toProvince: SyncConsumer;
  let ticketId: string;
  const open: SseSubscription<unknown>[] = [];

  const sync = async () => {
    await drain(toProvince, ['320100'], federation);
    await drain(toCity, ['320000'], federation);
  };

  async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
    const answer = await response;
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!;
  }

  async function subscribe(
    username: string | undefined,
    variables: Record<string, unknown> = {},
    url = federation.gateway.graphqlUrl,
  ): Promise<Arrivals> {
    const stream = await openSubscription<{ supervisionOrderArrived: ArrivalEvent }>(
      url,
      username === undefined ? undefined : federation.token(username),
      ARRIVED,
      variables,
    );
    open.push(stream as SseSubscription<unknown>);
    return stream;
  }

  async function eventOf(stream: Arrivals): Promise<ArrivalEvent> {
    const result = await stream.next();
    expect(result?.errors, JSON.stringify(result?.errors)).toBeUndefined();
    return result!.data!.supervisionOrderArrived;
  }

  async function refusal(username: string | undefined, variables = {}, url?: string) {
    const stream = await subscribe(username, variables, url);
    const result = await stream.next();
    expect(result?.data ?? null).toBeNull();
    return result?.errors?.[0]?.extensions?.['code'];
  }

  /** The province issues an order on the ticket, and it is carried down to the city. */
  async function issue(): Promise<string> {
    const data = await ok(
      federation.query<{ issueSupervisionOrder: { id: string } }>(
        federation.token('supervisor.320000'),
        `mutation ($input: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $input) { id } }`,
        {
          input: {
            recordId: ticketId,
            recordKind: 'HOTLINE_TICKET',
            level: 'ROUTINE',
            deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
            instructions: '请于五个工作日内办结并反馈。',
          },
        },
      ),
    );
    await sync();
    return data.issueSupervisionOrder.id;
  }

  /** A step on an order (签收, 交办, 反馈, 退回) by `user`, then a sync both ways. */
  async function step(
    field: string,
    inputType: string,
    user: string,
    input: Record<string, unknown>,
  ): Promise<void> {
    await ok(
      federation.query(
        federation.token(user),
        `mutation ($input: ${inputType}!) { ${field}(input: $input) { id } }`,
        { input },
      ),
    );
    await sync();
  }

  const signAndAssign = async (orderId: string, unit: string) => {
    await step('signSupervisionOrder', 'SupervisionStepInput', 'dispatcher.320100', { orderId });
    await step('assignSupervisionOrder', 'AssignSupervisionOrderInput', 'dispatcher.320100', {
      orderId,
      unit,
    });
  };

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: ['320100', '320200'] });
    toProvince = federation.syncConsumer('320000', ['320100']);
    toCity = federation.syncConsumer('320100', ['320000']);
    await toProvince.registerSources();
    await toCity.registerSources();
    const created = await ok(
      federation.query<{ createTicket: { id: string; version: number } }>(
        federation.token('agent.320100'),
        `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id version } }`,
        {
          input: {
            division: '320102',
            channel: 'PHONE',
            intakeClass: 'COMPLAINT',
            categoryCode: '010101',
            title: '夜市占道经营',
            content: '夜市摊贩长期占用人行道。',
            caller: { name: '张三', phone: '13812345678' },
          },
        },
      ),
    );
    // Led by 320100-cg: the unit reads every order on it (supervisionOrders) from the start,
    // and still hears of one only when it is assigned to it.
    await ok(
      federation.query(
        federation.token('dispatcher.320100'),
        `mutation ($input: DispatchTicketInput!) { dispatchTicket(input: $input) { id } }`,
        {
          input: {
            id: created.createTicket.id,
            version: created.createTicket.version,
            leadUnit: '320100-cg',
          },
        },
      ),
    );
    ticketId = created.createTicket.id;
    await sync();
  });

  afterAll(async () => {
    for (const stream of open) await stream.close();
    await federation?.close();
  });

  it('sends the command centre each order the province issues, and a resumed stream replays what arrived since once', async () => {
    const dispatcher = await subscribe('dispatcher.320100');
    const supervisor = await subscribe('supervisor.320100');
    expect([dispatcher.status, supervisor.status]).toEqual([200, 200]);

    const first = await issue();
    const arrived = await eventOf(dispatcher);
    expect(arrived).toMatchObject({ arrival: 'ISSUED', order: { id: first, state: 'ISSUED' } });
    expect(arrived.position).toMatch(/^[1-9]\d*$/);
    expect(await eventOf(supervisor)).toEqual(arrived);

    const second = await issue();
    const next = await eventOf(dispatcher);
    expect(next.order.id).toBe(second);
    expect(BigInt(next.position)).toBeGreaterThan(BigInt(arrived.position));

    // Resumed after the first: the second is replayed, once, and the third follows live.
    const resumed = await subscribe('dispatcher.320100', { after: arrived.position });
    expect(await eventOf(resumed)).toEqual(next);
    const third = await issue();
    const live = await eventOf(resumed);
    expect(live).toMatchObject({ arrival: 'ISSUED', order: { id: third } });
    expect(await eventOf(dispatcher)).toEqual(live);
  });

  it('sends a unit an order only once it is assigned to it, and the command centre the order the province sends back', async () => {
    const cg = await subscribe('unit-cg.320100');
    const sw = await subscribe('unit-sw.320100');
    const dispatcher = await subscribe('dispatcher.320100');
    expect([cg.status, sw.status, dispatcher.status]).toEqual([200, 200, 200]);

    const toCg = await issue();
    expect((await eventOf(dispatcher)).order.id).toBe(toCg);
    await signAndAssign(toCg, '320100-cg');
    // The first event the unit gets is the assignment: not the issue that came before it.
    expect(await eventOf(cg)).toMatchObject({
      arrival: 'ASSIGNED',
      order: { id: toCg, state: 'ASSIGNED', handlingUnit: '320100-cg' },
    });

    const toSw = await issue();
    expect((await eventOf(dispatcher)).order.id).toBe(toSw);
    await signAndAssign(toSw, '320100-sw');
    // Nor did 320100-sw hear of the order assigned to 320100-cg.
    expect(await eventOf(sw)).toMatchObject({
      arrival: 'ASSIGNED',
      order: { id: toSw, handlingUnit: '320100-sw' },
    });

    await step('replyToSupervisionOrder', 'SupervisionStepInput', 'unit-cg.320100', {
      orderId: toCg,
      comment: '已整改完毕。',
    });
    await step('returnSupervisionOrder', 'SupervisionStepInput', 'supervisor.320000', {
      orderId: toCg,
      comment: '整改不彻底，请重新处理。',
    });
    // The assignments sent the command centre nothing: the return is its next event.
    expect(await eventOf(dispatcher)).toMatchObject({
      arrival: 'RETURNED',
      order: { id: toCg, state: 'RETURNED' },
    });
    await step('assignSupervisionOrder', 'AssignSupervisionOrderInput', 'dispatcher.320100', {
      orderId: toCg,
      unit: '320100-cg',
    });
    expect(await eventOf(cg)).toMatchObject({ arrival: 'ASSIGNED', order: { id: toCg } });
  });

  it('refuses, before the stream starts, a province user, another city and a bad position with the codes a query gets', async () => {
    expect(await refusal('supervisor.320000')).toBe('FORBIDDEN');
    expect(await refusal('dispatcher.320200', { division: '320100' })).toBe('FORBIDDEN');
    // Another city's token sent straight to this city's node: refused by the node itself.
    expect(await refusal('dispatcher.320200', {}, federation.nodeUrl('320100'))).toBe('FORBIDDEN');
    // A city's token sent straight to its province's node, which notes no arrival: not here.
    expect(await refusal('dispatcher.320100', {}, federation.nodeUrl('320000'))).toBe('NOT_OWNER');
    expect(await refusal('agent.320100')).toBe('FORBIDDEN');
    expect(await refusal(undefined)).toBe('UNAUTHENTICATED');
    expect(await refusal('dispatcher.320100', { after: '-1' })).toBe('BAD_USER_INPUT');
  });
});
