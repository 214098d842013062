/**
 * The one limit tickets and cases run: handling, due at `due_at` while the record is
 * open. Their lists sort by creation, by that due time (nullable: a record may have
 * none) or by last change.
 */
export const HANDLING_LIMIT = {
  overdue: [{ limit: 'handling', due: 'due_at' }],
  sortColumns: {
    CREATED_AT: { column: 'created_at', nullable: false },
    DUE_AT: { column: 'due_at', nullable: true },
    UPDATED_AT: { column: 'updated_at', nullable: false },
  },
} as const;
