import type { ActionDescriptor } from './action-descriptor';
import { ENFORCEMENT_ACTIONS } from './enforcement-actions';
import { TICKET_ACTIONS } from './ticket-actions';

/**
 * How the console sends each kind's actions. Cases list their actions too; those this
 * console cannot send yet show as disabled buttons.
 */
export const RECORD_ACTIONS: Readonly<
  Record<
    'HotlineTicket' | 'CaseReport' | 'EnforcementRecord',
    Readonly<Record<string, ActionDescriptor>>
  >
> = {
  HotlineTicket: TICKET_ACTIONS,
  CaseReport: {},
  EnforcementRecord: ENFORCEMENT_ACTIONS,
};
