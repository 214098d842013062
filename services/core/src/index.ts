export { appendAudit } from './audit/append-audit.js';
export { AUDIT_SEAL_INTERVAL_MS } from './audit/seal-audit-log.js';
export { verifyAuditChain } from './audit/verify-audit-chain.js';
export { caseDeadlineRule, ticketDeadlineRule } from './calendar/deadline-rules.js';
export { dueAt } from './calendar/deadline.js';
export { addLocalDays, instantAt, localDateOf } from './calendar/local-time.js';
export { loadWorkingCalendar, workingCalendarOf } from './calendar/working-calendar.js';
export type { WorkingCalendar } from './calendar/working-calendar.js';
export { addWorkingDays } from './calendar/working-time.js';
export { CASE_COUNTED_ACTIONS, countCaseHistoryActions } from './cases/case-counters.js';
export { caseIdOfTicket, insertCase, nextCaseNumber } from './cases/case-repository.js';
export { caseViews } from './cases/case-resolvers.js';
export { caseChangePayload, toCaseView } from './cases/case-view.js';
export type { CaseView } from './cases/case-view.js';
export { CASE_WORKFLOW_MUTATIONS } from './cases/case-write-refusals.js';
export { CHANGE_SCHEMA_VERSION, appendChange } from './change-log/append-change.js';
export { migrateNodeDatabase } from './database/migrate.js';
export { dumpPgliteSeed, openDatabase } from './database/open-database.js';
export type { NodeDatabase } from './database/open-database.js';
export { inScope } from './database/scoped-transaction.js';
export type {
  CaseReportRow,
  CaseReportTable,
  Database,
  EnforcementOfficerJson,
  EnforcementRecordRow,
  EnforcementRecordTable,
  HotlineTicketRow,
} from './database/tables.js';
export {
  ENFORCEMENT_LIMITS,
  MAX_DECISION_EXTENSION_DAYS,
  decisionDueAt,
  hearingRequestDueAt,
  paymentDueAt,
  serviceDueAt,
} from './enforcement/enforcement-deadlines.js';
export {
  insertEnforcementRecord,
  nextEnforcementNumber,
} from './enforcement/enforcement-repository.js';
export { enforcementViewClock } from './enforcement/enforcement-resolvers.js';
export { maskEnforcementRow, toEnforcementView } from './enforcement/enforcement-view.js';
export type { EnforcementView } from './enforcement/enforcement-view.js';
export type { EnforcementWorkflowMutation } from './enforcement/enforcement-write-refusals.js';
export {
  daysLate,
  fenToDecimal,
  fenToYuan,
  lastDayOf,
  latePaymentPenaltyFen,
  toFen,
} from './enforcement/late-payment-penalty.js';
export { parseNodeEnvironment } from './environment.js';
export { nextPeriodStart, periodStartOf } from './indicators/periods.js';
export { RECORD_PAGE_SWITCHES_OFF, recordsTouchingQuery } from './indicators/record-metrics.js';
export { metricSumsQuery } from './indicators/rollup-metrics.js';
export type { NodeRuntime, RequestContext } from './node-context.js';
export { assertOwner } from './ownership.js';
export { rowScopeAt } from './permissions/row-scope.js';
export { findRecordInScope, scopeConditions } from './records/find-record-in-scope.js';
export { csvNumber } from './reports/report-csv.js';
export { startNodeServer } from './server/start-node-server.js';
export type { NodeServerOptions, RunningNode } from './server/start-node-server.js';
export { directiveMachine } from './supervision/directive-machine.js';
export { supervisionMachine } from './supervision/supervision-machine.js';
export { applyBatch } from './sync/apply-batch.js';
export { feedParentOf, isFeedChild } from './sync/feed-peers.js';
export {
  METRIC_INSTANTS,
  ROLLUP_COLUMNS,
  rollupContributions,
} from './sync/rollup-contributions.js';
export { serviceTokenSource } from './sync/service-token.js';
export { pullChanges } from './sync/source-client.js';
export { SyncConsumer } from './sync/sync-consumer.js';
export type { SyncConsumerOptions } from './sync/sync-consumer.js';
export { insertTicket, nextTicketNumber } from './tickets/ticket-repository.js';
export { maskTicketRow, toTicketView } from './tickets/ticket-view.js';
export type { TicketView } from './tickets/ticket-view.js';
export { recordCreation, recordTransition } from './workflow/record-transition.js';
export {
  allowedActions,
  planTransition,
  renderMermaid,
  renderTransitionTable,
} from './workflow/state-machine.js';
export type { StateMachine, TransitionContext } from './workflow/state-machine.js';
