import { graphql } from '../../generated/gql';

/** The case's state after an action: the page reads the rest again. */
export const CaseActionResult = graphql(`
  fragment CaseActionResult on CaseReport {
    id
    version
    status
  }
`);

export const FileCase = graphql(`
  mutation FileCase($input: CaseActionInput!) {
    fileCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const VoidCase = graphql(`
  mutation VoidCase($input: CaseReasonInput!) {
    voidCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const DispatchCase = graphql(`
  mutation DispatchCase($input: DispatchCaseInput!) {
    dispatchCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const StartHandlingCase = graphql(`
  mutation StartHandlingCase($input: CaseActionInput!) {
    startHandlingCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const ReportBackCase = graphql(`
  mutation ReportBackCase($input: ReportBackCaseInput!) {
    reportBackCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const VerifyCase = graphql(`
  mutation VerifyCase($input: VerifyCaseInput!) {
    verifyCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const RequestCaseExtension = graphql(`
  mutation RequestCaseExtension($input: RequestCaseExtensionInput!) {
    requestCaseExtension(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const ApproveCaseExtension = graphql(`
  mutation ApproveCaseExtension($input: CaseActionInput!) {
    approveCaseExtension(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const RejectCaseExtension = graphql(`
  mutation RejectCaseExtension($input: CaseReasonInput!) {
    rejectCaseExtension(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const RequestCaseReturn = graphql(`
  mutation RequestCaseReturn($input: CaseReasonInput!) {
    requestCaseReturn(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const ApproveCaseReturn = graphql(`
  mutation ApproveCaseReturn($input: CaseActionInput!) {
    approveCaseReturn(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const RejectCaseReturn = graphql(`
  mutation RejectCaseReturn($input: CaseReasonInput!) {
    rejectCaseReturn(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const ParkCase = graphql(`
  mutation ParkCase($input: CaseReasonInput!) {
    parkCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const ResumeCase = graphql(`
  mutation ResumeCase($input: CaseActionInput!) {
    resumeCase(input: $input) {
      ...CaseActionResult
    }
  }
`);
export const EvaluateCase = graphql(`
  mutation EvaluateCase($input: EvaluateCaseInput!) {
    evaluateCase(input: $input) {
      ...CaseActionResult
    }
  }
`);

/** The case's version after files were attached (each attachment moves it on). */
export const CaseVersion = graphql(`
  query CaseVersion($id: ID!) {
    caseReport(id: $id) {
      version
    }
  }
`);
