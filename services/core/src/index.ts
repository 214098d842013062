export { appendAudit } from './audit/append-audit.js';
export { AUDIT_SEAL_INTERVAL_MS } from './audit/seal-audit-log.js';
export { verifyAuditChain } from './audit/verify-audit-chain.js';
export { DEFAULT_DEADLINE_RULES, caseDeadlineRule } from './calendar/deadline-rules.js';
export { dueAt } from './calendar/deadline.js';
export { addLocalDays, instantAt, localDateOf } from './calendar/local-time.js';
export { loadWorkingCalendar, workingCalendarOf } from './calendar/working-calendar-cache.js';
export type { WorkingCalendar } from './calendar/working-calendar.js';
export { DEFAULT_WORKING_HOURS } from './calendar/working-hours.js';
export { renderWorkingTimeDoc } from './calendar/working-time-doc.js';
export { addWorkingDays } from './calendar/working-time.js';
export { CHANGE_SCHEMA_VERSION, appendChange, rowChange } from './change-log/append-change.js';
export type { Change, ChangeEntity } from './change-log/append-change.js';
export { migrateNodeDatabase } from './database/migrate.js';
export { nextDailyNumber } from './database/next-daily-number.js';
export { dumpPgliteSeed, openDatabase } from './database/open-database.js';
export type { NodeDatabase } from './database/open-database.js';
export { inScope } from './database/scoped-transaction.js';
export type {
  CaseReportTable,
  Database,
  EnforcementRecordTable,
  HotlineTicketRow,
  HotlineTicketTable,
} from './database/tables.js';
export { parseNodeEnvironment } from './environment.js';
export { createOnce } from './idempotency/create-once.js';
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
export { renderIndicatorsDoc } from './indicators/indicators-doc.js';
export { nextPeriodStart, periodStartOf } from './indicators/periods.js';
export { RECORD_PAGE_SWITCHES_OFF, recordsTouchingQuery } from './indicators/record-metrics.js';
export {
  METRIC_INSTANTS,
  ROLLUP_COLUMNS,
  contributionDelta,
  localDay,
  rollupContributions,
} from './indicators/rollup-contributions.js';
export type { ReplicaRow } from './indicators/rollup-contributions.js';
export { withRollupFacts } from './indicators/rollup-facts.js';
export { metricSumsQuery } from './indicators/rollup-metrics.js';
export type { BackgroundWork, NodeRuntime, RequestContext, TierSpoke } from './node-context.js';
export { rowScopeAt } from './permissions/row-scope.js';
export { caseMachine } from './records/case/case-machine.js';
export { caseActionMutations } from './records/case/case-mutations.js';
export type { CaseAction } from './records/case/case-mutations.js';
export { hearingRequestDueAt } from './records/enforcement/enforcement-deadlines.js';
export { reopenedDueAt } from './records/ticket/ticket-deadlines.js';
export { enforcementMachine } from './records/enforcement/enforcement-machine.js';
export { enforcementMutationOfAction } from './records/enforcement/enforcement-workflow-resolvers.js';
export { isOverdue, overdueCondition } from './records/overdue-rule.js';
export { recordChangePayload } from './records/personal-columns.js';
export { RECORD_TABLES } from './records/record-kind.js';
export type { OverdueRule, RecordTable } from './records/record-kind.js';
export { recordKindOf } from './records/record-kinds.js';
export { recordWriteResolvers } from './records/record-modules.js';
export { CANDIDATE_CAP } from './records/text-search.js';
export { createTicket } from './records/ticket/create-ticket.js';
export type { CreateTicketInput } from './records/ticket/ticket-input.js';
export { ticketKind } from './records/ticket/ticket-kind.js';
export { ticketMachine } from './records/ticket/ticket-machine.js';
export { renderWorkflowsDoc } from './records/workflows-doc.js';
export { parseReportMonth } from './reports/report-month.js';
export { startNodeServer } from './server/start-node-server.js';
export type { NodeServerOptions, RunningNode } from './server/start-node-server.js';
export { directiveMachine } from './supervision/directive-machine.js';
export { directiveStepResolvers } from './supervision/directive-steps.js';
export { foldSupervision, supervisionMachine } from './supervision/supervision-machine.js';
export { noteArrivals } from './supervision/supervision-arrivals.js';
export { receivedArrivals } from './supervision/received-arrivals.js';
export { directiveInScope, supervisionOrderInScope } from './supervision/supervision-resolvers.js';
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
export type { BatchApplier } from './sync/batch-applier.js';
export type { FeedChange } from './sync/change-feed.js';
export { feedParentOf, isFeedChild } from './sync/feed-peers.js';
export { currentReplica, currentReplicas } from './sync/replica-store.js';
export { insideDivision } from './sync/resync-source.js';
export { serviceTokenSource } from './sync/service-token.js';
export { pullChanges } from './sync/source-client.js';
export { SyncConsumer } from './sync/sync-consumer.js';
export type { SyncConsumerOptions } from './sync/sync-consumer.js';
export { readSourceStatuses, syncMetricsText } from './sync/sync-status.js';
export type { SourceStatus } from './sync/sync-status.js';
