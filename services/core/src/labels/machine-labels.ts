import type { Bilingual } from '@city-ops/kernel';
import type { MachineEnglish } from '../workflow/machine-english.js';
import type { StateDefinition, Transition } from '../workflow/state-machine.js';

/** What a label needs of a machine: its states and rows with their Chinese terms (any record type). */
export interface MachineTerms {
  entity: string;
  states: readonly StateDefinition[];
  transitions: readonly Pick<Transition<unknown>, 'action' | 'label' | 'from' | 'to'>[];
}

/** A machine with its English beside it. */
export interface LabelledMachine {
  machine: MachineTerms;
  english: MachineEnglish;
}

/**
 * The English of a state (by name) or a row's term (by its Chinese). A missing one
 * throws where the labels are built, at load: a console would otherwise show a code.
 */
function englishOf(labelled: LabelledMachine, of: 'states' | 'actions', key: string): string {
  const english = labelled.english[of][key];
  if (english === undefined) {
    throw new Error(
      `the ${labelled.machine.entity} machine's ${of === 'states' ? 'state' : 'action term'} ${key} has no English: add it to its MachineEnglish`,
    );
  }
  return english;
}

/** Every state of the machine in both languages: the Chinese is the machine's own `states` table. */
export function stateLabels(labelled: LabelledMachine): Readonly<Record<string, Bilingual>> {
  return Object.fromEntries(
    labelled.machine.states.map((state) => [
      state.name,
      { zh: state.label, en: englishOf(labelled, 'states', state.name) },
    ]),
  );
}

/** Every distinct row term of the machine in both languages, by its Chinese. */
export function actionTerms(labelled: LabelledMachine): Readonly<Record<string, Bilingual>> {
  return Object.fromEntries(
    labelled.machine.transitions.map((transition) => [
      transition.label,
      { zh: transition.label, en: englishOf(labelled, 'actions', transition.label) },
    ]),
  );
}

/**
 * The label of `action` as the row that took the record from `from` to `to` says it (an
 * action whose rows say it two ways, as 当场决定 and 决定, reads as the row taken); any row
 * of the action when none matches exactly; undefined when the machine has no such action.
 */
export function actionLabel(
  labelled: LabelledMachine,
  action: string,
  from: string | null,
  to: string,
): Bilingual | undefined {
  const rows = labelled.machine.transitions.filter((transition) => transition.action === action);
  const row =
    rows.find(
      (transition) => from !== null && transition.from.includes(from) && transition.to === to,
    ) ?? rows[0];
  return row && { zh: row.label, en: englishOf(labelled, 'actions', row.label) };
}

/**
 * The label of `action` taken from `state`: the row that leaves `state` says it (an action
 * whose rows say it two ways reads as the one the record can take now); any row of the
 * action when none leaves `state`; undefined when the machine has no such action.
 */
export function actionLabelFrom(
  labelled: LabelledMachine,
  action: string,
  state: string,
): Bilingual | undefined {
  const rows = labelled.machine.transitions.filter((transition) => transition.action === action);
  const row = rows.find((transition) => transition.from.includes(state)) ?? rows[0];
  return row && { zh: row.label, en: englishOf(labelled, 'actions', row.label) };
}
