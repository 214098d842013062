import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphQLRequest } from '../../api/graphql-client';
import { ENFORCEMENT_ACTIONS } from './enforcement-actions';

const WORKFLOWS = new URL('../../../../docs/WORKFLOWS.md', import.meta.url);

/**
 * The enforcement machine's action → mutation table of docs/WORKFLOWS.md, which is rendered
 * from the machine's transitions: the console's list to cover, in the machine's own words.
 */
function documentedActions(): Map<string, string> {
  const text = readFileSync(WORKFLOWS, 'utf8');
  const section = text.slice(text.indexOf('## Enforcement record'));
  const table = section.slice(section.indexOf('| action | mutation |'));
  const rows = [...table.matchAll(/^\| `(\w+)` \| `(\w+)` \|$/gm)];
  return new Map(rows.map(([, action, mutation]) => [action!, mutation!]));
}

/** What a descriptor sends: the operation's text and its variables. */
async function sent(action: string, values: Record<string, unknown>) {
  const calls: { query: string; variables: unknown }[] = [];
  const capture = ((document: unknown, variables: unknown) => {
    calls.push({ query: String(document), variables });
    return Promise.resolve({});
  }) as GraphQLRequest;
  await ENFORCEMENT_ACTIONS[action]!.send(capture, { id: 'r-1', version: 7 }, values);
  return calls;
}

describe("the console's enforcement actions", () => {
  const documented = documentedActions();

  // That they cover every action of the machine, and only those, record-actions.test.ts checks
  // for every kind.
  it('read the documented table', () => {
    expect(documented.size).toBeGreaterThanOrEqual(15);
  });

  it('send each action as the mutation of the same purpose, on the version looked at', async () => {
    for (const [action, mutation] of documented) {
      const calls = await sent(action, {});
      expect(calls, action).toHaveLength(1);
      expect(calls[0]!.query, action).toMatch(new RegExp(`\\b${mutation}\\(input: \\$input\\)`));
      expect(calls[0]!.variables, action).toMatchObject({ input: { id: 'r-1', version: 7 } });
    }
  });

  it('send what each form asks for under the input field names of its mutation', async () => {
    const input = async (action: string, values: Record<string, unknown>) =>
      ((await sent(action, values))[0]!.variables as { input: Record<string, unknown> }).input;
    expect(
      await input('startInvestigation', { investigators: [' officer.320100 ', 'officer2.320100'] }),
    ).toMatchObject({ investigators: ['officer.320100', 'officer2.320100'] });
    expect(await input('decide', { penaltyType: 'FINE', fineAmount: 500, comment: '' })).toEqual({
      id: 'r-1',
      version: 7,
      penaltyType: 'FINE',
      fineAmount: 500,
      comment: undefined,
    });
    expect(
      await input('extendDecisionDeadline', { days: 30, reason: '案情复杂', approvedBy: '张局' }),
    ).toEqual({ id: 'r-1', version: 7, days: 30, reason: '案情复杂', approvedBy: '张局' });
    expect(
      await input('recordPayment', { amount: 515, paidAt: '2026-12-05T02:00:00.000Z' }),
    ).toMatchObject({ amount: 515, paidAt: '2026-12-05T02:00:00.000Z' });
    expect(await input('holdHearing', { presidingOfficer: 'reviewer.320100' })).toMatchObject({
      presidingOfficer: 'reviewer.320100',
    });
    expect(await input('requestHearing', {})).toMatchObject({ requestedAt: undefined });
    expect(await input('enforce', { reason: '逾期未缴纳罚款' })).toMatchObject({
      reason: '逾期未缴纳罚款',
    });
  });

  it('ask in their forms for exactly the fields they send', () => {
    const names = (action: string) => ENFORCEMENT_ACTIONS[action]!.fields.map((f) => f.name);
    expect(names('decide')).toEqual(['penaltyType', 'fineAmount', 'comment']);
    expect(names('recordPayment')).toEqual(['amount', 'paidAt', 'comment']);
    expect(names('extendDecisionDeadline')).toEqual(['days', 'reason', 'approvedBy']);
    expect(names('rejectLegalReview')).toEqual(['reason']);
  });
});
