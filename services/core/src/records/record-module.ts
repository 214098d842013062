import type { IResolvers } from '@graphql-tools/utils';
import type { RequestContext } from '../node-context.js';
import { attachmentFieldResolvers } from './attachments/attachment-resolvers.js';
import { deadlineStatusResolvers } from './deadline-status-field.js';
import { recordFieldResolvers } from './record-fields.js';
import type { RecordKind, RecordTable } from './record-kind.js';

type Resolvers = IResolvers<unknown, RequestContext>;

/** A record kind with its resolvers: what every node serves of it, and what its owning city adds. */
export interface RecordModule {
  table: RecordTable;
  /** Served at every node (over the owner's records or the replicas): queries and the shared fields. */
  reads: readonly Resolvers[];
  /** Served by the city that owns the records: intake and the workflow's mutations. */
  writes: readonly Resolvers[];
}

export function recordModule<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  resolvers: { reads: readonly Resolvers[]; writes: readonly Resolvers[] },
): RecordModule {
  return {
    table: kind.table,
    reads: [
      ...resolvers.reads,
      recordFieldResolvers(kind),
      deadlineStatusResolvers(kind),
      attachmentFieldResolvers(kind),
    ],
    writes: resolvers.writes,
  };
}
