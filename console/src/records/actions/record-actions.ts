import type { ActionDescriptor } from './action-descriptor';
import { CASE_ACTIONS } from './case-actions';
import { ENFORCEMENT_ACTIONS } from './enforcement-actions';
import { TICKET_ACTIONS } from './ticket-actions';

/**
 * How the console sends each kind's actions, by their names in `allowedActions` (a test
 * holds each table to the machines' own, docs/WORKFLOWS.md). An action missing here would
 * show as a disabled button rather than be hidden.
 */
export const RECORD_ACTIONS: Readonly<
  Record<
    'HotlineTicket' | 'CaseReport' | 'EnforcementRecord',
    Readonly<Record<string, ActionDescriptor>>
  >
> = {
  HotlineTicket: TICKET_ACTIONS,
  CaseReport: CASE_ACTIONS,
  EnforcementRecord: ENFORCEMENT_ACTIONS,
};
