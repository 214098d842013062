import { graphql } from '../generated/gql';

/** Who is signed in and the zone the node shows times in: asked once after sign-in. */
export const SessionQuery = graphql(`
  query Session {
    me {
      username
      roles
      department
      permissions
      division {
        code
        name
        level
      }
    }
    nodeInfo {
      timeZone
    }
  }
`);
