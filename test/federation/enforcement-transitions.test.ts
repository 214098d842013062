import { enforcementMachine, enforcementMutationOfAction } from '@city-ops/core';
import type { Database, EnforcementRecordTable } from '@city-ops/core';
import {
  enforcementMutation,
  insertEnforcementFixture,
  localMidnight,
  readEnforcement,
  writeCounts,
} from '../support/enforcement.js';
import { startFederation } from '../support/federation.js';
import type { TestFederation } from '../support/federation.js';
import type { Insertable, Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Generated from the enforcement machine's transition table: for every row and
 * every from state, the action goes through for a user of the row's role (new
 * state, version + 1, one history, change-log and audit entry each); from a state
 * no row of the action starts in it is INVALID_TRANSITION listing exactly the
 * record's allowed actions; a user of the other enforcement role is refused
 * (INVALID_TRANSITION naming the roles) and a user without enforcement.act is
 * FORBIDDEN. Every refusal leaves the record as it was. All through the gateway.
 */

/** A demo user of each role that acts on enforcement records in 320100. */
const userOf: Record<string, string> = {
  'enforcement-officer': 'officer.320100',
  'legal-reviewer': 'reviewer.320100',
};

const INVESTIGATORS = ['officer.320100', 'officer2.320100'];

/** What each action's input needs beyond id and version. */
const inputOf: Record<string, Record<string, unknown>> = {
  startInvestigation: { investigators: INVESTIGATORS },
  serveNotice: {},
  requestHearing: {},
  waiveHearing: {},
  holdHearing: { presidingOfficer: 'presider.320100' },
  submitLegalReview: {},
  approveLegalReview: {},
  rejectLegalReview: { reason: '证据不足，退回补充调查' },
  extendDecisionDeadline: { days: 30, reason: '案情复杂，经负责人批准延长', approvedBy: '王局长' },
  decide: { penaltyType: 'FINE', fineAmount: 200 },
  serveDecision: {},
  recordPayment: { amount: 200 },
  enforce: { reason: '逾期不缴纳罚款，申请人民法院强制执行' },
  close: {},
  archive: {},
};

/** The stored record an action needs in `state` besides the state itself, so its guard holds. */
function fixtureOf(action: string, state: string): Partial<Insertable<EnforcementRecordTable>> {
  const now = new Date();
  const fine = {
    decision: 'FINE',
    fine_amount: '200.00',
    decided_at: now,
    service_due_at: localMidnight(10),
  };
  switch (action) {
    case 'requestHearing':
    case 'waiveHearing':
      return { investigators: INVESTIGATORS, notice_served_at: now };
    case 'holdHearing':
      return { investigators: INVESTIGATORS, notice_served_at: now, hearing_requested_at: now };
    case 'submitLegalReview':
      return state === 'NOTIFIED'
        ? { notice_served_at: now, hearing_waived_at: now }
        : { notice_served_at: now, hearing_requested_at: now, hearing_held_at: now };
    case 'approveLegalReview':
    case 'rejectLegalReview':
      return { is_major: true, investigators: INVESTIGATORS };
    case 'decide':
      if (state === 'FILED') return { procedure: 'SUMMARY' };
      if (state === 'NOTIFIED') return { notice_served_at: now, hearing_waived_at: now };
      if (state === 'HEARING') return { hearing_requested_at: now, hearing_held_at: now };
      return { is_major: true, legal_reviewed_by: 'reviewer.320100', legal_reviewed_at: now };
    case 'serveDecision':
      return fine;
    case 'recordPayment':
      return { ...fine, served_at: now, payment_due_at: localMidnight(16) };
    case 'enforce':
      return { ...fine, served_at: localMidnight(-20), payment_due_at: localMidnight(-3) };
    case 'close':
      if (state === 'PAID') return { ...fine, served_at: now, paid_at: now, amount_paid: '200.00' };
      if (state === 'ENFORCED') return { ...fine, served_at: now, enforced_at: now };
      return { decision: 'WARNING', decided_at: now, served_at: now };
    default:
      return {};
  }
}

const stateNames = enforcementMachine.states.map((state) => state.name);

/** A state that no row of `action` starts from. */
function stateWithout(action: string): string {
  const state = stateNames.find(
    (name) =>
      !enforcementMachine.transitions.some(
        (transition) => transition.action === action && transition.from.includes(name),
      ),
  );
  if (!state) throw new Error(`${action} is possible from every state`);
  return state;
}

const rows = enforcementMachine.transitions.flatMap((transition) =>
  transition.from.map((from) => ({ transition, from })),
);

describe('the enforcement transition table, row by row through the gateway', () => {
  let federation: TestFederation;
  let db: Kysely<Database>;

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100'] });
    db = federation.database('320100');
  });

  afterAll(async () => {
    await federation?.close();
  });

  it('has a mutation and test input for every action of the machine', () => {
    for (const { action } of enforcementMachine.transitions) {
      expect(enforcementMutationOfAction[action], action).toBeDefined();
      expect(inputOf[action], action).toBeDefined();
    }
  });

  for (const { transition, from } of rows) {
    const { action, to, roles } = transition;
    it(`${action} (${transition.label}) from ${from} → ${to}, by ${roles.join(' or ')}`, async () => {
      const mutation = enforcementMutationOfAction[action]!;
      const input = inputOf[action]!;

      for (const role of roles) {
        const username = userOf[role]!;
        const id = await insertEnforcementFixture(db, { ...fixtureOf(action, from), status: from });
        const before = await writeCounts(db, id);
        const done = await enforcementMutation(federation, username, mutation, {
          id,
          version: 1,
          ...input,
        });
        expect(done.errors, `${action} by ${username}`).toBeUndefined();
        const record = done.data![mutation]!;
        expect(record.status).toBe(to);
        expect(record.version).toBe(2);
        expect(record.history.at(-1)).toMatchObject({
          action,
          fromState: from,
          toState: to,
          actor: username,
        });
        expect(await writeCounts(db, id)).toEqual({
          history: before.history + 1,
          changes: before.changes + 1,
          audit: before.audit + 1,
          version: 2,
          status: to,
        });
      }

      // From a state no row of this action starts in.
      const actor = userOf[roles[0]!]!;
      const wrongState = stateWithout(action);
      const misplaced = await insertEnforcementFixture(db, {
        ...fixtureOf(action, from),
        status: wrongState,
      });
      const untouched = await writeCounts(db, misplaced);
      const refused = await enforcementMutation(federation, actor, mutation, {
        id: misplaced,
        version: 1,
        ...input,
      });
      expect(refused.errors?.[0]?.extensions?.['code'], JSON.stringify(refused.errors)).toBe(
        'INVALID_TRANSITION',
      );
      expect(refused.errors?.[0]?.message).toContain(`该执法案件当前状态为 ${wrongState}（`);
      const current = await readEnforcement(federation, actor, misplaced);
      expect(refused.errors?.[0]?.extensions?.['allowedActions']).toEqual(current?.allowedActions);
      expect(await writeCounts(db, misplaced)).toEqual(untouched);

      // The right state, but a user of the other role, and one who may not act at all.
      const id = await insertEnforcementFixture(db, { ...fixtureOf(action, from), status: from });
      const unchanged = await writeCounts(db, id);
      for (const [role, username] of Object.entries(userOf)) {
        if (roles.includes(role)) continue;
        const wrongRole = await enforcementMutation(federation, username, mutation, {
          id,
          version: 1,
          ...input,
        });
        expect(wrongRole.errors?.[0]?.extensions?.['code'], username).toBe('INVALID_TRANSITION');
        expect(wrongRole.errors?.[0]?.message).toContain(`需要以下角色之一：${roles.join('、')}`);
      }
      const supervisor = await enforcementMutation(federation, 'supervisor.320100', mutation, {
        id,
        version: 1,
        ...input,
      });
      expect(supervisor.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(await writeCounts(db, id)).toEqual(unchanged);
    });
  }
});
