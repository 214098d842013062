import { graphql } from '../generated/gql';

/** Where one node stands with each source it pulls from, as the sync status screen shows it. */
export const SyncStatusQuery = graphql(`
  query SyncStatusScreen($node: String) {
    syncStatus(node: $node) {
      node {
        code
        name
      }
      tier
      epoch
      head
      sources {
        source {
          code
          name
        }
        state
        epoch
        applied
        head
        lagChanges
        lagSeconds
        oldestPendingAt
        answeredAt
        currentTo
        lastError
        resyncs
        staleChanges
      }
    }
  }
`);
