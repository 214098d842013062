import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningGateway } from '@city-ops/gateway';
import { postGraphQL, startFederation, startStitchingGateway } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

/**
 * Chinese first: through the gateway, a ticket's history and the enum labels are in
 * Chinese unless the client asks for English with Accept-Language — on the fast path
 * (the whole operation forwarded to the node) and when the gateway executes it by
 * stitching — and nodeInfo says the zone a client shows the UTC instants in.
 */

const HISTORY = /* GraphQL */ `
  query ($id: ID!) {
    ticket(id: $id) {
      history {
        action
        actionLabel
        fromState
        fromStateLabel
        toState
        toStateLabel
      }
    }
  }
`;

const LABELS = /* GraphQL */ `
  query ($enums: [String!]) {
    enumLabels(enums: $enums) {
      enum
      value
      label
    }
  }
`;

interface History {
  ticket: {
    history: {
      action: string;
      actionLabel: string;
      fromState: string | null;
      fromStateLabel: string | null;
      toState: string;
      toStateLabel: string;
    }[];
  };
}

interface Labels {
  enumLabels: { enum: string; value: string; label: string }[];
}

const CHINESE_HISTORY = [
  {
    action: 'accept',
    actionLabel: '受理',
    fromState: null,
    fromStateLabel: null,
    toState: 'ACCEPTED',
    toStateLabel: '受理',
  },
  {
    action: 'dispatch',
    actionLabel: '派单',
    fromState: 'ACCEPTED',
    fromStateLabel: '受理',
    toState: 'DISPATCHED',
    toStateLabel: '已派单',
  },
];

const ENGLISH_HISTORY = [
  {
    action: 'accept',
    actionLabel: 'Accept',
    fromState: null,
    fromStateLabel: null,
    toState: 'ACCEPTED',
    toStateLabel: 'Accepted',
  },
  {
    action: 'dispatch',
    actionLabel: 'Dispatch',
    fromState: 'ACCEPTED',
    fromStateLabel: 'Accepted',
    toState: 'DISPATCHED',
    toStateLabel: 'Dispatched',
  },
];

describe('labels in the language the client asks for', () => {
  let federation: TestFederation;
  /** The same nodes behind a gateway that executes every operation by stitching. */
  let stitched: RunningGateway;
  let ticketId: string;

  /** The request through the fast-path gateway and through the stitching one. */
  const throughBoth = async <T>(
    username: string,
    query: string,
    variables: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => {
    const token = federation.token(username);
    return [
      await federation.query<T>(token, query, variables, headers),
      await postGraphQL<T>(stitched.graphqlUrl, token, query, variables, headers),
    ];
  };

  beforeAll(async () => {
    federation = await startFederation({
      cities: ['320100', '320200'],
      // 无锡 computes its working time in another zone, so nodeInfo must say the node's own.
      environment: { '320200': { TIME_ZONE: 'Asia/Urumqi' } },
    });
    stitched = await startStitchingGateway(federation);
    const created = await federation.query<{ createTicket: { id: string } }>(
      federation.token('agent.320100'),
      `mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id } }`,
      {
        input: {
          division: '320106',
          channel: 'PHONE',
          intakeClass: 'COMPLAINT',
          categoryCode: '010101',
          title: '占道经营',
          content: '占道经营：市民反映人行道被流动摊贩占用，影响通行。',
          caller: { name: '张三', phone: '13812345678' },
          location: { address: '鼓楼区中山路123号' },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    ticketId = created.data!.createTicket.id;
    const dispatched = await federation.query(
      federation.token('dispatcher.320100'),
      `mutation ($i: DispatchTicketInput!) { dispatchTicket(input: $i) { id } }`,
      { i: { id: ticketId, version: 1, leadUnit: '320100-cg' } },
    );
    expect(dispatched.errors).toBeUndefined();
  });

  afterAll(async () => {
    await stitched?.close();
    await federation?.close();
  });

  it("shows a ticket's history in Chinese when the client names no language", async () => {
    for (const answer of await throughBoth<History>('agent.320100', HISTORY, { id: ticketId })) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.ticket.history).toEqual(CHINESE_HISTORY);
    }
  });

  it.each([['en'], ['en-US,en;q=0.9'], ['zh-CN;q=0.5,en;q=0.8']])(
    'shows it in English with Accept-Language: %s',
    async (acceptLanguage) => {
      const answers = await throughBoth<History>(
        'agent.320100',
        HISTORY,
        { id: ticketId },
        { 'accept-language': acceptLanguage },
      );
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.ticket.history).toEqual(ENGLISH_HISTORY);
      }
    },
  );

  it.each([['zh-CN,zh;q=0.9,en;q=0.8'], ['fr']])(
    'keeps Chinese when the client prefers it or names neither language (%s)',
    async (acceptLanguage) => {
      const answers = await throughBoth<History>(
        'agent.320100',
        HISTORY,
        { id: ticketId },
        { 'accept-language': acceptLanguage },
      );
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.ticket.history).toEqual(CHINESE_HISTORY);
      }
    },
  );

  it("labels the actions a user may take now as the machine's rows say them, in either language", async () => {
    const query = `query ($id: ID!) { ticket(id: $id) { allowedActions allowedActionLabels { action label } } }`;
    interface Actions {
      ticket: {
        allowedActions: string[];
        allowedActionLabels: { action: string; label: string }[];
      };
    }
    const expected = {
      zh: [
        { action: 'signFor', label: '签收' },
        { action: 'return', label: '退单' },
      ],
      en: [
        { action: 'signFor', label: 'Sign for' },
        { action: 'return', label: 'Return' },
      ],
    };
    for (const language of ['zh', 'en'] as const) {
      const answers = await throughBoth<Actions>(
        'unit-cg.320100',
        query,
        { id: ticketId },
        { 'accept-language': language },
      );
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.ticket.allowedActionLabels).toEqual(expected[language]);
        expect(answer.data!.ticket.allowedActions).toEqual(['signFor', 'return']);
      }
    }
    // A user who may take none sees none, labelled or not.
    const [agent] = await throughBoth<Actions>('agent.320100', query, { id: ticketId });
    expect(agent!.data!.ticket).toEqual({ allowedActions: [], allowedActionLabels: [] });
  });

  it('answers enumLabels to any signed-in user, in Chinese or English', async () => {
    const variables = { enums: ['TicketStatus', 'Urgency'] };
    for (const username of ['agent.320100', 'inspector.320100', 'auditor.320100']) {
      for (const answer of await throughBoth<Labels>(username, LABELS, variables)) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.enumLabels).toContainEqual({
          enum: 'TicketStatus',
          value: 'CLOSED',
          label: '办结',
        });
        expect(answer.data!.enumLabels.filter((entry) => entry.enum === 'Urgency')).toEqual([
          { enum: 'Urgency', value: 'NORMAL', label: '一般' },
          { enum: 'Urgency', value: 'URGENT', label: '紧急' },
          { enum: 'Urgency', value: 'EMERGENCY', label: '特急' },
        ]);
        expect(answer.data!.enumLabels).toHaveLength(11 + 3);
      }
    }
    const english = await throughBoth<Labels>('agent.320100', LABELS, variables, {
      'accept-language': 'en',
    });
    for (const answer of english) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.enumLabels).toContainEqual({
        enum: 'TicketStatus',
        value: 'CLOSED',
        label: 'Closed',
      });
    }
    const every = await federation.query<Labels>(federation.token('agent.320200'), LABELS, {});
    expect(every.errors).toBeUndefined();
    expect(new Set(every.data!.enumLabels.map((entry) => entry.enum)).size).toBeGreaterThan(30);
  });

  it('refuses a name that is no enum with BAD_USER_INPUT', async () => {
    for (const answer of await throughBoth<Labels>('agent.320100', LABELS, {
      enums: ['TicketState'],
    })) {
      expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toContain('"TicketState"');
    }
  });

  it('says in nodeInfo the zone the node computes working time in', async () => {
    const query = '{ nodeInfo { division { code } timeZone } }';
    for (const [username, division, timeZone] of [
      ['agent.320100', '320100', 'Asia/Shanghai'],
      ['agent.320200', '320200', 'Asia/Urumqi'],
    ] as const) {
      for (const answer of await throughBoth<{
        nodeInfo: { division: { code: string }; timeZone: string };
      }>(username, query, {})) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.nodeInfo).toEqual({ division: { code: division }, timeZone });
      }
    }
  });
});
