import { graphql } from '../generated/gql';

/**
 * The user's division with the divisions above it and directly below it: the nodes a
 * `node` argument (auditLog, auditChain, syncStatus) may name are those whose division
 * contains the user's or lies inside it (the gateway's `named-node` route).
 */
export const NodeChoicesQuery = graphql(`
  query NodeChoices($home: String!) {
    division(code: $home) {
      code
      name
      level
      parent {
        code
        name
        level
        parent {
          code
          name
          level
        }
      }
      children {
        code
        name
        level
      }
    }
  }
`);
