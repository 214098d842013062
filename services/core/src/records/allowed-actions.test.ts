import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessFor, isAllowed } from '@city-ops/kernel';
import type { Operation, Principal } from '@city-ops/kernel';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import type {
  DirectiveRow,
  DirectiveStepRow,
  SupervisionOrderRow,
} from '../database/sync-tables.js';
import type { CaseReportRow, EnforcementRecordRow, HotlineTicketRow } from '../database/tables.js';
import { foldDirective, directiveMachine } from '../supervision/directive-machine.js';
import {
  supervisionMachine,
  supervisionStepOperations,
} from '../supervision/supervision-machine.js';
import type { SupervisionCase } from '../supervision/supervision-machine.js';
import { toDirectiveView, toSupervisionOrderView } from '../supervision/supervision-view.js';
import { planTransition } from '../workflow/state-machine.js';
import type { StateContext, StateMachine } from '../workflow/state-machine.js';
import { caseKind } from './case/case-kind.js';
import { enforcementKind } from './enforcement/enforcement-kind.js';
import { allowedRecordActions } from './record-fields.js';
import type { RecordClock, RecordKind, RecordRow, RecordTable } from './record-kind.js';
import { ticketKind } from './ticket/ticket-kind.js';
import { testPrincipal } from './workflows-doc-rules.js';

/*
 * `allowedActions` against what a mutation accepts, for every machine, every state, every
 * role of the realm and every relation of the user to the record (the lead, a co-handling
 * or another unit; the assigned unit; an inspector in or out of the grid; an investigator
 * reviewing; the addressee's own users or others): an action is listed exactly when the
 * mutation — its operation, then the machine, with some input — would take it.
 */

const LEAD = '320100-cg';
const CO = '320100-sw';
const OTHER = '320100-yl';
const GRID = '320100-g001';
const NOW = new Date('2026-11-25T02:00:00Z');
const at = (local: string) => new Date(`${local}+08:00`);
const NOTICE = at('2026-11-16T10:00:00');

/** Every realm role, each as the users who hold it sit (a unit user of each relation, …). */
function users(): Principal[] {
  const city = (role: string, extra: Partial<Principal> = {}) =>
    testPrincipal([role], { division: '320100', ...extra });
  return [
    city('hotline-agent'),
    city('dispatcher'),
    city('dispatcher', { division: '320106' }),
    ...[LEAD, CO, OTHER, undefined].map((department) => city('handling-unit', { department })),
    ...[GRID, '320100-g002', undefined].map((grid) => city('inspector', { grid })),
    city('enforcement-officer'),
    city('enforcement-officer', { username: 'inv-1' }),
    city('legal-reviewer'),
    city('legal-reviewer', { username: 'inv-1' }),
    city('city-supervisor'),
    city('city-supervisor', { division: '320106' }),
    city('city-supervisor', { division: '320200' }),
    city('auditor'),
    testPrincipal(['provincial-supervisor'], { division: '320000' }),
    testPrincipal(['provincial-supervisor'], { division: '330000' }),
    testPrincipal(['ministry-analyst'], { division: '000000' }),
    testPrincipal(['node-sync'], { division: '320000' }),
    // Several roles at once: the union of what each may do.
    testPrincipal(['dispatcher', 'handling-unit', 'inspector'], {
      division: '320100',
      department: LEAD,
      grid: GRID,
    }),
  ];
}

/** Whatever a request may carry that some row's input check asks for, valid for `record`. */
function fullInput(notice: Date | null): Record<string, unknown> {
  return {
    comment: '理由充分，已核实',
    investigators: ['inv-a', 'inv-b'],
    presidingOfficer: 'chair-1',
    penaltyType: 'WARNING',
    requestedAt: notice ? new Date(notice.getTime() + 3_600_000) : NOW,
  };
}

/** The actions a mutation takes for this user: its operation, then the machine, with some input. */
function accepted<R>(
  machine: StateMachine<R>,
  context: StateContext<R>,
  operationOf: (action: string) => Operation,
  inputs: Record<string, unknown>[],
): string[] {
  const actions = [...new Set(machine.transitions.map((transition) => transition.action))];
  return actions.filter(
    (action) =>
      isAllowed(context.principal, operationOf(action)) &&
      inputs.some((input) => {
        try {
          planTransition(machine, action, { ...context, input });
          return true;
        } catch (error) {
          if (error instanceof GraphQLError) return false;
          throw error;
        }
      }),
  );
}

/** In table order, as allowedActions lists them. */
function inTableOrder<R>(machine: StateMachine<R>, actions: string[]): string[] {
  const order = [...new Set(machine.transitions.map((transition) => transition.action))];
  return [...actions].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

function ticket(overrides: Partial<HotlineTicketRow>): HotlineTicketRow {
  return {
    id: '320100-t1',
    number: '32010020261125000001',
    origin_node: '320100',
    attachment_count: 0,
    division: '320106',
    channel: 'PHONE',
    intake_class: 'COMPLAINT',
    category_code: '010101',
    title: '噪音',
    content: '夜间施工',
    caller_name: '张三',
    caller_phone: '13812345678',
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
    satisfaction: 'SATISFIED',
    parent_ticket_id: null,
    lead_unit: LEAD,
    co_units: [CO],
    co_unit_replies: {},
    case_id: null,
    reply: null,
    replied_at: null,
    due_at: null,
    extension_days: null,
    extension_reason: null,
    closed_at: null,
    created_by: 'agent',
    created_at: NOW,
    updated_at: NOW,
    version: 1,
    ...overrides,
  };
}

function caseRow(overrides: Partial<CaseReportRow>): CaseReportRow {
  return {
    id: '320100-c1',
    number: '320100AJ20261125000001',
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
    grid_cell: GRID,
    longitude: null,
    latitude: null,
    urgency: 'NORMAL',
    status: 'COLLECTED',
    handling_unit: LEAD,
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
    created_by: 'inspector',
    created_at: NOW,
    updated_at: NOW,
    version: 1,
    ...overrides,
  };
}

function enforcementRow(overrides: Partial<EnforcementRecordRow>): EnforcementRecordRow {
  return {
    id: '320100-e1',
    number: '320100ZF20261102000001',
    origin_node: '320100',
    attachment_count: 0,
    division: '320106',
    source: 'PATROL',
    violated_article: '第二十条',
    penalty_article: '第四十条',
    party_kind: 'PERSON',
    party_name: '王五',
    party_id_number: null,
    party_credit_code: null,
    party_legal_representative: null,
    officers: [
      { name: '张三', certificateNumber: 'ZF-001' },
      { name: '李四', certificateNumber: 'ZF-002' },
    ],
    procedure: 'ORDINARY',
    status: 'FILED',
    fine_amount: null,
    filed_at: at('2026-11-02T09:00:00'),
    decided_at: null,
    is_major: false,
    investigators: ['inv-1', 'inv-2'],
    decision_due_at: null,
    decision_extension_days: 0,
    decision_extension_reason: null,
    decision_extension_approved_by: null,
    notice_served_at: null,
    hearing_requested_at: null,
    hearing_waived_at: null,
    hearing_presiding_officer: null,
    hearing_held_at: null,
    legal_reviewed_by: null,
    legal_reviewed_at: null,
    decision: null,
    service_due_at: null,
    served_at: null,
    payment_due_at: null,
    paid_at: null,
    amount_paid: null,
    enforced_at: null,
    closed_at: null,
    linked_ticket_id: null,
    linked_case_id: null,
    created_by: 'officer',
    created_at: at('2026-11-02T09:00:00'),
    updated_at: at('2026-11-02T09:00:00'),
    version: 1,
    ...overrides,
  };
}

/** What each kind's guards turn on, one variant of the record per line. */
const recordVariants: {
  [T in RecordTable]: { variants: Partial<RecordRow<T>>[]; nows: Date[] };
} = {
  hotline_ticket: {
    variants: [
      {},
      { parent_ticket_id: '320100-t0' },
      { extension_days: 2, extension_reason: '协调' },
      { satisfaction: 'DISSATISFIED' },
      { satisfaction: null },
      { lead_unit: null, co_units: [] },
      // A replica from before co-handling replies were kept has none.
      { co_unit_replies: null },
      {
        co_unit_replies: {
          [CO]: { reply: '已配合', repliedAt: NOW.toISOString(), repliedBy: 'sw' },
        },
      },
    ],
    nows: [NOW],
  },
  case_report: {
    variants: [
      {},
      { extension_days: 2, extension_reason: '车辆' },
      { return_reason: '不属本单位' },
      { handling_unit: null, grid_cell: null },
      { grid_cell: '320100-g009' },
    ],
    nows: [NOW],
  },
  enforcement_record: {
    variants: [
      {},
      { procedure: 'SUMMARY' },
      { procedure: 'SUMMARY', officers: [{ name: '张三', certificateNumber: 'ZF-001' }] },
      { notice_served_at: NOTICE },
      { notice_served_at: NOTICE, hearing_waived_at: at('2026-11-17T09:00:00') },
      { notice_served_at: NOTICE, hearing_held_at: at('2026-11-20T10:00:00') },
      { notice_served_at: NOTICE, is_major: true, hearing_waived_at: NOTICE },
      { notice_served_at: NOTICE, legal_reviewed_at: NOTICE, legal_reviewed_by: 'rev-1' },
      { decision: 'FINE', payment_due_at: at('2026-11-20T00:00:00') },
      { decision: 'FINE', payment_due_at: at('2026-12-20T00:00:00') },
      { decision: 'FINE' },
      { decision: 'WARNING' },
    ],
    // Inside the hearing window (it ends 2026-11-24 00:00 local) and after it.
    nows: [at('2026-11-17T09:00:00'), NOW],
  },
};

/**
 * For every state × variant of the record × clock × user: the listed actions, and the
 * actions a mutation would take (the kind's operation, then the machine, with some input).
 */
function compareOnEveryRecord<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  build: (overrides: Partial<RecordRow<T>>) => RecordRow<T>,
  everyone: Principal[],
): number {
  const { variants, nows } = recordVariants[kind.table] as unknown as {
    variants: Partial<RecordRow<T>>[];
    nows: Date[];
  };
  let compared = 0;
  for (const { name: status } of kind.machine.states) {
    for (const variant of variants) {
      for (const now of nows) {
        const row = build({ ...variant, status } as Partial<RecordRow<T>>);
        const clock: RecordClock = {
          calendar: WorkingCalendar.weekdaysOnly,
          timeZone: 'Asia/Shanghai',
          now,
        };
        const notice = (row as { notice_served_at?: Date | null }).notice_served_at ?? null;
        for (const principal of everyone) {
          const listed = allowedRecordActions(kind, row, principal, clock);
          const context = { record: kind.subjectOf(row, clock), principal, now };
          const taken = accepted(kind.machine, context, kind.actionOperation, [
            {},
            fullInput(notice),
          ]);
          const who = `${principal.roles.join('+')} ${principal.department ?? principal.grid ?? principal.username}@${principal.division}`;
          expect(listed, `${status} ${JSON.stringify(variant)} ${who}`).toEqual(
            inTableOrder(kind.machine, taken),
          );
          compared += 1;
        }
      }
    }
  }
  return compared;
}

/**
 * A single-role user whose role a row names, and who may read the kind, holds the row's
 * operation at least as broadly: the operation never refuses a record the user was shown
 * the action on (a user of several roles is narrowed by the machine's own guards).
 */
function operationsCoverReaders<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  everyone: Principal[],
): void {
  const breadth = { unit: 0, grid: 0, city: 1, province: 2, national: 3 } as const;
  for (const transition of kind.machine.transitions) {
    for (const principal of everyone) {
      if (principal.roles.length !== 1 || !transition.roles.includes(principal.roles[0]!)) continue;
      const read = accessFor(principal, kind.readOperation);
      if (!read) continue;
      const act = accessFor(principal, kind.actionOperation(transition.action));
      const which = `${kind.noun} ${transition.action} ${principal.roles[0]!}`;
      expect(act, which).toBeDefined();
      expect(breadth[act!.scope], which).toBeGreaterThanOrEqual(breadth[read.scope]);
    }
  }
}

describe('allowedActions is what the mutation accepts', () => {
  const everyone = users();
  // Tens of thousands of refusals are built here and none of their stacks is read.
  const stackTraceLimit = Error.stackTraceLimit;
  beforeAll(() => {
    Error.stackTraceLimit = 0;
  });
  afterAll(() => {
    Error.stackTraceLimit = stackTraceLimit;
  });
  const variantsOf = (table: RecordTable) => recordVariants[table].variants.length;
  const nowsOf = (table: RecordTable) => recordVariants[table].nows.length;

  it('on every ticket, in every state, for every role and relation', () => {
    expect(compareOnEveryRecord(ticketKind, ticket, everyone)).toBe(
      ticketKind.machine.states.length * variantsOf('hotline_ticket') * everyone.length,
    );
  });

  it('on every case, in every state, for every role and relation', () => {
    expect(compareOnEveryRecord(caseKind, caseRow, everyone)).toBe(
      caseKind.machine.states.length * variantsOf('case_report') * everyone.length,
    );
  });

  it('on every enforcement record, in every state, for every role and relation', () => {
    expect(compareOnEveryRecord(enforcementKind, enforcementRow, everyone)).toBe(
      enforcementKind.machine.states.length *
        variantsOf('enforcement_record') *
        nowsOf('enforcement_record') *
        everyone.length,
    );
  });

  it('whose operation reaches every record its roles may read: the operation never refuses what the machine offers', () => {
    operationsCoverReaders(ticketKind, everyone);
    operationsCoverReaders(caseKind, everyone);
    operationsCoverReaders(enforcementKind, everyone);
  });

  const order: SupervisionOrderRow = {
    id: '320000-s1',
    number: 'DB20261120000001',
    issuer_division: '320000',
    division: '320100',
    record_entity: 'hotline_ticket',
    record_id: '320100-t1',
    level: 'LISTED',
    deadline: new Date('2026-11-30T16:00:00Z'),
    instructions: '限期整改',
    issued_by: 'supervisor.320000',
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  };

  it('on every supervision order, in every state, for every role and assigned unit or not', () => {
    for (const { name: state } of supervisionMachine.states) {
      for (const handlingUnit of [LEAD, CO, null]) {
        const supervision: SupervisionCase = { order, steps: [], state, handlingUnit };
        for (const principal of everyone) {
          const listed = toSupervisionOrderView(supervision, principal, NOW).allowedActions;
          const taken = accepted(
            supervisionMachine,
            { record: supervision, principal, now: NOW },
            (action) => supervisionStepOperations[action as keyof typeof supervisionStepOperations],
            [{}, fullInput(null)],
          );
          expect(listed, `${state} ${handlingUnit} ${principal.roles.join('+')}`).toEqual(
            inTableOrder(supervisionMachine, taken),
          );
        }
      }
    }
  });

  it('shows a replied order to its province as both closed and returned', () => {
    const replied: SupervisionCase = { order, steps: [], state: 'REPLIED', handlingUnit: LEAD };
    const supervisor = testPrincipal(['provincial-supervisor'], { division: '320000' });
    expect(toSupervisionOrderView(replied, supervisor, NOW).allowedActions).toEqual([
      'close',
      'return',
    ]);
  });

  const directive: DirectiveRow = {
    id: '000000-d1',
    number: 'BZ20261120000001',
    issuer_division: '000000',
    division: '320000',
    title: '汛期排查',
    body: '排查易涝点',
    due_at: null,
    issued_by: 'analyst.000000',
    version: 1,
    created_at: NOW,
    updated_at: NOW,
  };
  const step = (
    action: DirectiveStepRow['action'],
    division: string,
    minute: number,
  ): DirectiveStepRow => ({
    id: `${division}-${action}`,
    directive_id: directive.id,
    division,
    action,
    comment: action === 'report' ? '已排查' : null,
    actor: 'someone',
    version: 1,
    created_at: new Date(NOW.getTime() - (10 - minute) * 60_000),
    updated_at: NOW,
  });
  const stepsTo: Record<string, (division: string) => DirectiveStepRow[]> = {
    ISSUED: () => [],
    ACKNOWLEDGED: (division) => [step('acknowledge', division, 1)],
    REPORTED: (division) => [step('acknowledge', division, 1), step('report', division, 2)],
  };

  it('on every directive, at every node, in every state, for every role and addressee or not', () => {
    const nodes = [
      { division: '320100', addressee: true },
      { division: '320000', addressee: true },
      { division: '000000', addressee: false },
    ];
    for (const here of nodes) {
      for (const { name: state } of directiveMachine.states) {
        // Another addressee's steps never move this one's state.
        const steps = [...stepsTo[state]!(here.division), ...stepsTo['REPORTED']!('320200')];
        for (const principal of everyone) {
          const listed = toDirectiveView(directive, steps, here, principal).allowedActions;
          const own = foldDirective(
            directive,
            steps.filter((candidate) => candidate.division === here.division),
            here.addressee ? here.division : null,
          );
          expect(own.state).toBe(state);
          const taken = accepted(
            directiveMachine,
            { record: own, principal, now: NOW },
            () => 'directive.respond',
            [{}, fullInput(null)],
          );
          expect(
            listed,
            `${here.division} ${state} ${principal.roles.join('+')}@${principal.division}`,
          ).toEqual(inTableOrder(directiveMachine, taken));
        }
      }
    }
  });

  it('shows an acknowledged directive to the city supervisor with its report to write', () => {
    const steps = stepsTo['ACKNOWLEDGED']!('320100');
    const supervisor = testPrincipal(['city-supervisor'], { division: '320100' });
    expect(
      toDirectiveView(directive, steps, { division: '320100', addressee: true }, supervisor)
        .allowedActions,
    ).toEqual(['report']);
  });
});
