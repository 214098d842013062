import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drain, startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';

/**
 * `auditLog`'s filters through the gateway, as the real roles with real tokens: a record's
 * trail found by its number (entries name the record's id; the node matches the number to
 * it, at the city that owns the record and at the province holding its replica), the
 * personal-data prefix, who and when, and a bad filter refused with its argument named.
 */

const LOG = /* GraphQL */ `
  query (
    $node: String
    $actor: String
    $actionPrefix: String
    $entityId: String
    $from: DateTime
    $to: DateTime
  ) {
    auditLog(
      node: $node
      actor: $actor
      actionPrefix: $actionPrefix
      entityId: $entityId
      from: $from
      to: $to
      first: 100
    ) {
      nodes {
        actor
        action
        entityIds
        reason
      }
    }
  }
`;

interface Entry {
  actor: string;
  action: string;
  entityIds: string[];
  reason: string | null;
}

const REASON = '回访需要核实来电人联系方式';

describe('auditLog filters through the gateway', () => {
  let federation: TestFederation;
  let ticket = { id: '', number: '' };
  let other = { id: '', number: '' };
  let startedAt = '';

  const log = async (username: string, variables: Record<string, unknown>) => {
    const answer = await federation.query<{ auditLog: { nodes: Entry[] } }>(
      federation.token(username),
      LOG,
      variables,
    );
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    return answer.data!.auditLog.nodes;
  };

  beforeAll(async () => {
    federation = await startFederation({ provinces: ['320000'], cities: ['320100'] });
    startedAt = new Date().toISOString();
    const create = async (title: string) => {
      const answer = await federation.query<{ createTicket: { id: string; number: string } }>(
        federation.token('agent.320100'),
        'mutation ($input: CreateTicketInput!) { createTicket(input: $input) { id number } }',
        {
          input: {
            division: '320106',
            channel: 'PHONE',
            intakeClass: 'COMPLAINT',
            categoryCode: '010101',
            title,
            content: '人行道被流动摊贩占用，影响通行。',
            caller: { name: '张三', phone: '13812345678' },
            location: { address: '鼓楼区中山路123号' },
          },
        },
      );
      expect(answer.errors).toBeUndefined();
      return answer.data!.createTicket;
    };
    ticket = await create('中山路占道经营');
    other = await create('湖南路占道经营');
    const reveal = await federation.query(
      federation.token('supervisor.320100'),
      'mutation ($id: ID!, $reason: String!) { revealTicketCaller(id: $id, reason: $reason) { name } }',
      { id: ticket.id, reason: REASON },
    );
    expect(reveal.errors).toBeUndefined();
    const province = federation.syncConsumer('320000', ['320100']);
    await province.registerSources();
    await drain(province, ['320100'], federation);
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('finds a record’s trail by its number as by its id, and only that record’s', async () => {
    const byId = await log('auditor.320100', { entityId: ticket.id });
    expect(byId.map((entry) => entry.action).sort()).toEqual(
      ['personal-data.reveal', 'ticket.create'].sort(),
    );
    expect(byId.every((entry) => entry.entityIds.includes(ticket.id))).toBe(true);
    // Written in lower case, as a user may type it: the number is matched as the API spells it.
    const byNumber = await log('auditor.320100', { entityId: ticket.number.toLowerCase() });
    expect(byNumber).toEqual(byId);
    expect(byNumber.some((entry) => entry.entityIds.includes(other.id))).toBe(false);
  });

  it('matches a number at the province too, where the record is a replica', async () => {
    // A supervision order is written (and audited) at the province, naming the record's id.
    const issued = await federation.query(
      federation.token('supervisor.320000'),
      'mutation ($input: IssueSupervisionOrderInput!) { issueSupervisionOrder(input: $input) { id } }',
      {
        input: {
          recordId: ticket.id,
          recordKind: 'HOTLINE_TICKET',
          level: 'ROUTINE',
          deadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          instructions: '三日内处理到位并反馈。',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    const byNumber = await log('auditor.320000', { node: '320000', entityId: ticket.number });
    expect(byNumber.map((entry) => entry.action)).toEqual(['supervision.issue']);
    expect(byNumber[0]!.entityIds).toContain(ticket.id);
    expect(await log('auditor.320000', { node: '320000', entityId: other.number })).toEqual([]);
  });

  it('narrows to personal-data actions, with their reasons, by actor and time', async () => {
    const personal = await log('auditor.320100', {
      actionPrefix: 'personal-data.',
      actor: 'supervisor.320100',
      from: startedAt,
    });
    expect(personal).toEqual([
      expect.objectContaining({ action: 'personal-data.reveal', reason: REASON }),
    ]);
    expect(await log('auditor.320100', { to: '2026-01-01T00:00:00Z' })).toEqual([]);
  });

  it('refuses a bad filter through the gateway as BAD_USER_INPUT naming the argument', async () => {
    const answer = await federation.query(federation.token('auditor.320100'), LOG, {
      actionPrefix: 'personal data',
      from: '2026-12-02T00:00:00Z',
      to: '2026-12-01T00:00:00Z',
    });
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(
      (answer.errors?.[0]?.extensions?.['problems'] as { field: string }[]).map(
        (problem) => problem.field,
      ),
    ).toEqual(['actionPrefix', 'to']);
  });
});
