/**
 * The modules that carry the project's promises, grouped as the mutation report shows
 * them. `mutate` lists the product files whose mutants are counted; `tests` the test
 * files that must kill them. The tests are named rather than found through the import
 * graph so that a group runs its focused unit and PGlite tests, not the federation
 * suite that imports everything and costs a minute per mutant.
 */
export interface MutationModule {
  /** The name `pnpm mutation NAME` takes and the report files carry. */
  readonly name: string;
  readonly title: string;
  /** Product files whose mutants count toward the module's score. */
  readonly mutate: readonly string[];
  /** Test files (globs) that must kill them: unit tests, and `*.db.test.ts` run on PGlite. */
  readonly tests: readonly string[];
}

export const mutationModules: readonly MutationModule[] = [
  {
    name: 'personal-data',
    title: 'Masking and personal-data rules',
    mutate: [
      'services/core/src/permissions/masking.ts',
      'services/core/src/permissions/personal-data.ts',
      'services/core/src/records/personal-columns.ts',
      'services/core/src/records/enforcement/party-identifiers.ts',
    ],
    tests: [
      'services/core/src/permissions/*.test.ts',
      'services/core/src/records/personal-columns*.test.ts',
      'services/core/src/records/enforcement/party-identifiers.test.ts',
      // The personal-data rule in SQL (what a text search may match) is checked row by row
      // against canSeePersonalData on a real ticket table there.
      'services/core/src/records/text-search.db.test.ts',
    ],
  },
  {
    name: 'permissions',
    title: 'Permission policy and row scope',
    mutate: [
      'services/kernel/src/permissions/policy.ts',
      'services/kernel/src/divisions/division-scope.ts',
      'services/core/src/permissions/row-scope.ts',
    ],
    tests: [
      'services/kernel/src/permissions/*.test.ts',
      'services/kernel/src/divisions/*.test.ts',
      'services/core/src/permissions/row-scope*.test.ts',
      'services/core/src/database/row-level-security.db.test.ts',
    ],
  },
  {
    name: 'state-machines',
    title: 'State machines and their guards',
    mutate: [
      'services/core/src/workflow/*.ts',
      'services/core/src/records/*/*-machine.ts',
      'services/core/src/records/case/case-closure.ts',
      'services/core/src/supervision/*-machine.ts',
      'services/core/src/supervision/comment-required.ts',
      // The engine's tests sit beside it and match the glob above.
      '!services/core/src/workflow/*.test.ts',
    ],
    tests: [
      'services/core/src/workflow/*.test.ts',
      'services/core/src/records/*.test.ts',
      'services/core/src/records/*/*-machine.test.ts',
      'services/core/src/records/case/case-closure.test.ts',
      'services/core/src/supervision/*.test.ts',
      // The machines' English tables beside them are read only by the labels.
      'services/core/src/labels/*.test.ts',
    ],
  },
  {
    name: 'deadlines',
    title: 'Deadlines and working-time arithmetic',
    mutate: [
      'services/core/src/calendar/deadline-rules.ts',
      'services/core/src/calendar/deadline.ts',
      'services/core/src/calendar/local-time.ts',
      'services/core/src/calendar/working-hours.ts',
      'services/core/src/calendar/working-time.ts',
      'services/core/src/calendar/working-calendar.ts',
      'services/core/src/records/handling-limit.ts',
      'services/core/src/records/overdue-rule.ts',
      'services/core/src/records/deadline-status.ts',
      'services/core/src/records/handling-extension.ts',
      'services/core/src/records/*/*-deadlines.ts',
      'services/core/src/records/enforcement/late-payment-penalty.ts',
    ],
    tests: [
      // The arithmetic's unit tests, not calendar.db.test.ts: that one tests the calendar
      // service (not mutated here) and would cost a PGlite start for each mutant it covers.
      'services/core/src/calendar/{deadline-rules,local-time,working-calendar,working-hours,working-time,working-time-doc}.test.ts',
      'services/core/src/records/**/*.test.ts',
      // The lists sort tickets and cases by HANDLING_LIMIT's columns, due time nulls last.
      'services/core/src/paging/keyset-order.test.ts',
    ],
  },
  {
    name: 'indicators',
    title: 'Indicator metric rules',
    mutate: [
      'services/core/src/indicators/indicator-definitions.ts',
      'services/core/src/indicators/indicator-parts.ts',
      'services/core/src/indicators/record-metrics.ts',
      'services/core/src/indicators/rollup-metrics.ts',
      'services/core/src/indicators/rollup-contributions.ts',
      'services/core/src/indicators/composite-score.ts',
      'services/core/src/indicators/periods.ts',
      'services/core/src/indicators/rollup-slices.ts',
      'services/core/src/indicators/metric-table.ts',
    ],
    tests: ['services/core/src/indicators/*.test.ts'],
  },
  {
    name: 'sync',
    title: 'Sync apply and sealing',
    mutate: [
      'services/core/src/sync/apply-batch.ts',
      'services/core/src/sync/replica-store.ts',
      'services/core/src/sync/seal-changes.ts',
      'services/core/src/sync/stale-changes.ts',
      'services/core/src/database/log-sealer.ts',
      'services/core/src/sync/feed-peers.ts',
      'services/core/src/change-log/append-change.ts',
    ],
    tests: [
      'services/core/src/sync/*.test.ts',
      'services/core/src/change-log/*.test.ts',
      'services/core/src/database/log-sealer.test.ts',
      // Applying a batch needs a city's rows and a province to apply them to.
      'test/federation/stale-sync-changes.test.ts',
      'test/federation/apply-sync-batch.test.ts',
    ],
  },
  {
    name: 'audit',
    title: 'Audit chain',
    mutate: [
      'services/core/src/audit/append-audit.ts',
      'services/core/src/audit/seal-audit-log.ts',
      'services/core/src/audit/verify-audit-chain.ts',
    ],
    tests: [
      'services/core/src/audit/*.test.ts',
      'services/core/src/database/row-level-security.db.test.ts',
    ],
  },
  {
    name: 'routing',
    title: 'Gateway routing',
    mutate: [
      'gateway/src/route-rules.ts',
      'gateway/src/route-table.ts',
      'gateway/src/routing.ts',
      'gateway/src/forwarding-decision.ts',
      'services/kernel/src/divisions/record-id.ts',
      'services/kernel/src/divisions/owning-city.ts',
    ],
    // Only the tests that route: the gateway's other unit tests (CORS, registry, fan-out
    // merging) import none of these modules, and the route table is module-level data, so
    // every one of its mutants reruns all the group's tests.
    tests: [
      'gateway/src/route-*.test.ts',
      'gateway/src/demo-city-routing.test.ts',
      'gateway/src/forwarding-decision.test.ts',
      'services/kernel/src/divisions/*.test.ts',
    ],
  },
];
