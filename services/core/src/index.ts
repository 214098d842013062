export { appendAudit } from './audit/append-audit.js';
export { AUDIT_SEAL_INTERVAL_MS } from './audit/seal-audit-log.js';
export { verifyAuditChain } from './audit/verify-audit-chain.js';
export {
  DEFAULT_DEADLINE_RULES,
  caseDeadlineRule,
  ticketDeadlineRule,
} from './calendar/deadline-rules.js';
export { dueAt } from './calendar/deadline.js';
export { addLocalDays, instantAt, localDateOf } from './calendar/local-time.js';
export { loadWorkingCalendar, workingCalendarOf } from './calendar/working-calendar.js';
export type { WorkingCalendar } from './calendar/working-calendar.js';
export { DEFAULT_WORKING_HOURS } from './calendar/working-hours.js';
export { addWorkingDays } from './calendar/working-time.js';
export { CASE_COUNTED_ACTIONS, countCaseHistoryActions } from './cases/case-counters.js';
export { caseIdOfTicket, insertCase, nextCaseNumber } from './cases/case-repository.js';
export { caseViews } from './cases/case-resolvers.js';
export { caseChangePayload, toCaseView } from './cases/case-view.js';
export type { CaseView } from './cases/case-view.js';
export { CASE_WORKFLOW_MUTATIONS } from './cases/case-write-refusals.js';
export { CHANGE_SCHEMA_VERSION, appendChange } from './change-log/append-change.js';
export type { Change, ChangeEntity } from './change-log/append-change.js';
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
  HotlineTicketTable,
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
export { DEFAULT_INDICATOR_WEIGHTS, compositeScore } from './indicators/composite-score.js';
export type { IndicatorWeight } from './indicators/composite-score.js';
export { computeIndicators, indicatorDefinition } from './indicators/indicator-definitions.js';
export type {
  IndicatorKind,
  IndicatorName,
  IndicatorValue,
  Metrics,
} from './indicators/indicator-definitions.js';
export type { IndicatorArgs } from './indicators/indicator-request.js';
export { indicatorRanking, indicatorReport } from './indicators/indicator-service.js';
export type { IndicatorReportView } from './indicators/indicator-service.js';
export { nextPeriodStart, periodStartOf } from './indicators/periods.js';
export { RECORD_PAGE_SWITCHES_OFF, recordsTouchingQuery } from './indicators/record-metrics.js';
export { metricSumsQuery } from './indicators/rollup-metrics.js';
export type { NodeRuntime, RequestContext } from './node-context.js';
export type { BackgroundWork, BatchApplier, TierSpoke } from './node/tier-spoke.js';
export { assertOwner } from './ownership.js';
export { rowScopeAt } from './permissions/row-scope.js';
export { findRecordInScope, scopeConditions } from './records/find-record-in-scope.js';
export { parseReportMonth } from './reports/report-month.js';
export { startNodeServer } from './server/start-node-server.js';
export type { NodeServerOptions, RunningNode } from './server/start-node-server.js';
export { directiveMachine } from './supervision/directive-machine.js';
export { directiveStepResolvers } from './supervision/directive-steps.js';
export { foldSupervision, supervisionMachine } from './supervision/supervision-machine.js';
export {
  supervisionHandlingResolvers,
  supervisionReviewResolvers,
} from './supervision/supervision-steps.js';
export {
  recordTableOf,
  rowPayload,
  toDirectiveView,
  toSupervisionOrderView,
} from './supervision/supervision-view.js';
export { applyBatch } from './sync/apply-batch.js';
export { RECORD_ENTITIES } from './sync/change-entities.js';
export type { RecordEntity } from './sync/change-entities.js';
export type { FeedChange } from './sync/change-feed.js';
export { feedParentOf, isFeedChild } from './sync/feed-peers.js';
export { currentReplica, currentReplicas } from './sync/replica-store.js';
export { insideDivision } from './sync/resync-source.js';
export {
  METRIC_INSTANTS,
  ROLLUP_COLUMNS,
  contributionDelta,
  localDay,
  rollupContributions,
} from './sync/rollup-contributions.js';
export type { ReplicaRow } from './sync/rollup-contributions.js';
export { withRollupFacts } from './sync/rollup-facts.js';
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
