import { graphql } from '../generated/gql';

/** The directives addressed to the viewer's division (the ministry: all it issued), newest first. */
export const DirectivesQuery = graphql(`
  query Directives {
    directives {
      ...DirectiveFields
    }
  }
`);

export const DirectiveFieldsFragment = graphql(`
  fragment DirectiveFields on Directive {
    id
    number
    division {
      code
      name
      level
    }
    title
    body
    dueAt
    issuedBy
    createdAt
    stateHere
    allowedActions
    responses {
      id
      division {
        code
        name
      }
      action
      comment
      actor
      createdAt
    }
  }
`);

/**
 * The provinces with their cities: the addressees a directive may name, and (for the
 * issuer) whom one addressed to the country or a province reaches.
 */
export const DirectiveDivisionsQuery = graphql(`
  query DirectiveDivisions {
    divisions {
      code
      name
      level
      children {
        code
        name
        level
      }
    }
  }
`);

export const IssueDirectiveMutation = graphql(`
  mutation IssueDirective($input: IssueDirectiveInput!) {
    issueDirective(input: $input) {
      ...DirectiveFields
    }
  }
`);

export const AcknowledgeDirectiveMutation = graphql(`
  mutation AcknowledgeDirective($input: DirectiveResponseInput!) {
    acknowledgeDirective(input: $input) {
      ...DirectiveFields
    }
  }
`);

export const ReportOnDirectiveMutation = graphql(`
  mutation ReportOnDirective($input: DirectiveResponseInput!) {
    reportOnDirective(input: $input) {
      ...DirectiveFields
    }
  }
`);
