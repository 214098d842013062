import { CASE_COUNTED_ACTIONS } from './case-counters.js';
import { recordWriteRefusals } from '../record-write-refusals.js';
import { allowedActions, planTransition } from '../../workflow/state-machine.js';
import {
  machineOutcomes,
  ruleOutcomes,
  workflowRules,
  workflowStates,
} from '../workflows-doc-rules.js';
import { policy } from '@city-ops/kernel';
import type { CaseReportRow } from '../../database/tables.js';
import type { Grant, Principal } from '@city-ops/kernel';
import { typeDefs } from '@city-ops/schema';
import { caseMachine } from './case-machine.js';
import { caseActionMutations } from './case-mutations.js';
import type { CaseAction } from './case-mutations.js';
import { caseWorkflowMutationNames } from './case-workflow-resolvers.js';
import { buildSchema } from 'graphql';
import type { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(typeDefs);

function principal(roles: string[], extra: Partial<Principal> = {}): Principal {
  return {
    subject: 's-1',
    username: 'user',
    roles,
    division: '320100',
    department: undefined,
    grid: undefined,
    clientId: 'city-ops-web',
    token: '',
    expiresAt: new Date('2099-01-01T00:00:00Z'),
    ...extra,
  };
}

function caseRow(overrides: Partial<CaseReportRow> = {}): CaseReportRow {
  const now = new Date();
  return {
    id: '320100-x',
    number: 'N1',
    origin_node: '320100',
    attachment_count: 0,
    division: '320106',
    source: 'INSPECTOR',
    case_type: 'EVENT',
    major_class: 'CITY_APPEARANCE',
    minor_code: '0101',
    object_code: null,
    description: '暴露垃圾',
    address: null,
    grid_cell: '320100-g001',
    longitude: null,
    latitude: null,
    urgency: 'NORMAL',
    status: 'COLLECTED',
    handling_unit: '320100-cg',
    closure_type: null,
    linked_ticket_id: null,
    filed_at: null,
    filed_by: null,
    dispatched_at: null,
    due_at: null,
    handled_at: null,
    handling_result: null,
    extension_days: null,
    extension_reason: null,
    return_reason: null,
    verified_at: null,
    verified_by: null,
    closed_at: null,
    parked_reason: null,
    void_reason: null,
    evaluated_at: null,
    evaluation_score: null,
    evaluation_comment: null,
    created_by: 'x',
    created_at: now,
    updated_at: now,
    version: 1,
    ...overrides,
  };
}

describe('the case machine', () => {
  it('has exactly the states of the CaseStatus enum, each reachable from COLLECTED', () => {
    const statuses = (schema.getType('CaseStatus') as GraphQLEnumType)
      .getValues()
      .map((value) => value.name);
    expect(caseMachine.states.map((state) => state.name).sort()).toEqual([...statuses].sort());
    const reached = new Set([caseMachine.initial]);
    for (let grown = true; grown;) {
      grown = false;
      for (const transition of caseMachine.transitions) {
        if (transition.from.some((from) => reached.has(from)) && !reached.has(transition.to)) {
          reached.add(transition.to);
          grown = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...statuses].sort());
  });

  it('names every counted action (返工, 延期, 回退) among its transitions', () => {
    const actions = caseMachine.transitions.map((transition) => transition.action);
    for (const action of Object.values(CASE_COUNTED_ACTIONS)) expect(actions).toContain(action);
  });

  it('gives every role of a row the operation of its mutation, and every mutation exists', () => {
    const mutations = schema.getMutationType()!.getFields();
    for (const transition of caseMachine.transitions) {
      const { mutation, operation } = caseActionMutations[transition.action as CaseAction];
      expect(mutations[mutation], mutation).toBeDefined();
      const granted = (policy[operation].grants as readonly Grant[]).map((grant) => grant.role);
      for (const role of transition.roles) {
        expect(granted, `${transition.action}: ${role} holds ${operation}`).toContain(role);
      }
    }
  });

  it('resolves at the city, and refuses elsewhere, exactly the workflow mutations it maps', () => {
    const mapped = [...new Set(Object.values(caseActionMutations).map((entry) => entry.mutation))];
    expect([...caseWorkflowMutationNames].sort()).toEqual([...mapped].sort());
    const refused = Object.keys(recordWriteRefusals()['Mutation'] ?? {});
    expect(refused).toEqual(expect.arrayContaining(mapped));
  });

  it('lets only the assigned unit handle, and an inspector verify only in their grid', () => {
    const now = new Date();
    const dispatched = caseRow({ status: 'DISPATCHED' });
    const cg = principal(['handling-unit'], { department: '320100-cg' });
    const sw = principal(['handling-unit'], { department: '320100-sw' });
    expect(allowedActions(caseMachine, { record: dispatched, principal: cg, now })).toEqual([
      'startHandling',
      'requestReturn',
    ]);
    expect(allowedActions(caseMachine, { record: dispatched, principal: sw, now })).toEqual([]);

    const reported = caseRow({ status: 'REPORTED' });
    const inGrid = principal(['inspector'], { grid: '320100-g001' });
    const elsewhere = principal(['inspector'], { grid: '320100-g002' });
    expect(allowedActions(caseMachine, { record: reported, principal: inGrid, now })).toEqual([
      'verifyPass',
      'verifyFail',
    ]);
    expect(allowedActions(caseMachine, { record: reported, principal: elsewhere, now })).toEqual(
      [],
    );
    expect(
      allowedActions(caseMachine, {
        record: reported,
        principal: principal(['dispatcher']),
        now,
      }),
    ).toEqual(['verifyPass', 'verifyFail']);
  });

  it('holds the unit to one pending request, which only the dispatcher settles', () => {
    const now = new Date();
    const cg = principal(['handling-unit'], { department: '320100-cg' });
    const dispatcher = principal(['dispatcher']);
    const waiting = caseRow({ status: 'HANDLING', extension_days: 2, extension_reason: '车辆' });
    expect(allowedActions(caseMachine, { record: waiting, principal: cg, now })).toEqual([]);
    expect(allowedActions(caseMachine, { record: waiting, principal: dispatcher, now })).toEqual([
      'approveExtension',
      'rejectExtension',
      'park',
    ]);
    const free = caseRow({ status: 'HANDLING' });
    expect(allowedActions(caseMachine, { record: free, principal: cg, now })).toEqual([
      'reportBack',
      'requestExtension',
    ]);
  });
});

/** A case on which the guard of `action` passes, acted on by the assigned unit in the case's grid. */
function passing(action: string, status: string, role: string) {
  return {
    record: caseRow({
      status,
      extension_days: ['approveExtension', 'rejectExtension'].includes(action) ? 2 : null,
      return_reason: ['approveReturn', 'rejectReturn'].includes(action) ? '不属本单位' : null,
    }),
    principal: principal([role], { department: '320100-cg', grid: '320100-g001' }),
    input: {},
    now: new Date(),
  };
}

function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'allowed';
}

describe('the case machine against docs/WORKFLOWS.md', () => {
  it('has the states of the table, starting in COLLECTED', () => {
    expect(caseMachine.states).toEqual(workflowStates('数字城管'));
    expect(caseMachine.initial).toBe('COLLECTED');
  });

  it('makes every move of the table from each state for each of its roles, and refuses every other', () => {
    const rules = workflowRules('数字城管');
    expect(machineOutcomes(caseMachine, passing)).toEqual(ruleOutcomes(caseMachine, rules));
  });

  // Each guard of the table, refusing: [action, case, roles, principal, why].
  const refusals: [string, Partial<CaseReportRow>, string[], Partial<Principal>, string][] = [
    [
      'startHandling',
      { status: 'DISPATCHED' },
      ['handling-unit'],
      { department: '320100-sw' },
      'only the assigned unit 320100-cg acts on it; you are 320100-sw',
    ],
    [
      'startHandling',
      { status: 'REWORK', handling_unit: null },
      ['handling-unit'],
      {},
      'only the assigned unit (none) acts on it; you are not a handling unit',
    ],
    [
      'reportBack',
      { status: 'HANDLING', extension_days: 3 },
      ['handling-unit'],
      { department: '320100-cg' },
      'an extension of 3 working days is waiting for the dispatcher',
    ],
    [
      'requestExtension',
      { status: 'HANDLING', extension_days: 0 },
      ['handling-unit'],
      { department: '320100-cg' },
      'an extension of 0 working days is waiting for the dispatcher',
    ],
    [
      'requestReturn',
      { status: 'DISPATCHED', return_reason: '不属本单位' },
      ['handling-unit'],
      { department: '320100-cg' },
      'a return request is waiting for the dispatcher',
    ],
    [
      'verifyPass',
      { status: 'REPORTED' },
      ['inspector'],
      { grid: '320100-g002' },
      'an inspector verifies only in their own grid 320100-g002; the case is in 320100-g001',
    ],
    [
      'verifyFail',
      { status: 'REPORTED', grid_cell: null },
      ['inspector'],
      {},
      'an inspector verifies only in their own grid (none); the case is in no grid',
    ],
    [
      'approveExtension',
      { status: 'HANDLING' },
      ['dispatcher'],
      {},
      'no extension has been requested',
    ],
    [
      'rejectExtension',
      { status: 'HANDLING' },
      ['dispatcher'],
      {},
      'no extension has been requested',
    ],
    ['approveReturn', { status: 'DISPATCHED' }, ['dispatcher'], {}, 'no return has been requested'],
    ['rejectReturn', { status: 'DISPATCHED' }, ['dispatcher'], {}, 'no return has been requested'],
  ];

  it.each(refusals)('refuses %s when its guard does not hold', (action, row, roles, extra, why) => {
    const message = refusalOf(() =>
      planTransition(caseMachine, action, {
        record: caseRow(row),
        principal: principal(roles, extra),
        input: {},
        now: new Date(),
      }),
    );
    expect(message).toContain(`${action} is not possible: ${why}.`);
  });

  it('lets an inspector without a grid verify nothing, even a case without a grid', () => {
    const reported = caseRow({ status: 'REPORTED', grid_cell: null });
    expect(
      allowedActions(caseMachine, {
        record: reported,
        principal: principal(['inspector']),
        now: new Date(),
      }),
    ).toEqual([]);
  });

  it('lets a handling unit without a unit claim handle nothing, even a case without a unit', () => {
    const dispatched = caseRow({ status: 'DISPATCHED', handling_unit: null });
    expect(
      allowedActions(caseMachine, {
        record: dispatched,
        principal: principal(['handling-unit']),
        now: new Date(),
      }),
    ).toEqual([]);
  });
});
