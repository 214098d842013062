import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directiveMachine, supervisionMachine } from '@city-ops/core';
import type { SyncConsumer } from '@city-ops/core';
import { drain, startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';

/**
 * The supervision workflow across two tiers, generated from the machine's table:
 * every row taken by its role from each of its states, and refused from a state it
 * does not leave, by a role it does not name, and by a user without the operation.
 */

const ORDER_FIELDS =
  'id state recordNumber handlingUnit allowedActions overdue steps { action comment actorDivision { code } }';

const mutationOf: Record<string, { field: string; input: string }> = {
  sign: { field: 'signSupervisionOrder', input: 'SupervisionStepInput' },
  assign: { field: 'assignSupervisionOrder', input: 'AssignSupervisionOrderInput' },
  reply: { field: 'replyToSupervisionOrder', input: 'SupervisionStepInput' },
  close: { field: 'closeSupervisionOrder', input: 'SupervisionStepInput' },
  return: { field: 'returnSupervisionOrder', input: 'SupervisionStepInput' },
};

/** Who takes each action in the happy path, and what they send. */
const actorOf: Record<string, { user: string; input: Record<string, unknown> }> = {
  sign: { user: 'dispatcher.320100', input: {} },
  assign: { user: 'dispatcher.320100', input: { unit: '320100-cg' } },
  reply: { user: 'unit-cg.320100', input: { comment: '已整改完毕，现场照片已上传。' } },
  close: { user: 'supervisor.320000', input: { comment: '同意办结。' } },
  return: { user: 'supervisor.320000', input: { comment: '整改不彻底，请重新处理。' } },
};

/** A shortest path of actions from ISSUED to each state. */
const pathTo: Record<string, string[]> = {
  ISSUED: [],
  SIGNED: ['sign'],
  ASSIGNED: ['sign', 'assign'],
  REPLIED: ['sign', 'assign', 'reply'],
  RETURNED: ['sign', 'assign', 'reply', 'return'],
  CLOSED: ['sign', 'assign', 'reply', 'close'],
};

describe('the supervision workflow (督办) between province and city', () => {
  let federation: TestFederation;
  let toCity: SyncConsumer;
  let toProvince: SyncConsumer;
  let ticketId: string;
  let ticketNumber: string;

  const sync = async () => {
    await drain(toProvince, ['320100'], federation);
    await drain(toCity, ['320000'], federation);
  };

  const act = async (
    action: string,
    orderId: string,
    user = actorOf[action]!.user,
    input = actorOf[action]!.input,
  ): Promise<GraphQLResponse<Record<string, { state: string }>>> => {
    const { field, input: type } = mutationOf[action]!;
    const answer = await federation.query<Record<string, { state: string }>>(
      federation.token(user),
      `mutation ($input: ${type}!) { ${field}(input: $input) { ${ORDER_FIELDS} } }`,
      { input: { orderId, ...input } },
    );
    await sync();
    return answer;
  };

  const orderIn = async (state: string): Promise<string> => {
    const issued = await federation.query<{
      issueSupervisionOrder: { id: string; number: string };
    }>(
      federation.token('supervisor.320000'),
      /* GraphQL */ `
        mutation ($input: IssueSupervisionOrderInput!) {
          issueSupervisionOrder(input: $input) {
            id
            number
            state
          }
        }
      `,
      {
        input: {
          recordId: ticketId,
          recordKind: 'HOTLINE_TICKET',
          level: 'ROUTINE',
          deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          instructions: '请于五个工作日内办结并反馈。',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    // The province's series: its division, DB, the local day, a six-digit sequence.
    expect(issued.data!.issueSupervisionOrder.number).toMatch(/^320000DB\d{8}\d{6}$/);
    const id = issued.data!.issueSupervisionOrder.id;
    await sync();
    for (const action of pathTo[state]!) {
      const answer = await act(action, id);
      expect(answer.errors, `${action} on the way to ${state}`).toBeUndefined();
    }
    return id;
  };

  const stateAt = async (division: string, user: string, orderId: string) => {
    const answer = await federation.queryNode<{
      supervisionOrders: { id: string; state: string }[];
    }>(division, federation.token(user), '{ supervisionOrders { id state } }');
    return answer.data?.supervisionOrders.find((order) => order.id === orderId)?.state;
  };

  beforeAll(async () => {
    federation = await startFederation({
      ministry: true,
      provinces: ['320000'],
      cities: ['320100'],
    });
    toProvince = federation.syncConsumer('320000', ['320100']);
    toCity = federation.syncConsumer('320100', ['320000']);
    await toProvince.registerSources();
    await toCity.registerSources();
    const created = await federation.query<{ createTicket: { id: string; number: string } }>(
      federation.token('agent.320100'),
      /* GraphQL */ `
        mutation ($input: CreateTicketInput!) {
          createTicket(input: $input) {
            id
            number
          }
        }
      `,
      {
        input: {
          division: '320102',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '夜市占道经营',
          content: '夜市摊贩长期占用人行道。',
          caller: { name: '赵六', phone: '13800002222' },
          location: { address: '玄武区长江路8号' },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    ticketId = created.data!.createTicket.id;
    ticketNumber = created.data!.createTicket.number;
    await sync();
  });

  afterAll(async () => {
    await federation?.close();
  });

  it("names the order's record by its number at both ends, as issued and after a step", async () => {
    const orderId = await orderIn('SIGNED');
    const numberAt = async (division: string, user: string) => {
      const answer = await federation.queryNode<{
        supervisionOrders: { id: string; recordId: string; recordNumber: string | null }[];
      }>(division, federation.token(user), '{ supervisionOrders { id recordId recordNumber } }');
      expect(answer.errors).toBeUndefined();
      return answer.data!.supervisionOrders.find((order) => order.id === orderId);
    };
    const expected = { id: orderId, recordId: ticketId, recordNumber: ticketNumber };
    expect(ticketNumber).not.toBe(ticketId);
    expect(await numberAt('320000', 'supervisor.320000')).toEqual(expected);
    expect(await numberAt('320100', 'dispatcher.320100')).toEqual(expected);
    const issued = await federation.query<{ issueSupervisionOrder: { recordNumber: string } }>(
      federation.token('supervisor.320000'),
      `mutation ($input: IssueSupervisionOrderInput!) {
        issueSupervisionOrder(input: $input) { recordNumber }
      }`,
      {
        input: {
          recordId: ticketId,
          recordKind: 'HOTLINE_TICKET',
          level: 'LISTED',
          deadline: new Date(Date.now() + 86_400_000).toISOString(),
          instructions: '请尽快核实并反馈。',
        },
      },
    );
    expect(issued.data?.issueSupervisionOrder.recordNumber).toBe(ticketNumber);
    const stepped = await act('assign', orderId);
    expect(stepped.data?.['assignSupervisionOrder']).toMatchObject({
      state: 'ASSIGNED',
      recordNumber: ticketNumber,
    });
    const assigned = await federation.query<{
      supervisionOrders: { recordNumber: string | null }[];
    }>(
      federation.token('unit-cg.320100'),
      `{ supervisionOrders(recordId: "${ticketId}") { recordNumber } }`,
    );
    // The unit may read the order assigned to it, not the ticket it does not lead: the
    // number stays as hidden as the ticket (it would open as not found anyway).
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data?.supervisionOrders.map((order) => order.recordNumber)).toEqual([null]);
  });

  const rows = supervisionMachine.transitions.flatMap((transition) =>
    transition.from.map((from) => ({ transition, from })),
  );

  it.each(
    rows.map(({ transition, from }) => [
      `${from} --${transition.action}--> ${transition.to}`,
      transition.action,
      from,
      transition.to,
    ]),
  )('%s: taken by its role, and seen the same at both ends', async (_name, action, from, to) => {
    const orderId = await orderIn(from);
    const answer = await act(action, orderId);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[mutationOf[action]!.field]?.state).toBe(to);
    expect(await stateAt('320000', 'supervisor.320000', orderId)).toBe(to);
    expect(await stateAt('320100', 'dispatcher.320100', orderId)).toBe(to);
  });

  it.each(supervisionMachine.transitions.map((transition) => [transition.action]))(
    '%s: refused from a state it does not leave (INVALID_TRANSITION listing what is allowed)',
    async (action) => {
      const orderId = await orderIn('CLOSED');
      const answer = await act(action, orderId);
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        state: 'CLOSED',
        allowedActions: [],
      });
      expect(await stateAt('320000', 'supervisor.320000', orderId)).toBe('CLOSED');
    },
  );

  it('refuses a role the row does not name, a guard that fails, and a user without the operation', async () => {
    const issued = await orderIn('ISSUED');
    // A handling unit holds supervision.handle but signing is the command centre's.
    expect((await act('sign', issued, 'unit-cg.320100')).errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    // Review belongs to the province: a city dispatcher lacks the operation altogether.
    const replied = await orderIn('REPLIED');
    expect(
      (await act('close', replied, 'dispatcher.320100')).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Sending back needs a reason.
    expect(
      (await act('return', replied, 'supervisor.320000', { comment: '' })).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    // Another unit may not reply to an order assigned to 城管.
    const assigned = await orderIn('ASSIGNED');
    const other = await act('reply', assigned, 'unit-sw.320100', { comment: '我们来答复。' });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(other.errors?.[0]?.message).toContain('该督办单已交办给 320100-cg，不是您的单位');
    // Assigning to a unit that does not exist names the field; nothing is stored.
    const signed = await orderIn('SIGNED');
    const unknown = await act('assign', signed, 'dispatcher.320100', { unit: '320100-zz' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.unit',
    });
    expect(await stateAt('320100', 'dispatcher.320100', signed)).toBe('SIGNED');
    // The city cannot review and the province cannot handle, even by calling the other node directly.
    const wrongNode = await federation.queryNode(
      '320000',
      federation.token('supervisor.320000'),
      'mutation ($input: SupervisionStepInput!) { signSupervisionOrder(input: $input) { id } }',
      { input: { orderId: signed } },
    );
    expect(wrongNode.errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|NOT_OWNER/);
  });

  it('lists for each user what the step mutations accept: a replied order can be closed or sent back', async () => {
    const replied = await orderIn('REPLIED');
    const listed = async (user: string) => {
      const answer = await federation.query<{
        supervisionOrders: { id: string; allowedActions: string[] }[];
      }>(federation.token(user), '{ supervisionOrders { id allowedActions } }');
      expect(answer.errors).toBeUndefined();
      return answer.data!.supervisionOrders.find((order) => order.id === replied)?.allowedActions;
    };
    expect(await listed('supervisor.320000')).toEqual(['close', 'return']);
    expect(await listed('dispatcher.320100')).toEqual([]);
    const sentBack = await act('return', replied);
    expect(sentBack.errors).toBeUndefined();
    expect(await listed('dispatcher.320100')).toEqual(['assign', 'reply']);
    expect(await listed('unit-cg.320100')).toEqual(['reply']);
    expect(await listed('supervisor.320000')).toEqual([]);
  });

  it('flags overdue orders at both ends', async () => {
    const orderId = await orderIn('SIGNED');
    const past = new Date(Date.now() - 3_600_000);
    for (const division of ['320000', '320100']) {
      await sql`UPDATE supervision_order SET deadline = ${past} WHERE id = ${orderId}`.execute(
        federation.database(division),
      );
    }
    for (const [division, user] of [
      ['320000', 'supervisor.320000'],
      ['320100', 'dispatcher.320100'],
    ] as const) {
      const overdue = await federation.queryNode<{
        supervisionOrders: { id: string; overdue: boolean }[];
      }>(division, federation.token(user), '{ supervisionOrders(overdue: true) { id overdue } }');
      expect(overdue.data?.supervisionOrders).toEqual([{ id: orderId, overdue: true }]);
    }
  });

  it('takes a directive from the ministry to the city and its acknowledgement and report back up', async () => {
    const toProvinceFromMinistry = federation.syncConsumer('320000', ['000000']);
    const toMinistry = federation.syncConsumer('000000', ['320000']);
    await toProvinceFromMinistry.registerSources();
    await toMinistry.registerSources();
    const flow = async () => {
      await drain(toProvinceFromMinistry, ['000000'], federation);
      await drain(toCity, ['320000'], federation);
      await drain(toProvince, ['320100'], federation);
      await drain(toMinistry, ['320000'], federation);
    };
    const issued = await federation.query<{ issueDirective: { id: string; number: string } }>(
      federation.token('analyst.000000'),
      /* GraphQL */ `
        mutation ($input: IssueDirectiveInput!) {
          issueDirective(input: $input) {
            id
            number
          }
        }
      `,
      {
        input: {
          division: '320000',
          title: '关于汛期城市安全隐患排查的通知',
          body: '各地于七日内完成排查并报告。',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    // The ministry's series: BZ, the local day, a six-digit sequence.
    expect(issued.data!.issueDirective.number).toMatch(/^BZ\d{8}\d{6}$/);
    const directiveId = issued.data!.issueDirective.id;
    await flow();

    const respond = (user: string, field: string, comment?: string) =>
      federation.query<Record<string, { stateHere: string }>>(
        federation.token(user),
        `mutation ($input: DirectiveResponseInput!) { ${field}(input: $input) { stateHere allowedActions } }`,
        { input: { directiveId, ...(comment ? { comment } : {}) } },
      );
    // Reporting before acknowledging, reporting without a report, and the ministry answering itself are refused.
    expect(
      (await respond('supervisor.320100', 'reportOnDirective', '已完成。')).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    expect(
      (await respond('analyst.000000', 'acknowledgeDirective')).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    // The province answers for itself, not for its city, even at the city's node.
    const onBehalf = await federation.queryNode(
      '320100',
      federation.token('supervisor.320000'),
      'mutation ($input: DirectiveResponseInput!) { acknowledgeDirective(input: $input) { stateHere } }',
      { input: { directiveId } },
    );
    expect(onBehalf.errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
    expect(onBehalf.errors?.[0]?.message).toContain('只有 320100 的用户可以答复该指令');
    const acknowledged = await respond('dispatcher.320100', 'acknowledgeDirective');
    expect(acknowledged.data?.['acknowledgeDirective']?.stateHere).toBe('ACKNOWLEDGED');
    // Acknowledged, the city's supervisor is shown the report to write, and may write it.
    const shown = await federation.query<{
      directives: { id: string; allowedActions: string[] }[];
    }>(federation.token('supervisor.320100'), '{ directives { id allowedActions } }');
    expect(shown.errors).toBeUndefined();
    expect(
      shown.data!.directives.find((candidate) => candidate.id === directiveId)?.allowedActions,
    ).toEqual(['report']);
    expect(
      (await respond('supervisor.320100', 'reportOnDirective')).errors?.[0]?.extensions,
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const reported = await respond(
      'supervisor.320100',
      'reportOnDirective',
      '已排查隐患 12 处，整改 10 处。',
    );
    expect(reported.data?.['reportOnDirective']?.stateHere).toBe('REPORTED');
    const provinceAck = await respond('supervisor.320000', 'acknowledgeDirective');
    expect(provinceAck.data?.['acknowledgeDirective']?.stateHere).toBe('ACKNOWLEDGED');
    await flow();

    const atMinistry = await federation.query<{
      directives: {
        id: string;
        stateHere: string | null;
        responses: { division: { code: string }; action: string }[];
      }[];
    }>(
      federation.token('analyst.000000'),
      '{ directives { id stateHere responses { division { code } action } } }',
    );
    const directive = atMinistry.data?.directives.find((candidate) => candidate.id === directiveId);
    expect(directive?.stateHere).toBeNull();
    expect(
      directive?.responses.map((response) => `${response.division.code} ${response.action}`).sort(),
    ).toEqual(['320000 ACKNOWLEDGE', '320100 ACKNOWLEDGE', '320100 REPORT']);
    expect(directiveMachine.transitions.map((transition) => transition.action)).toEqual([
      'acknowledge',
      'report',
    ]);
  });
});
