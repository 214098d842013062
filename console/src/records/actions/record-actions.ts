import type { ActionDescriptor } from './action-descriptor';
import { CASE_ACTIONS } from './case-actions';
import { TICKET_ACTIONS } from './ticket-actions';

/**
 * How the console sends each kind's actions. Enforcement records list their actions too;
 * those this console cannot send yet show as disabled buttons.
 */
export const RECORD_ACTIONS: Readonly<
  Record<
    'HotlineTicket' | 'CaseReport' | 'EnforcementRecord',
    Readonly<Record<string, ActionDescriptor>>
  >
> = {
  HotlineTicket: TICKET_ACTIONS,
  CaseReport: CASE_ACTIONS,
  EnforcementRecord: {},
};
