import { graphql } from '../../generated/gql';

/** The enforcement record's state after an action: the page reads the rest again. */
export const EnforcementActionResult = graphql(`
  fragment EnforcementActionResult on EnforcementRecord {
    id
    version
    status
  }
`);

export const StartEnforcementInvestigation = graphql(`
  mutation StartEnforcementInvestigation($input: StartEnforcementInvestigationInput!) {
    startEnforcementInvestigation(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const ServeEnforcementNotice = graphql(`
  mutation ServeEnforcementNotice($input: EnforcementActionInput!) {
    serveEnforcementNotice(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const RequestEnforcementHearing = graphql(`
  mutation RequestEnforcementHearing($input: RequestEnforcementHearingInput!) {
    requestEnforcementHearing(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const WaiveEnforcementHearing = graphql(`
  mutation WaiveEnforcementHearing($input: EnforcementActionInput!) {
    waiveEnforcementHearing(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const HoldEnforcementHearing = graphql(`
  mutation HoldEnforcementHearing($input: HoldEnforcementHearingInput!) {
    holdEnforcementHearing(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const SubmitEnforcementLegalReview = graphql(`
  mutation SubmitEnforcementLegalReview($input: EnforcementActionInput!) {
    submitEnforcementLegalReview(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const ApproveEnforcementLegalReview = graphql(`
  mutation ApproveEnforcementLegalReview($input: EnforcementActionInput!) {
    approveEnforcementLegalReview(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const RejectEnforcementLegalReview = graphql(`
  mutation RejectEnforcementLegalReview($input: EnforcementReasonInput!) {
    rejectEnforcementLegalReview(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const ExtendEnforcementDecisionDeadline = graphql(`
  mutation ExtendEnforcementDecisionDeadline($input: ExtendEnforcementDecisionDeadlineInput!) {
    extendEnforcementDecisionDeadline(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const DecideEnforcementCase = graphql(`
  mutation DecideEnforcementCase($input: DecideEnforcementCaseInput!) {
    decideEnforcementCase(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const ServeEnforcementDecision = graphql(`
  mutation ServeEnforcementDecision($input: EnforcementActionInput!) {
    serveEnforcementDecision(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const RecordEnforcementPayment = graphql(`
  mutation RecordEnforcementPayment($input: RecordEnforcementPaymentInput!) {
    recordEnforcementPayment(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const EnforceEnforcementDecision = graphql(`
  mutation EnforceEnforcementDecision($input: EnforcementReasonInput!) {
    enforceEnforcementDecision(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const CloseEnforcementCase = graphql(`
  mutation CloseEnforcementCase($input: EnforcementActionInput!) {
    closeEnforcementCase(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
export const ArchiveEnforcementCase = graphql(`
  mutation ArchiveEnforcementCase($input: EnforcementActionInput!) {
    archiveEnforcementCase(input: $input) {
      ...EnforcementActionResult
    }
  }
`);
