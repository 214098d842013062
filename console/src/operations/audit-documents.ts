import { graphql } from '../generated/gql';

/** One page of a node's audit log, newest first, narrowed by the screen's filters. */
export const AuditLogQuery = graphql(`
  query AuditLogScreen(
    $node: String
    $actor: String
    $action: String
    $actionPrefix: String
    $entityId: String
    $from: DateTime
    $to: DateTime
    $first: Int
    $after: String
  ) {
    auditLog(
      node: $node
      actor: $actor
      action: $action
      actionPrefix: $actionPrefix
      entityId: $entityId
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      nodes {
        id
        at
        actor
        actorRoles
        actorDivision
        action
        entity
        entityIds
        reason
        clientAddress
        requestId
        scope
        hash
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Recomputes a node's audit hash chain from its first entry. */
export const AuditChainQuery = graphql(`
  query AuditChainCheck($node: String) {
    auditChain(node: $node) {
      intact
      entries
      firstBrokenId
      problem
      headHash
    }
  }
`);
