import type { Bilingual, Language } from '@city-ops/kernel';
import type { RecordTable } from '../records/record-kind.js';
import { LABELLED_MACHINES } from './labelled-machines.js';
import { actionLabel, stateLabels } from './machine-labels.js';
import type { LabelledMachine } from './machine-labels.js';

/** The machine each record kind's history is written by. */
export const HISTORY_MACHINES: { readonly [T in RecordTable]: LabelledMachine } = {
  hotline_ticket: LABELLED_MACHINES.ticket,
  case_report: LABELLED_MACHINES.case,
  enforcement_record: LABELLED_MACHINES.enforcement,
};

const ATTACH: Bilingual = { zh: '上传附件', en: 'Attach a file' };

/**
 * The history entries no machine row writes: each kind's birth (recordCreated's action)
 * and what happens to a record beside its loop (a file attached, a ticket converted).
 */
export const ACTIONS_OUTSIDE_MACHINES: {
  readonly [T in RecordTable]: Readonly<Record<string, Bilingual>>;
} = {
  hotline_ticket: {
    accept: { zh: '受理', en: 'Accept' },
    convertToCase: { zh: '热线转办', en: 'Convert to a case' },
    attach: ATTACH,
  },
  case_report: {
    report: { zh: '信息采集', en: 'Report' },
    convertTicket: { zh: '热线转办', en: 'Converted from a hotline ticket' },
    attach: ATTACH,
  },
  enforcement_record: {
    file: { zh: '立案', en: 'File' },
    attach: ATTACH,
  },
};

const STATE_LABELS = Object.fromEntries(
  Object.entries(HISTORY_MACHINES).map(([table, labelled]) => [table, stateLabels(labelled)]),
) as { readonly [T in RecordTable]: Readonly<Record<string, Bilingual>> };

/** A history entry's action and states as a person reads them. */
export interface HistoryLabels {
  actionLabel: string;
  fromStateLabel: string | null;
  toStateLabel: string;
}

/**
 * The labels of one history entry of a `table` record in `language`: the action as the
 * machine row taken says it (or the entry outside the machines), the states as the
 * machine's `states` table. An action or state no table knows — an entry written by a
 * newer node version, replicated here — shows its code rather than failing the read.
 */
export function historyLabels(
  table: RecordTable,
  entry: { action: string; fromState: string | null; toState: string },
  language: Language,
): HistoryLabels {
  const states = STATE_LABELS[table];
  const action =
    ACTIONS_OUTSIDE_MACHINES[table][entry.action] ??
    actionLabel(HISTORY_MACHINES[table], entry.action, entry.fromState, entry.toState);
  return {
    actionLabel: action?.[language] ?? entry.action,
    fromStateLabel:
      entry.fromState === null ? null : (states[entry.fromState]?.[language] ?? entry.fromState),
    toStateLabel: states[entry.toState]?.[language] ?? entry.toState,
  };
}
