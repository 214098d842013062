import { graphql } from '../../generated/gql';

/** The ticket's state after an action: the page reads the rest again. */
export const TicketActionResult = graphql(`
  fragment TicketActionResult on HotlineTicket {
    id
    version
    status
  }
`);

export const AnswerTicketDirectly = graphql(`
  mutation AnswerTicketDirectly($input: AnswerTicketInput!) {
    answerTicketDirectly(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const DispatchTicket = graphql(`
  mutation DispatchTicket($input: DispatchTicketInput!) {
    dispatchTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const RedispatchTicket = graphql(`
  mutation RedispatchTicket($input: DispatchTicketInput!) {
    redispatchTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const SignForTicket = graphql(`
  mutation SignForTicket($input: TicketActionInput!) {
    signForTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const StartHandlingTicket = graphql(`
  mutation StartHandlingTicket($input: TicketActionInput!) {
    startHandlingTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const RequestTicketExtension = graphql(`
  mutation RequestTicketExtension($input: RequestExtensionInput!) {
    requestTicketExtension(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const ApproveTicketExtension = graphql(`
  mutation ApproveTicketExtension($input: TicketActionInput!) {
    approveTicketExtension(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const RejectTicketExtension = graphql(`
  mutation RejectTicketExtension($input: TicketReasonInput!) {
    rejectTicketExtension(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const ReturnTicket = graphql(`
  mutation ReturnTicket($input: TicketReasonInput!) {
    returnTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const ReplyToTicket = graphql(`
  mutation ReplyToTicket($input: AnswerTicketInput!) {
    replyToTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const CoReplyToTicket = graphql(`
  mutation CoReplyToTicket($input: CoReplyToTicketInput!) {
    coReplyToTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const ApproveTicketReply = graphql(`
  mutation ApproveTicketReply($input: TicketActionInput!) {
    approveTicketReply(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const RejectTicketReply = graphql(`
  mutation RejectTicketReply($input: TicketReasonInput!) {
    rejectTicketReply(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const CallBackTicket = graphql(`
  mutation CallBackTicket($input: CallBackTicketInput!) {
    callBackTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const ReopenTicket = graphql(`
  mutation ReopenTicket($input: TicketActionInput!) {
    reopenTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const CloseTicket = graphql(`
  mutation CloseTicket($input: TicketActionInput!) {
    closeTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const ArchiveTicket = graphql(`
  mutation ArchiveTicket($input: TicketActionInput!) {
    archiveTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const MergeTicket = graphql(`
  mutation MergeTicket($input: MergeTicketInput!) {
    mergeTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);
export const UnmergeTicket = graphql(`
  mutation UnmergeTicket($input: TicketActionInput!) {
    unmergeTicket(input: $input) {
      ...TicketActionResult
    }
  }
`);

/** The ticket's version after files were attached (each attachment moves it on). */
export const TicketVersion = graphql(`
  query TicketVersion($id: ID!) {
    ticket(id: $id) {
      version
    }
  }
`);

/** The id of a record by its number (并单 names the ticket to merge into by its number). */
export const RecordIdByNumber = graphql(`
  query RecordIdByNumber($number: String!) {
    recordByNumber(number: $number) {
      ... on HotlineTicket {
        id
      }
    }
  }
`);
