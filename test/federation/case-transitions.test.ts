import { caseActionMutations, caseMachine } from '@city-ops/core';
import type { CaseAction, CaseReportTable } from '@city-ops/core';
import { caseMutation, insertCaseFixture } from '../support/cases.js';
import type { CaseResult } from '../support/cases.js';
import { startFederation } from '../support/federation.js';
import type { GraphQLResponse, TestFederation } from '../support/federation.js';
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Generated from the case machine's transition table: for every row, every from
 * state and every role of the row, the action goes through (new state, version + 1,
 * one history entry); from a state outside the row it is INVALID_TRANSITION listing
 * the allowed actions; a user of any other role is refused (INVALID_TRANSITION or
 * FORBIDDEN); and a guarded row is refused when its guard does not hold. Each
 * refusal leaves the case as it was. All through the gateway.
 */

/** A demo user of each role (320100; the unit is 320100-cg, the inspector's grid 320100-g001). */
const userOf: Record<string, string> = {
  dispatcher: 'dispatcher.320100',
  'handling-unit': 'unit-cg.320100',
  inspector: 'inspector.320100',
  'city-supervisor': 'supervisor.320100',
  'hotline-agent': 'agent.320100',
};

/** What each action's input needs beyond id and version. */
const inputOf: Record<CaseAction, Record<string, unknown>> = {
  file: {},
  void: { reason: '重复上报' },
  dispatch: { handlingUnit: '320100-sw' },
  startHandling: {},
  reportBack: { result: '垃圾已清运' },
  verifyPass: { passed: true },
  verifyFail: { passed: false, comment: '现场仍有垃圾' },
  requestExtension: { workingDays: 2, reason: '需协调环卫车辆' },
  approveExtension: {},
  rejectExtension: { reason: '时限内可以完成' },
  requestReturn: { reason: '不属于本单位职责' },
  approveReturn: {},
  rejectReturn: { reason: '属于本单位职责' },
  park: { reason: '需列入年度改造计划' },
  resume: {},
  evaluate: { score: 90 },
};

const pendingExtension = {
  extension_days: 2,
  extension_reason: '需协调环卫车辆',
  due_at: new Date(Date.now() + 86_400_000),
};
const pendingReturn = { return_reason: '不属于本单位职责' };

/** The stored case each action needs besides its state, so its guard holds. */
const fixtureOf: Partial<Record<CaseAction, Partial<Insertable<CaseReportTable>>>> = {
  approveExtension: pendingExtension,
  rejectExtension: pendingExtension,
  approveReturn: pendingReturn,
  rejectReturn: pendingReturn,
};

/** For every guarded row: a case (and user) for which the guard does not hold. */
const guardBreakers: Partial<
  Record<
    CaseAction,
    { why: string; fixture: Partial<Insertable<CaseReportTable>>; user?: string; code?: string }
  >
> = {
  startHandling: { why: 'a return request is pending', fixture: pendingReturn },
  reportBack: { why: 'an extension request is pending', fixture: pendingExtension },
  requestExtension: { why: 'an extension request is pending', fixture: pendingExtension },
  requestReturn: { why: 'a return request is pending', fixture: pendingReturn },
  approveExtension: { why: 'no extension was requested', fixture: {} },
  rejectExtension: { why: 'no extension was requested', fixture: {} },
  approveReturn: { why: 'no return was requested', fixture: {} },
  rejectReturn: { why: 'no return was requested', fixture: {} },
  // The grid is also the inspector's row scope, so another grid's case is not even found.
  verifyPass: {
    why: "the case is outside the inspector's grid",
    fixture: { grid_cell: '320100-g002' },
    user: 'inspector.320100',
    code: 'NOT_FOUND',
  },
  verifyFail: {
    why: "the case is outside the inspector's grid",
    fixture: { grid_cell: '320100-g002' },
    user: 'inspector.320100',
    code: 'NOT_FOUND',
  },
};

const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.['code'];

describe('the case machine, row by row through the gateway', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startFederation({ cities: ['320100'] });
  });

  afterAll(async () => {
    await federation?.close();
  });

  const act = async (user: string, action: CaseAction, id: string) => {
    const { mutation } = caseActionMutations[action];
    return federation.query<Record<string, CaseResult>>(
      federation.token(user),
      caseMutation(mutation),
      { input: { id, version: 1, ...inputOf[action] } },
    );
  };

  const stored = (id: string) =>
    federation
      .database('320100')
      .selectFrom('case_report')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  it('maps every transition of the machine to a mutation, and nothing else', () => {
    expect(Object.keys(caseActionMutations).sort()).toEqual(
      [...new Set(caseMachine.transitions.map((transition) => transition.action))].sort(),
    );
    for (const transition of caseMachine.transitions) {
      if (transition.guard) expect(guardBreakers[transition.action as CaseAction]).toBeDefined();
    }
  });

  for (const transition of caseMachine.transitions) {
    const action = transition.action as CaseAction;
    const { mutation } = caseActionMutations[action];
    const row = `${action} (${transition.from.join('|')} → ${transition.to})`;

    for (const from of transition.from) {
      for (const role of transition.roles) {
        it(`${row}: ${role} takes it from ${from} via ${mutation}`, async () => {
          const id = await insertCaseFixture(federation.database('320100'), {
            status: from,
            ...fixtureOf[action],
          });
          const response = await act(userOf[role]!, action, id);
          expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
          const result = response.data![mutation]!;
          expect(result).toMatchObject({ id, status: transition.to, version: 2 });
          expect(result.history).toEqual([
            expect.objectContaining({
              action,
              fromState: from,
              toState: transition.to,
              actor: userOf[role],
            }),
          ]);
        });
      }
    }

    const wrongState = caseMachine.states.find((state) => !transition.from.includes(state.name));
    if (wrongState) {
      it(`${row}: refused from ${wrongState.name} with INVALID_TRANSITION listing the allowed actions`, async () => {
        const id = await insertCaseFixture(federation.database('320100'), {
          status: wrongState.name,
          ...fixtureOf[action],
        });
        const response = await act(userOf[transition.roles[0]!]!, action, id);
        expect(codeOf(response)).toBe('INVALID_TRANSITION');
        expect(response.errors?.[0]?.extensions?.['allowedActions']).toEqual(expect.any(Array));
        expect(response.errors?.[0]?.message).toContain(wrongState.name);
        expect(await stored(id)).toEqual({ status: wrongState.name, version: 1 });
      });
    }

    const otherRoles = Object.keys(userOf).filter((role) => !transition.roles.includes(role));
    it(`${row}: refused for ${otherRoles.join(', ')}`, async () => {
      const id = await insertCaseFixture(federation.database('320100'), {
        status: transition.from[0],
        ...fixtureOf[action],
      });
      for (const role of otherRoles) {
        const response = await act(userOf[role]!, action, id);
        expect(codeOf(response), `${role}: ${JSON.stringify(response.errors)}`).toMatch(
          /^(INVALID_TRANSITION|FORBIDDEN)$/,
        );
      }
      expect(await stored(id)).toEqual({ status: transition.from[0], version: 1 });
    });

    const breaker = guardBreakers[action];
    if (breaker) {
      it(`${row}: refused when ${breaker.why} (guard: ${transition.guardText ?? ''})`, async () => {
        const id = await insertCaseFixture(federation.database('320100'), {
          status: transition.from[0],
          ...breaker.fixture,
        });
        const response = await act(breaker.user ?? userOf[transition.roles[0]!]!, action, id);
        expect(codeOf(response), JSON.stringify(response.errors)).toBe(
          breaker.code ?? 'INVALID_TRANSITION',
        );
        expect(await stored(id)).toEqual({ status: transition.from[0], version: 1 });
      });
    }
  }
});
