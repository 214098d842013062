import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../records/record-kinds.js';
import { RECORD_TABLES } from '../records/record-kind.js';
import { ACTIONS_OUTSIDE_MACHINES, HISTORY_MACHINES, historyLabels } from './history-labels.js';
import { LABELLED_MACHINES } from './labelled-machines.js';

describe('machine English', () => {
  it.each(Object.entries(LABELLED_MACHINES))(
    'the %s machine says every state and row term in English, and nothing else',
    (_name, { machine, english }) => {
      expect(Object.keys(english.states).sort()).toEqual(
        machine.states.map((state) => state.name).sort(),
      );
      expect(Object.keys(english.actions).sort()).toEqual(
        [...new Set(machine.transitions.map((transition) => transition.label))].sort(),
      );
      for (const text of [...Object.values(english.states), ...Object.values(english.actions)]) {
        expect(text).toMatch(/^[A-Z][A-Za-z ,:'-]+$/);
      }
    },
  );
});

describe('history labels', () => {
  it.each(RECORD_TABLES)('%s history is labelled by the machine its kind acts with', (table) => {
    expect(HISTORY_MACHINES[table].machine).toBe(RECORD_KINDS[table].machine);
  });

  it.each(RECORD_TABLES)(
    'every row of the %s machine reads as its term and its states, in both languages',
    (table) => {
      const { machine, english } = HISTORY_MACHINES[table];
      for (const row of machine.transitions) {
        for (const from of row.from) {
          const entry = { action: row.action, fromState: from, toState: row.to };
          const toState = machine.states.find((state) => state.name === row.to);
          const fromState = machine.states.find((state) => state.name === from);
          expect(historyLabels(table, entry, 'zh')).toEqual({
            actionLabel: row.label,
            fromStateLabel: fromState?.label,
            toStateLabel: toState?.label,
          });
          expect(historyLabels(table, entry, 'en')).toEqual({
            actionLabel: english.actions[row.label],
            fromStateLabel: english.states[from],
            toStateLabel: english.states[row.to],
          });
        }
      }
    },
  );

  it('say a ticket dispatched as 派单 to 已派单, Dispatch to Dispatched in English', () => {
    const entry = { action: 'dispatch', fromState: 'ACCEPTED', toState: 'DISPATCHED' };
    expect(historyLabels('hotline_ticket', entry, 'zh')).toEqual({
      actionLabel: '派单',
      fromStateLabel: '受理',
      toStateLabel: '已派单',
    });
    expect(historyLabels('hotline_ticket', entry, 'en')).toEqual({
      actionLabel: 'Dispatch',
      fromStateLabel: 'Accepted',
      toStateLabel: 'Dispatched',
    });
  });

  it('read an action said two ways as the row taken: 当场决定 at filing, 决定 after notice', () => {
    const onTheSpot = { action: 'decide', fromState: 'FILED', toState: 'DECIDED' };
    const afterNotice = { action: 'decide', fromState: 'NOTIFIED', toState: 'DECIDED' };
    expect(historyLabels('enforcement_record', onTheSpot, 'zh').actionLabel).toBe('当场决定');
    expect(historyLabels('enforcement_record', onTheSpot, 'en').actionLabel).toBe(
      'Decide on the spot',
    );
    expect(historyLabels('enforcement_record', afterNotice, 'zh').actionLabel).toBe('决定');
    expect(historyLabels('enforcement_record', afterNotice, 'en').actionLabel).toBe('Decide');
  });

  it("label a record's birth, with no state before it", () => {
    expect(
      historyLabels(
        'hotline_ticket',
        { action: 'accept', fromState: null, toState: 'ACCEPTED' },
        'en',
      ),
    ).toEqual({ actionLabel: 'Accept', fromStateLabel: null, toStateLabel: 'Accepted' });
    expect(
      historyLabels(
        'case_report',
        { action: 'report', fromState: null, toState: 'COLLECTED' },
        'zh',
      ),
    ).toEqual({ actionLabel: '信息采集', fromStateLabel: null, toStateLabel: '信息采集' });
    expect(
      historyLabels(
        'enforcement_record',
        { action: 'file', fromState: null, toState: 'FILED' },
        'zh',
      ).actionLabel,
    ).toBe('立案');
  });

  it.each(RECORD_TABLES)(
    'no %s action outside the machine hides a machine row of the same name',
    (table) => {
      const machineActions = new Set(
        HISTORY_MACHINES[table].machine.transitions.map((row) => row.action),
      );
      expect(
        Object.keys(ACTIONS_OUTSIDE_MACHINES[table]).filter((action) => machineActions.has(action)),
      ).toEqual([]);
    },
  );

  it('show the code of an action or state no table knows, rather than failing the read', () => {
    expect(
      historyLabels(
        'case_report',
        { action: 'teleport', fromState: 'LIMBO', toState: 'FILED' },
        'en',
      ),
    ).toEqual({ actionLabel: 'teleport', fromStateLabel: 'LIMBO', toStateLabel: 'Filed' });
  });
});
