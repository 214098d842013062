import { graphql } from '../generated/gql';

/** Every record page shows its history the same way. */
export const HistoryFields = graphql(`
  fragment HistoryFields on HistoryEntry {
    action
    actionLabel
    fromStateLabel
    toStateLabel
    actor
    at
    comment
  }
`);

export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    size
    purpose
    uploadedAt
    uploadedBy
  }
`);

export const SupervisionOrderFields = graphql(`
  fragment SupervisionOrderFields on SupervisionOrder {
    id
    number
    level
    state
    deadline
    instructions
    overdue
    handlingUnit
    allowedActions
    version
    issuer {
      name
    }
  }
`);

/**
 * A record by its number, whatever its kind, with what its page shows: the fields, the
 * actions the user may take now (labelled), the history, files and supervision orders.
 */
export const RecordPageQuery = graphql(`
  query RecordPage($number: String!, $withSupervision: Boolean!) {
    recordByNumber(number: $number) {
      __typename
      ... on HotlineTicket {
        id
        number
        version
        replica {
          source {
            code
            name
          }
          currentTo
        }
        title
        content
        ticketStatus: status
        channel
        intakeClass
        urgency
        categoryPath {
          code
          name
        }
        division {
          name
        }
        caller {
          name
          phone
          confidential
          masked
        }
        location {
          address
          street
          community
        }
        leadUnit {
          name
        }
        coUnits {
          name
        }
        coUnitReplies {
          unit {
            name
          }
          reply
          repliedAt
        }
        reply
        resolution
        satisfaction
        dueAt
        deadlineStatus
        workingMinutesRemaining
        extensionRequest {
          workingDays
          reason
        }
        parentTicketId
        mergedTicketIds
        closedAt
        createdAt
        allowedActionLabels {
          action
          label
        }
        history {
          ...HistoryFields
        }
        attachmentCount
        attachments {
          ...AttachmentFields
        }
        supervisionOrders @include(if: $withSupervision) {
          ...SupervisionOrderFields
        }
      }
      ... on CaseReport {
        id
        number
        version
        replica {
          source {
            code
            name
          }
          currentTo
        }
        caseStatus: status
        caseSource: source
        type
        majorClass
        minorCode
        description
        address
        gridCell
        longitude
        latitude
        urgency
        handlingUnit
        handlingResult
        dueAt
        deadlineStatus
        extensionRequest {
          workingDays
          reason
        }
        returnRequestReason
        parkedReason
        voidReason
        closureType
        closedAt
        createdAt
        allowedActionLabels {
          action
          label
        }
        history {
          ...HistoryFields
        }
        attachmentCount
        attachments {
          ...AttachmentFields
        }
        supervisionOrders @include(if: $withSupervision) {
          ...SupervisionOrderFields
        }
      }
      ... on EnforcementRecord {
        id
        number
        version
        replica {
          source {
            code
            name
          }
          currentTo
        }
        enforcementStatus: status
        enforcementSource: source
        procedure
        violatedArticle
        penaltyArticle
        isMajor
        division {
          name
        }
        party {
          kind
          name
          idNumber
          creditCode
          legalRepresentative
          masked
        }
        officers {
          name
          certificateNumber
        }
        investigators
        filedAt
        decisionDueAt
        decisionExtension {
          days
          reason
          approvedBy
        }
        noticeServedAt
        hearingRequestDueAt
        hearingRequestedAt
        hearingWaivedAt
        hearingPresidingOfficer
        hearingHeldAt
        legalReviewedBy
        legalReviewedAt
        decision
        fineAmount
        decidedAt
        serviceDueAt
        servedAt
        paymentDueAt
        paidAt
        amountPaid
        latePaymentPenalty
        amountDue
        enforcedAt
        overdue {
          decision
          service
          payment
          any
        }
        deadlineStatus
        closedAt
        linkedTicketId
        linkedCaseId
        allowedActionLabels {
          action
          label
        }
        history {
          ...HistoryFields
        }
        attachmentCount
        attachments {
          ...AttachmentFields
        }
      }
    }
    enumLabels(
      enums: [
        "TicketStatus"
        "CaseStatus"
        "EnforcementStatus"
        "TicketChannel"
        "IntakeClass"
        "Urgency"
        "DeadlineStatus"
        "Resolution"
        "Satisfaction"
        "CaseSource"
        "CaseType"
        "CaseMajorClass"
        "ClosureType"
        "EnforcementSource"
        "EnforcementProcedure"
        "PenaltyType"
        "PartyKind"
        "AttachmentPurpose"
        "SupervisionLevel"
        "SupervisionState"
        "SupervisionAction"
      ]
    ) {
      enum
      value
      label
    }
  }
`);

/** 查看号码: the caller's unmasked data, for a stated reason (audited). */
export const RevealCallerMutation = graphql(`
  mutation RevealCaller($id: ID!, $reason: String!) {
    revealTicketCaller(id: $id, reason: $reason) {
      name
      phone
      address
    }
  }
`);

/** A file's bytes, for preview or saving (each download of a ticket's or case's file is audited). */
export const AttachmentContentQuery = graphql(`
  query AttachmentContent($id: ID!) {
    attachmentContent(id: $id) {
      attachment {
        fileName
        contentType
      }
      base64
    }
  }
`);

/** The city's handling units, for 派单 and 改派. */
export const HandlingUnitsQuery = graphql(`
  query HandlingUnits {
    handlingUnits {
      code
      name
    }
  }
`);
