import { graphql } from '../generated/gql';

export const IntakeOptionsQuery = graphql(`
  query IntakeOptions($city: String!) {
    districts: divisions(parent: $city) {
      code
      name
    }
    categories: ticketCategories {
      code
      name
    }
    enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {
      enum
      value
      label
    }
  }
`);

export const CategoryChildrenQuery = graphql(`
  query CategoryChildren($parent: String!) {
    ticketCategories(parent: $parent) {
      code
      name
    }
  }
`);

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      number
      title
      version
    }
  }
`);

export const DuplicateSuggestionsQuery = graphql(`
  query DuplicateSuggestions($input: DuplicateQueryInput!) {
    ticketDuplicateSuggestions(input: $input) {
      score
      ticket {
        id
        number
        title
        status
        createdAt
      }
    }
  }
`);

export const CallerHistoryQuery = graphql(`
  query CallerHistory($phone: String!) {
    callerHistory(phone: $phone) {
      phone
      total
      open
      recent {
        id
        number
        title
        status
        createdAt
      }
    }
  }
`);
