import { chineseWordingOf } from '@city-ops/kernel';
import { describe, expect, it } from 'vitest';
import {
  machineOutcomes,
  ruleOutcomes,
  testPrincipal,
  workflowRules,
  workflowStates,
} from '../workflows-doc-rules.js';
import type { HotlineTicketRow } from '../../database/tables.js';
import {
  allowedActions,
  followingTransition,
  planTransition,
} from '../../workflow/state-machine.js';
import type { TransitionContext } from '../../workflow/state-machine.js';
import { ticketMachine } from './ticket-machine.js';

const LEAD = '320100-cg';
const CO = '320100-sw';

function ticket(overrides: Partial<HotlineTicketRow> = {}): HotlineTicketRow {
  const now = new Date('2026-11-20T08:00:00Z');
  return {
    id: '320100-t1',
    number: 'T1',
    origin_node: '320100',
    attachment_count: 0,
    division: '320106',
    channel: 'PHONE',
    intake_class: 'COMPLAINT',
    category_code: '0101',
    title: '噪音',
    content: '夜间施工',
    caller_name: null,
    caller_phone: null,
    caller_confidential: false,
    address: null,
    street: null,
    community: null,
    longitude: null,
    latitude: null,
    urgency: 'NORMAL',
    status: 'ACCEPTED',
    handling_mode: null,
    resolution: null,
    satisfaction: null,
    parent_ticket_id: null,
    lead_unit: LEAD,
    co_units: [],
    co_unit_replies: {},
    case_id: null,
    reply: null,
    replied_at: null,
    due_at: null,
    extension_days: null,
    extension_reason: null,
    closed_at: null,
    created_by: 'agent',
    created_at: now,
    updated_at: now,
    version: 1,
    ...overrides,
  };
}

function context(
  record: HotlineTicketRow,
  roles: string[],
  department?: string,
): TransitionContext<HotlineTicketRow> {
  return {
    record,
    principal: testPrincipal(roles, { department }),
    input: {},
    now: new Date('2026-11-20T09:00:00Z'),
  };
}

/** A ticket on which the guard of `action` passes, acted on by a user of the lead unit (of a co-unit for 协办反馈). */
function passing(action: string, status: string, role: string) {
  return context(
    ticket({
      status,
      co_units: [CO],
      parent_ticket_id: action === 'unmerge' ? '320100-t0' : null,
      extension_days: ['approveExtension', 'rejectExtension'].includes(action) ? 2 : null,
      satisfaction: action === 'reopen' ? 'DISSATISFIED' : 'SATISFIED',
    }),
    [role],
    action === 'coReply' ? CO : LEAD,
  );
}

function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'allowed';
}

describe('the hotline ticket machine (12345)', () => {
  it('has the states of docs/WORKFLOWS.md, starting in ACCEPTED', () => {
    expect(ticketMachine.states).toEqual(workflowStates('12345'));
    expect(ticketMachine.initial).toBe('ACCEPTED');
  });

  it('makes every move of the table from each state for each of its roles, and refuses every other', () => {
    const rules = workflowRules('12345');
    expect(machineOutcomes(ticketMachine, passing)).toEqual(ruleOutcomes(ticketMachine, rules));
  });

  // Each guard of the table, refusing: [action, ticket, roles, department, why].
  const refusals: [string, Partial<HotlineTicketRow>, string[], string | undefined, string][] = [
    [
      'answerDirectly',
      { parent_ticket_id: '320100-t0' },
      ['hotline-agent'],
      undefined,
      'it is merged into 320100-t0 and follows that ticket',
    ],
    [
      'dispatch',
      { status: 'REOPENED', parent_ticket_id: '320100-t0' },
      ['dispatcher'],
      undefined,
      'it is merged into 320100-t0 and follows that ticket',
    ],
    [
      'merge',
      { parent_ticket_id: '320100-t0' },
      ['hotline-agent'],
      undefined,
      'it is merged into 320100-t0 and follows that ticket',
    ],
    ['unmerge', {}, ['hotline-agent'], undefined, 'it is not merged'],
    [
      'signFor',
      { status: 'DISPATCHED' },
      ['handling-unit'],
      '320100-sw',
      `only the lead unit ${LEAD} acts on it; you are 320100-sw`,
    ],
    [
      'startHandling',
      { status: 'SIGNED_FOR' },
      ['handling-unit'],
      undefined,
      `only the lead unit ${LEAD} acts on it; you are not a handling unit`,
    ],
    [
      'return',
      { status: 'DISPATCHED', lead_unit: null },
      ['handling-unit'],
      undefined,
      'only the lead unit (none) acts on it; you are not a handling unit',
    ],
    [
      'requestExtension',
      { status: 'SIGNED_FOR' },
      ['handling-unit'],
      '320100-sw',
      `only the lead unit ${LEAD} acts on it; you are 320100-sw`,
    ],
    [
      'requestExtension',
      { status: 'IN_PROGRESS', extension_days: 3 },
      ['handling-unit'],
      LEAD,
      'an extension of 3 working days is already waiting for approval',
    ],
    [
      'reply',
      { status: 'IN_PROGRESS', extension_days: 3 },
      ['handling-unit'],
      LEAD,
      'an extension of 3 working days is already waiting for approval',
    ],
    [
      'approveExtension',
      { status: 'IN_PROGRESS' },
      ['dispatcher'],
      undefined,
      'no extension has been requested',
    ],
    [
      'rejectExtension',
      { status: 'IN_PROGRESS' },
      ['dispatcher'],
      undefined,
      'no extension has been requested',
    ],
    [
      'reopen',
      { status: 'CALLED_BACK', satisfaction: 'SATISFIED' },
      ['hotline-agent'],
      undefined,
      "only a dissatisfied caller's ticket is reopened",
    ],
    [
      'reopen',
      { status: 'CALLED_BACK', satisfaction: null },
      ['hotline-agent'],
      undefined,
      "only a dissatisfied caller's ticket is reopened",
    ],
    [
      'close',
      { status: 'CALLED_BACK', satisfaction: 'DISSATISFIED' },
      ['dispatcher'],
      undefined,
      'the caller is dissatisfied: reopen it (重办) instead',
    ],
  ];

  it('lets a co-handling unit give its 协办反馈 once per dispatch, and nothing of the lead’s part', () => {
    const working = ticket({ status: 'IN_PROGRESS', co_units: [CO] });
    expect(allowedActions(ticketMachine, context(working, ['handling-unit'], CO))).toEqual([
      'coReply',
    ]);
    expect(allowedActions(ticketMachine, context(working, ['handling-unit'], LEAD))).toEqual([
      'requestExtension',
      'reply',
    ]);
    for (const action of ['reply', 'requestExtension', 'return']) {
      expect(
        refusalOf(() =>
          planTransition(ticketMachine, action, context(working, ['handling-unit'], CO)),
        ),
      ).toMatch(/only the lead unit 320100-cg acts on it; you are 320100-sw|is IN_PROGRESS/);
    }
    const replied = {
      ...working,
      co_unit_replies: {
        [CO]: { reply: '已清理', repliedAt: '2026-11-20T08:30:00Z', repliedBy: 'sw' },
      },
    };
    expect(allowedActions(ticketMachine, context(replied, ['handling-unit'], CO))).toEqual([]);
    expect(
      refusalOf(() =>
        planTransition(ticketMachine, 'coReply', context(replied, ['handling-unit'], CO)),
      ),
    ).toContain(
      `coReply is not possible: your unit ${CO} already gave its 协办反馈 for this dispatch.`,
    );
    expect(
      refusalOf(() =>
        planTransition(ticketMachine, 'coReply', context(working, ['handling-unit'], '320100-yl')),
      ),
    ).toContain(
      `coReply is not possible: only its co-handling units (${CO}) give a 协办反馈; you are 320100-yl.`,
    );
    expect(
      refusalOf(() =>
        planTransition(
          ticketMachine,
          'coReply',
          context(ticket({ status: 'IN_PROGRESS' }), ['handling-unit']),
        ),
      ),
    ).toContain('only its co-handling units (none) give a 协办反馈; you are not a handling unit.');
  });

  it('tells a unit that is not a co-handling unit which units give the 协办反馈, each by name', () => {
    const shared = ticket({ status: 'SIGNED_FOR', co_units: [CO, '320100-yl'] });
    expect(
      refusalOf(() =>
        planTransition(ticketMachine, 'coReply', context(shared, ['handling-unit'], LEAD)),
      ),
    ).toContain(
      `coReply is not possible: only its co-handling units (${CO}, 320100-yl) give a 协办反馈; you are ${LEAD}.`,
    );
    expect(
      refusalOf(() => planTransition(ticketMachine, 'coReply', context(shared, ['handling-unit']))),
    ).toContain(
      `only its co-handling units (${CO}, 320100-yl) give a 协办反馈; you are not a handling unit.`,
    );
    expect(allowedActions(ticketMachine, context(shared, ['handling-unit'], '320100-yl'))).toEqual([
      'coReply',
    ]);
  });

  it.each(refusals)('refuses %s when its guard does not hold', (action, row, roles, unit, why) => {
    const message = refusalOf(() =>
      planTransition(ticketMachine, action, context(ticket(row), roles, unit)),
    );
    expect(message).toContain(`${action} is not possible: ${why}.`);
  });

  it('says a refusal in Chinese with the terms of the action and the state', () => {
    let chinese: string | undefined;
    try {
      planTransition(
        ticketMachine,
        'signFor',
        context(ticket({ status: 'CLOSED' }), ['handling-unit']),
      );
    } catch (error) {
      chinese = chineseWordingOf(error)?.message;
    }
    expect(chinese).toBe(
      '无法执行 signFor（签收）：该工单当前状态为 CLOSED（办结）。当前没有您可执行的操作。',
    );
  });

  it('closes a ticket the caller did not rate dissatisfied, satisfied or not rated', () => {
    for (const satisfaction of ['SATISFIED', 'BASICALLY_SATISFIED', null]) {
      const calledBack = ticket({ status: 'CALLED_BACK', satisfaction });
      expect(allowedActions(ticketMachine, context(calledBack, ['hotline-agent']))).toEqual([
        'close',
      ]);
    }
  });

  it('lets the lead unit request an extension, or reply, only while none is pending', () => {
    const free = ticket({ status: 'IN_PROGRESS' });
    expect(allowedActions(ticketMachine, context(free, ['handling-unit'], LEAD))).toEqual([
      'requestExtension',
      'reply',
    ]);
    const waiting = ticket({ status: 'IN_PROGRESS', extension_days: 0 });
    expect(allowedActions(ticketMachine, context(waiting, ['handling-unit'], LEAD))).toEqual([]);
    expect(allowedActions(ticketMachine, context(waiting, ['dispatcher']))).toEqual([
      'approveExtension',
      'rejectExtension',
    ]);
  });
});

describe('a merged ticket (并单) following its parent', () => {
  const child = ticket({ parent_ticket_id: '320100-t0', lead_unit: null });

  it("moves to its own callback with its parent's 直办 or 办结, and no user moves it by hand", () => {
    const context = {
      record: child,
      principal: testPrincipal(['hotline-agent']),
      now: new Date('2026-11-20T09:00:00Z'),
    };
    expect(followingTransition(ticketMachine, 'followParent', context)?.to).toBe('REVIEWED');
    expect(allowedActions(ticketMachine, context)).toEqual(['unmerge']);
    expect(
      refusalOf(() => planTransition(ticketMachine, 'followParent', { ...context, input: {} })),
    ).toContain("followParent is not possible: it is taken only with its parent's 直办 or 办结.");
  });

  it('leaves a ticket that is not merged, or no longer waiting, where it is', () => {
    const now = new Date('2026-11-20T09:00:00Z');
    const principal = testPrincipal(['hotline-agent']);
    expect(
      followingTransition(ticketMachine, 'followParent', { record: ticket(), principal, now }),
    ).toBeUndefined();
    expect(
      followingTransition(ticketMachine, 'followParent', {
        record: { ...child, status: 'REVIEWED' },
        principal,
        now,
      }),
    ).toBeUndefined();
  });

  it('is then called back and closed for its own caller like any answered ticket', () => {
    const reviewed = { ...child, status: 'REVIEWED' };
    expect(allowedActions(ticketMachine, context(reviewed, ['hotline-agent']))).toEqual([
      'callBack',
    ]);
  });
});
