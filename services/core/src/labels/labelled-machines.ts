import { caseMachine, caseMachineEnglish } from '../records/case/case-machine.js';
import {
  enforcementMachine,
  enforcementMachineEnglish,
} from '../records/enforcement/enforcement-machine.js';
import { ticketMachine, ticketMachineEnglish } from '../records/ticket/ticket-machine.js';
import { directiveMachine, directiveMachineEnglish } from '../supervision/directive-machine.js';
import {
  supervisionMachine,
  supervisionMachineEnglish,
} from '../supervision/supervision-machine.js';
import type { LabelledMachine } from './machine-labels.js';

/** Every state machine with its English: where record statuses and history get their labels. */
export const LABELLED_MACHINES = {
  ticket: { machine: ticketMachine, english: ticketMachineEnglish },
  case: { machine: caseMachine, english: caseMachineEnglish },
  enforcement: { machine: enforcementMachine, english: enforcementMachineEnglish },
  supervision: { machine: supervisionMachine, english: supervisionMachineEnglish },
  directive: { machine: directiveMachine, english: directiveMachineEnglish },
} as const satisfies Record<string, LabelledMachine>;
