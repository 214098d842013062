import type { Operation } from '@city-ops/kernel';

/**
 * Which mutation takes each action of the case machine, and the policy operation
 * that lets a user near it (the gateway refuses early on it; the node narrows the
 * case to the operation's scope). The machine's roles and guards then decide.
 * `verifyCase` takes two actions: `passed` picks one.
 */
export const caseActionMutations = {
  file: { mutation: 'fileCase', operation: 'case.dispatch' },
  void: { mutation: 'voidCase', operation: 'case.dispatch' },
  dispatch: { mutation: 'dispatchCase', operation: 'case.dispatch' },
  startHandling: { mutation: 'startHandlingCase', operation: 'case.handle' },
  reportBack: { mutation: 'reportBackCase', operation: 'case.handle' },
  verifyPass: { mutation: 'verifyCase', operation: 'case.verify' },
  verifyFail: { mutation: 'verifyCase', operation: 'case.verify' },
  requestExtension: { mutation: 'requestCaseExtension', operation: 'case.handle' },
  approveExtension: { mutation: 'approveCaseExtension', operation: 'case.dispatch' },
  rejectExtension: { mutation: 'rejectCaseExtension', operation: 'case.dispatch' },
  requestReturn: { mutation: 'requestCaseReturn', operation: 'case.handle' },
  approveReturn: { mutation: 'approveCaseReturn', operation: 'case.dispatch' },
  rejectReturn: { mutation: 'rejectCaseReturn', operation: 'case.dispatch' },
  park: { mutation: 'parkCase', operation: 'case.dispatch' },
  resume: { mutation: 'resumeCase', operation: 'case.dispatch' },
  evaluate: { mutation: 'evaluateCase', operation: 'case.evaluate' },
} as const satisfies Record<string, { mutation: string; operation: Operation }>;

export type CaseAction = keyof typeof caseActionMutations;

/** The operation of an action of the case machine (a test holds every action to an entry). */
export function operationOfCaseAction(action: string): Operation {
  const entry = (caseActionMutations as Record<string, { operation: Operation } | undefined>)[
    action
  ];
  if (!entry) throw new Error(`the case machine's action ${action} has no mutation`);
  return entry.operation;
}
