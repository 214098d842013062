/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment CaseRow on CaseReport {\n    id\n    number\n    description\n    address\n    status\n    type\n    majorClass\n    urgency\n    deadlineStatus\n    dueAt\n    handlingUnit\n    createdAt\n    extensionRequest {\n      workingDays\n    }\n    returnRequestReason\n  }\n': typeof types.CaseRowFragmentDoc;
  '\n  query CaseList($filter: CaseReportFilter, $sort: CaseSort, $first: Int, $after: String) {\n    caseReports(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CaseListDocument;
  '\n  query CaseInbox($sort: CaseSort, $first: Int, $after: String) {\n    caseInbox(sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CaseInboxDocument;
  '\n  subscription CaseInboxChanged($after: String) {\n    caseInboxChanged(after: $after) {\n      position\n      change\n      caseId\n      case {\n        ...CaseRow\n      }\n    }\n  }\n': typeof types.CaseInboxChangedDocument;
  '\n  mutation ReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) {\n      id\n      number\n      version\n    }\n  }\n': typeof types.ReportCaseDocument;
  '\n  query Directives {\n    directives {\n      ...DirectiveFields\n    }\n  }\n': typeof types.DirectivesDocument;
  '\n  fragment DirectiveFields on Directive {\n    id\n    number\n    division {\n      code\n      name\n      level\n    }\n    title\n    body\n    dueAt\n    issuedBy\n    createdAt\n    stateHere\n    allowedActions\n    responses {\n      id\n      division {\n        code\n        name\n      }\n      action\n      comment\n      actor\n      createdAt\n    }\n  }\n': typeof types.DirectiveFieldsFragmentDoc;
  '\n  query DirectiveDivisions {\n    divisions {\n      code\n      name\n      level\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n': typeof types.DirectiveDivisionsDocument;
  '\n  mutation IssueDirective($input: IssueDirectiveInput!) {\n    issueDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n': typeof types.IssueDirectiveDocument;
  '\n  mutation AcknowledgeDirective($input: DirectiveResponseInput!) {\n    acknowledgeDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n': typeof types.AcknowledgeDirectiveDocument;
  '\n  mutation ReportOnDirective($input: DirectiveResponseInput!) {\n    reportOnDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n': typeof types.ReportOnDirectiveDocument;
  '\n  fragment EnforcementRow on EnforcementRecord {\n    id\n    number\n    status\n    procedure\n    isMajor\n    violatedArticle\n    party {\n      kind\n      name\n      masked\n    }\n    filedAt\n    decisionDueAt\n    decidedAt\n    serviceDueAt\n    servedAt\n    paymentDueAt\n    amountDue\n    deadlineStatus\n    overdue {\n      decision\n      service\n      payment\n      any\n    }\n  }\n': typeof types.EnforcementRowFragmentDoc;
  '\n  query EnforcementList(\n    $filter: EnforcementRecordFilter\n    $sort: EnforcementSort\n    $first: Int\n    $after: String\n  ) {\n    enforcementRecords(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...EnforcementRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.EnforcementListDocument;
  '\n  query EnforcementFilingOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    enumLabels(enums: ["EnforcementSource", "EnforcementProcedure", "PartyKind"]) {\n      enum\n      value\n      label\n    }\n  }\n': typeof types.EnforcementFilingOptionsDocument;
  '\n  mutation FileEnforcementCase($input: FileEnforcementCaseInput!) {\n    fileEnforcementCase(input: $input) {\n      id\n      number\n      party {\n        name\n      }\n    }\n  }\n': typeof types.FileEnforcementCaseDocument;
  '\n  query LinkedRecord($number: String!) {\n    recordByNumber(number: $number) {\n      __typename\n      ... on HotlineTicket {\n        id\n      }\n      ... on CaseReport {\n        id\n      }\n    }\n  }\n': typeof types.LinkedRecordDocument;
  '\n  fragment IndicatorValueFields on IndicatorValue {\n    name\n    label\n    recordKind\n    kind\n    numerator\n    denominator\n    value\n  }\n': typeof types.IndicatorValueFieldsFragmentDoc;
  '\n  query IndicatorOverview(\n    $division: String!\n    $period: PeriodInput!\n    $categoryLevel: Int\n    $at: String\n  ) {\n    indicators(division: $division, period: $period, categoryLevel: $categoryLevel, at: $at) {\n      division {\n        code\n        name\n        level\n      }\n      unit\n      source\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      periods {\n        start\n        end\n        label\n        total {\n          compositeScore\n          indicators {\n            ...IndicatorValueFields\n          }\n        }\n        categories {\n          recordKind\n          code\n          name\n          indicators {\n            indicators {\n              ...IndicatorValueFields\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.IndicatorOverviewDocument;
  '\n  query IndicatorRankingOf($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {\n    indicatorRanking(division: $division, period: $period, indicator: $indicator) {\n      indicator\n      start\n      end\n      source\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      entries {\n        rank\n        division {\n          code\n          name\n        }\n        value\n        compositeScore\n        indicator {\n          ...IndicatorValueFields\n        }\n      }\n    }\n  }\n': typeof types.IndicatorRankingOfDocument;
  '\n  query IndicatorRecordsOf(\n    $division: String!\n    $period: PeriodInput!\n    $indicator: IndicatorName\n    $part: IndicatorPart\n    $metric: String\n    $recordKind: IndicatorRecordKind\n    $category: String\n    $first: Int\n    $after: String\n  ) {\n    indicatorRecords(\n      division: $division\n      period: $period\n      indicator: $indicator\n      part: $part\n      metric: $metric\n      recordKind: $recordKind\n      category: $category\n      first: $first\n      after: $after\n    ) {\n      division {\n        code\n        name\n      }\n      recordKind\n      metric\n      excluding\n      category\n      start\n      end\n      label\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      edges {\n        cursor\n        amount\n        node {\n          __typename\n          ... on HotlineTicket {\n            id\n            number\n            title\n            ticketStatus: status\n            division {\n              code\n              name\n            }\n            caller {\n              name\n              phone\n              masked\n            }\n          }\n          ... on CaseReport {\n            id\n            number\n            description\n            caseStatus: status\n            division {\n              code\n              name\n            }\n          }\n          ... on EnforcementRecord {\n            id\n            number\n            violatedArticle\n            enforcementStatus: status\n            division {\n              code\n              name\n            }\n            party {\n              name\n              masked\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.IndicatorRecordsOfDocument;
  '\n  query IntakeOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    categories: ticketCategories {\n      code\n      name\n    }\n    enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {\n      enum\n      value\n      label\n    }\n  }\n': typeof types.IntakeOptionsDocument;
  '\n  query CategoryChildren($parent: String!) {\n    ticketCategories(parent: $parent) {\n      code\n      name\n    }\n  }\n': typeof types.CategoryChildrenDocument;
  '\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      version\n    }\n  }\n': typeof types.CreateTicketDocument;
  '\n  query DuplicateSuggestions($input: DuplicateQueryInput!) {\n    ticketDuplicateSuggestions(input: $input) {\n      score\n      ticket {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n': typeof types.DuplicateSuggestionsDocument;
  '\n  query CallerHistory($phone: String!) {\n    callerHistory(phone: $phone) {\n      phone\n      total\n      open\n      recent {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n': typeof types.CallerHistoryDocument;
  '\n  query EnumLabels($enums: [String!]) {\n    enumLabels(enums: $enums) {\n      enum\n      value\n      label\n    }\n  }\n': typeof types.EnumLabelsDocument;
  '\n  query AuditLogScreen(\n    $node: String\n    $actor: String\n    $action: String\n    $actionPrefix: String\n    $entityId: String\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      node: $node\n      actor: $actor\n      action: $action\n      actionPrefix: $actionPrefix\n      entityId: $entityId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        at\n        actor\n        actorRoles\n        actorDivision\n        action\n        entity\n        entityIds\n        reason\n        clientAddress\n        requestId\n        scope\n        hash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AuditLogScreenDocument;
  '\n  query AuditChainCheck($node: String) {\n    auditChain(node: $node) {\n      intact\n      entries\n      firstBrokenId\n      problem\n      headHash\n    }\n  }\n': typeof types.AuditChainCheckDocument;
  '\n  fragment CalendarDayFields on CalendarDay {\n    day\n    kind\n    name\n    updatedBy\n    updatedAt\n  }\n': typeof types.CalendarDayFieldsFragmentDoc;
  '\n  query WorkingCalendarScreen($year: Int!) {\n    workingCalendar(year: $year) {\n      ...CalendarDayFields\n    }\n  }\n': typeof types.WorkingCalendarScreenDocument;
  '\n  mutation SetCalendarDayScreen($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...CalendarDayFields\n    }\n  }\n': typeof types.SetCalendarDayScreenDocument;
  '\n  mutation RemoveCalendarDayScreen($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n': typeof types.RemoveCalendarDayScreenDocument;
  '\n  query NodeChoices($home: String!) {\n    division(code: $home) {\n      code\n      name\n      level\n      parent {\n        code\n        name\n        level\n        parent {\n          code\n          name\n          level\n        }\n      }\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n': typeof types.NodeChoicesDocument;
  '\n  query SyncStatusScreen($node: String) {\n    syncStatus(node: $node) {\n      node {\n        code\n        name\n      }\n      tier\n      epoch\n      head\n      sources {\n        source {\n          code\n          name\n        }\n        state\n        epoch\n        applied\n        head\n        lagChanges\n        lagSeconds\n        oldestPendingAt\n        answeredAt\n        currentTo\n        lastError\n        resyncs\n        staleChanges\n      }\n    }\n  }\n': typeof types.SyncStatusScreenDocument;
  '\n  mutation AttachToRecord($recordId: ID!, $file: File!, $purpose: AttachmentPurpose!) {\n    attachToRecord(recordId: $recordId, file: $file, purpose: $purpose) {\n      id\n    }\n  }\n': typeof types.AttachToRecordDocument;
  '\n  fragment CaseActionResult on CaseReport {\n    id\n    version\n    status\n  }\n': typeof types.CaseActionResultFragmentDoc;
  '\n  mutation FileCase($input: CaseActionInput!) {\n    fileCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.FileCaseDocument;
  '\n  mutation VoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.VoidCaseDocument;
  '\n  mutation DispatchCase($input: DispatchCaseInput!) {\n    dispatchCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.DispatchCaseDocument;
  '\n  mutation StartHandlingCase($input: CaseActionInput!) {\n    startHandlingCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.StartHandlingCaseDocument;
  '\n  mutation ReportBackCase($input: ReportBackCaseInput!) {\n    reportBackCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.ReportBackCaseDocument;
  '\n  mutation VerifyCase($input: VerifyCaseInput!) {\n    verifyCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.VerifyCaseDocument;
  '\n  mutation RequestCaseExtension($input: RequestCaseExtensionInput!) {\n    requestCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.RequestCaseExtensionDocument;
  '\n  mutation ApproveCaseExtension($input: CaseActionInput!) {\n    approveCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.ApproveCaseExtensionDocument;
  '\n  mutation RejectCaseExtension($input: CaseReasonInput!) {\n    rejectCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.RejectCaseExtensionDocument;
  '\n  mutation RequestCaseReturn($input: CaseReasonInput!) {\n    requestCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.RequestCaseReturnDocument;
  '\n  mutation ApproveCaseReturn($input: CaseActionInput!) {\n    approveCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.ApproveCaseReturnDocument;
  '\n  mutation RejectCaseReturn($input: CaseReasonInput!) {\n    rejectCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.RejectCaseReturnDocument;
  '\n  mutation ParkCase($input: CaseReasonInput!) {\n    parkCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.ParkCaseDocument;
  '\n  mutation ResumeCase($input: CaseActionInput!) {\n    resumeCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.ResumeCaseDocument;
  '\n  mutation EvaluateCase($input: EvaluateCaseInput!) {\n    evaluateCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n': typeof types.EvaluateCaseDocument;
  '\n  query CaseVersion($id: ID!) {\n    caseReport(id: $id) {\n      version\n    }\n  }\n': typeof types.CaseVersionDocument;
  '\n  fragment EnforcementActionResult on EnforcementRecord {\n    id\n    version\n    status\n  }\n': typeof types.EnforcementActionResultFragmentDoc;
  '\n  mutation StartEnforcementInvestigation($input: StartEnforcementInvestigationInput!) {\n    startEnforcementInvestigation(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.StartEnforcementInvestigationDocument;
  '\n  mutation ServeEnforcementNotice($input: EnforcementActionInput!) {\n    serveEnforcementNotice(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.ServeEnforcementNoticeDocument;
  '\n  mutation RequestEnforcementHearing($input: RequestEnforcementHearingInput!) {\n    requestEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.RequestEnforcementHearingDocument;
  '\n  mutation WaiveEnforcementHearing($input: EnforcementActionInput!) {\n    waiveEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.WaiveEnforcementHearingDocument;
  '\n  mutation HoldEnforcementHearing($input: HoldEnforcementHearingInput!) {\n    holdEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.HoldEnforcementHearingDocument;
  '\n  mutation SubmitEnforcementLegalReview($input: EnforcementActionInput!) {\n    submitEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.SubmitEnforcementLegalReviewDocument;
  '\n  mutation ApproveEnforcementLegalReview($input: EnforcementActionInput!) {\n    approveEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.ApproveEnforcementLegalReviewDocument;
  '\n  mutation RejectEnforcementLegalReview($input: EnforcementReasonInput!) {\n    rejectEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.RejectEnforcementLegalReviewDocument;
  '\n  mutation ExtendEnforcementDecisionDeadline($input: ExtendEnforcementDecisionDeadlineInput!) {\n    extendEnforcementDecisionDeadline(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.ExtendEnforcementDecisionDeadlineDocument;
  '\n  mutation DecideEnforcementCase($input: DecideEnforcementCaseInput!) {\n    decideEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.DecideEnforcementCaseDocument;
  '\n  mutation ServeEnforcementDecision($input: EnforcementActionInput!) {\n    serveEnforcementDecision(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.ServeEnforcementDecisionDocument;
  '\n  mutation RecordEnforcementPayment($input: RecordEnforcementPaymentInput!) {\n    recordEnforcementPayment(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.RecordEnforcementPaymentDocument;
  '\n  mutation EnforceEnforcementDecision($input: EnforcementReasonInput!) {\n    enforceEnforcementDecision(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.EnforceEnforcementDecisionDocument;
  '\n  mutation CloseEnforcementCase($input: EnforcementActionInput!) {\n    closeEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.CloseEnforcementCaseDocument;
  '\n  mutation ArchiveEnforcementCase($input: EnforcementActionInput!) {\n    archiveEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n': typeof types.ArchiveEnforcementCaseDocument;
  '\n  fragment TicketActionResult on HotlineTicket {\n    id\n    version\n    status\n  }\n': typeof types.TicketActionResultFragmentDoc;
  '\n  mutation AnswerTicketDirectly($input: AnswerTicketInput!) {\n    answerTicketDirectly(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.AnswerTicketDirectlyDocument;
  '\n  mutation DispatchTicket($input: DispatchTicketInput!) {\n    dispatchTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.DispatchTicketDocument;
  '\n  mutation RedispatchTicket($input: DispatchTicketInput!) {\n    redispatchTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.RedispatchTicketDocument;
  '\n  mutation SignForTicket($input: TicketActionInput!) {\n    signForTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.SignForTicketDocument;
  '\n  mutation StartHandlingTicket($input: TicketActionInput!) {\n    startHandlingTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.StartHandlingTicketDocument;
  '\n  mutation RequestTicketExtension($input: RequestExtensionInput!) {\n    requestTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.RequestTicketExtensionDocument;
  '\n  mutation ApproveTicketExtension($input: TicketActionInput!) {\n    approveTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.ApproveTicketExtensionDocument;
  '\n  mutation RejectTicketExtension($input: TicketReasonInput!) {\n    rejectTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.RejectTicketExtensionDocument;
  '\n  mutation ReturnTicket($input: TicketReasonInput!) {\n    returnTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.ReturnTicketDocument;
  '\n  mutation ReplyToTicket($input: AnswerTicketInput!) {\n    replyToTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.ReplyToTicketDocument;
  '\n  mutation CoReplyToTicket($input: CoReplyToTicketInput!) {\n    coReplyToTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.CoReplyToTicketDocument;
  '\n  mutation ApproveTicketReply($input: TicketActionInput!) {\n    approveTicketReply(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.ApproveTicketReplyDocument;
  '\n  mutation RejectTicketReply($input: TicketReasonInput!) {\n    rejectTicketReply(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.RejectTicketReplyDocument;
  '\n  mutation CallBackTicket($input: CallBackTicketInput!) {\n    callBackTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.CallBackTicketDocument;
  '\n  mutation ReopenTicket($input: TicketActionInput!) {\n    reopenTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.ReopenTicketDocument;
  '\n  mutation CloseTicket($input: TicketActionInput!) {\n    closeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.CloseTicketDocument;
  '\n  mutation ArchiveTicket($input: TicketActionInput!) {\n    archiveTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.ArchiveTicketDocument;
  '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.MergeTicketDocument;
  '\n  mutation UnmergeTicket($input: TicketActionInput!) {\n    unmergeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n': typeof types.UnmergeTicketDocument;
  '\n  query TicketVersion($id: ID!) {\n    ticket(id: $id) {\n      version\n    }\n  }\n': typeof types.TicketVersionDocument;
  '\n  query RecordIdByNumber($number: String!) {\n    recordByNumber(number: $number) {\n      ... on HotlineTicket {\n        id\n      }\n    }\n  }\n': typeof types.RecordIdByNumberDocument;
  '\n  fragment HistoryFields on HistoryEntry {\n    action\n    actionLabel\n    fromStateLabel\n    toStateLabel\n    actor\n    at\n    comment\n  }\n': typeof types.HistoryFieldsFragmentDoc;
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    purpose\n    uploadedAt\n    uploadedBy\n  }\n': typeof types.AttachmentFieldsFragmentDoc;
  '\n  fragment SupervisionOrderFields on SupervisionOrder {\n    id\n    number\n    level\n    state\n    deadline\n    instructions\n    overdue\n    handlingUnit\n    allowedActions\n    version\n    issuer {\n      name\n    }\n  }\n': typeof types.SupervisionOrderFieldsFragmentDoc;
  '\n  query RecordPage($number: String!, $withSupervision: Boolean!) {\n    recordByNumber(number: $number) {\n      __typename\n      ... on HotlineTicket {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        title\n        content\n        ticketStatus: status\n        channel\n        intakeClass\n        urgency\n        categoryPath {\n          code\n          name\n        }\n        division {\n          name\n        }\n        caller {\n          name\n          phone\n          confidential\n          masked\n        }\n        location {\n          address\n          street\n          community\n        }\n        leadUnit {\n          name\n        }\n        coUnits {\n          name\n        }\n        coUnitReplies {\n          unit {\n            name\n          }\n          reply\n          repliedAt\n        }\n        reply\n        resolution\n        satisfaction\n        dueAt\n        deadlineStatus\n        workingMinutesRemaining\n        extensionRequest {\n          workingDays\n          reason\n        }\n        parentTicketId\n        mergedTicketIds\n        closedAt\n        createdAt\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n        supervisionOrders @include(if: $withSupervision) {\n          ...SupervisionOrderFields\n        }\n      }\n      ... on CaseReport {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        caseStatus: status\n        caseSource: source\n        type\n        majorClass\n        minorCode\n        description\n        address\n        gridCell\n        longitude\n        latitude\n        urgency\n        handlingUnit\n        handlingResult\n        dueAt\n        deadlineStatus\n        extensionRequest {\n          workingDays\n          reason\n        }\n        returnRequestReason\n        parkedReason\n        voidReason\n        closureType\n        closedAt\n        createdAt\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n        supervisionOrders @include(if: $withSupervision) {\n          ...SupervisionOrderFields\n        }\n      }\n      ... on EnforcementRecord {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        enforcementStatus: status\n        enforcementSource: source\n        procedure\n        violatedArticle\n        penaltyArticle\n        isMajor\n        division {\n          name\n        }\n        party {\n          kind\n          name\n          idNumber\n          creditCode\n          legalRepresentative\n          masked\n        }\n        officers {\n          name\n          certificateNumber\n        }\n        investigators\n        filedAt\n        decisionDueAt\n        decisionExtension {\n          days\n          reason\n          approvedBy\n        }\n        noticeServedAt\n        hearingRequestDueAt\n        hearingRequestedAt\n        hearingWaivedAt\n        hearingPresidingOfficer\n        hearingHeldAt\n        legalReviewedBy\n        legalReviewedAt\n        decision\n        fineAmount\n        decidedAt\n        serviceDueAt\n        servedAt\n        paymentDueAt\n        paidAt\n        amountPaid\n        latePaymentPenalty\n        amountDue\n        enforcedAt\n        overdue {\n          decision\n          service\n          payment\n          any\n        }\n        deadlineStatus\n        closedAt\n        linkedTicketId\n        linkedCaseId\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n      }\n    }\n    enumLabels(\n      enums: [\n        "TicketStatus"\n        "CaseStatus"\n        "EnforcementStatus"\n        "TicketChannel"\n        "IntakeClass"\n        "Urgency"\n        "DeadlineStatus"\n        "Resolution"\n        "Satisfaction"\n        "CaseSource"\n        "CaseType"\n        "CaseMajorClass"\n        "ClosureType"\n        "EnforcementSource"\n        "EnforcementProcedure"\n        "PenaltyType"\n        "PartyKind"\n        "AttachmentPurpose"\n        "SupervisionLevel"\n        "SupervisionState"\n        "SupervisionAction"\n      ]\n    ) {\n      enum\n      value\n      label\n    }\n  }\n': typeof types.RecordPageDocument;
  '\n  mutation RevealCaller($id: ID!, $reason: String!) {\n    revealTicketCaller(id: $id, reason: $reason) {\n      name\n      phone\n      address\n    }\n  }\n': typeof types.RevealCallerDocument;
  '\n  query AttachmentContent($id: ID!) {\n    attachmentContent(id: $id) {\n      attachment {\n        fileName\n        contentType\n      }\n      base64\n    }\n  }\n': typeof types.AttachmentContentDocument;
  '\n  query HandlingUnits {\n    handlingUnits {\n      code\n      name\n    }\n  }\n': typeof types.HandlingUnitsDocument;
  '\n  query MonthlyReport($month: String!) {\n    monthlyReport(month: $month) {\n      month\n      previousMonth\n      start\n      end\n      generatedAt\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      national {\n        ...MonthlyReportDivisionFields\n      }\n      provinces {\n        ...MonthlyReportDivisionFields\n      }\n      cities {\n        ...MonthlyReportDivisionFields\n      }\n      rankings {\n        scope {\n          code\n          name\n        }\n        indicator\n        label\n        changeUnit\n        entries {\n          rank\n          previousRank\n          division {\n            code\n            name\n          }\n          province {\n            code\n            name\n          }\n          value\n          previousValue\n          change\n          indicator {\n            numerator\n            denominator\n          }\n        }\n      }\n      downloads {\n        xlsx\n        csv\n      }\n    }\n  }\n\n  fragment MonthlyReportDivisionFields on MonthlyReportDivision {\n    division {\n      code\n      name\n    }\n    province {\n      code\n      name\n    }\n    indicators {\n      name\n      label\n      kind\n      current {\n        numerator\n        denominator\n        value\n      }\n      previous {\n        numerator\n        denominator\n        value\n      }\n      change\n      changeUnit\n    }\n    compositeScore {\n      current\n      previous\n      change\n    }\n  }\n': typeof types.MonthlyReportDocument;
  '\n  query Session {\n    me {\n      username\n      roles\n      department\n      permissions\n      division {\n        code\n        name\n        level\n      }\n    }\n    nodeInfo {\n      timeZone\n    }\n  }\n': typeof types.SessionDocument;
  '\n  fragment SupervisionOrderRow on SupervisionOrder {\n    id\n    number\n    recordKind\n    recordId\n    recordNumber\n    level\n    deadline\n    instructions\n    state\n    handlingUnit\n    allowedActions\n    issuedBy\n    overdue\n    version\n    createdAt\n    issuer {\n      name\n    }\n    division {\n      code\n      name\n    }\n    steps {\n      id\n      action\n      comment\n      handlingUnit\n      actor\n      actorDivision {\n        name\n      }\n      createdAt\n    }\n  }\n': typeof types.SupervisionOrderRowFragmentDoc;
  '\n  query SupervisionOrders($overdue: Boolean) {\n    supervisionOrders(overdue: $overdue) {\n      ...SupervisionOrderRow\n    }\n  }\n': typeof types.SupervisionOrdersDocument;
  '\n  query RecordSupervisionOrders($recordId: ID!) {\n    supervisionOrders(recordId: $recordId) {\n      ...SupervisionOrderRow\n    }\n  }\n': typeof types.RecordSupervisionOrdersDocument;
  '\n  subscription SupervisionOrderArrived($after: String) {\n    supervisionOrderArrived(after: $after) {\n      position\n      arrival\n      order {\n        ...SupervisionOrderRow\n      }\n    }\n  }\n': typeof types.SupervisionOrderArrivedDocument;
  '\n  mutation IssueSupervisionOrder($input: IssueSupervisionOrderInput!) {\n    issueSupervisionOrder(input: $input) {\n      id\n      number\n    }\n  }\n': typeof types.IssueSupervisionOrderDocument;
  '\n  mutation SignSupervisionOrder($input: SupervisionStepInput!) {\n    signSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n': typeof types.SignSupervisionOrderDocument;
  '\n  mutation AssignSupervisionOrder($input: AssignSupervisionOrderInput!) {\n    assignSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n': typeof types.AssignSupervisionOrderDocument;
  '\n  mutation ReplyToSupervisionOrder($input: SupervisionStepInput!) {\n    replyToSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n': typeof types.ReplyToSupervisionOrderDocument;
  '\n  mutation CloseSupervisionOrder($input: SupervisionStepInput!) {\n    closeSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n': typeof types.CloseSupervisionOrderDocument;
  '\n  mutation ReturnSupervisionOrder($input: SupervisionStepInput!) {\n    returnSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n': typeof types.ReturnSupervisionOrderDocument;
  '\n  fragment ProvinceTicketRow on HotlineTicket {\n    id\n    number\n    title\n    status\n    urgency\n    deadlineStatus\n    createdAt\n    division {\n      code\n      name\n    }\n    caller {\n      name\n      phone\n      masked\n    }\n    replica {\n      currentTo\n      source {\n        name\n      }\n    }\n  }\n': typeof types.ProvinceTicketRowFragmentDoc;
  '\n  query ProvinceTickets($division: String, $first: Int, $after: String) {\n    tickets(division: $division, first: $first, after: $after) {\n      nodes {\n        ...ProvinceTicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ProvinceTicketsDocument;
  '\n  fragment ProvinceCaseRow on CaseReport {\n    id\n    number\n    description\n    status\n    urgency\n    deadlineStatus\n    createdAt\n    division {\n      code\n      name\n    }\n    replica {\n      currentTo\n      source {\n        name\n      }\n    }\n  }\n': typeof types.ProvinceCaseRowFragmentDoc;
  '\n  query ProvinceCases($division: String, $first: Int, $after: String) {\n    caseReports(division: $division, first: $first, after: $after) {\n      nodes {\n        ...ProvinceCaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ProvinceCasesDocument;
  '\n  query ProvinceCities($parent: String!) {\n    divisions(parent: $parent) {\n      code\n      name\n    }\n  }\n': typeof types.ProvinceCitiesDocument;
  '\n  subscription InboxChanged($after: String) {\n    inboxChanged(after: $after) {\n      position\n      change\n      ticketId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n': typeof types.InboxChangedDocument;
  '\n  fragment TicketRow on HotlineTicket {\n    id\n    number\n    title\n    status\n    urgency\n    intakeClass\n    deadlineStatus\n    dueAt\n    createdAt\n    leadUnit {\n      code\n      name\n    }\n    extensionRequest {\n      workingDays\n    }\n  }\n': typeof types.TicketRowFragmentDoc;
  '\n  query TicketList($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {\n    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TicketListDocument;
  '\n  query TicketInbox($sort: TicketSort, $first: Int, $after: String) {\n    ticketInbox(sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TicketInboxDocument;
  '\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MyTicketsDocument;
  '\n  query TicketsByPhone($phone: String!, $first: Int, $after: String) {\n    ticketsByCallerPhone(phone: $phone, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TicketsByPhoneDocument;
  '\n  query TicketListLabels {\n    enumLabels(enums: ["TicketStatus", "DeadlineStatus", "Urgency", "IntakeClass", "InboxChange"]) {\n      enum\n      value\n      label\n    }\n  }\n': typeof types.TicketListLabelsDocument;
};
const documents: Documents = {
  '\n  fragment CaseRow on CaseReport {\n    id\n    number\n    description\n    address\n    status\n    type\n    majorClass\n    urgency\n    deadlineStatus\n    dueAt\n    handlingUnit\n    createdAt\n    extensionRequest {\n      workingDays\n    }\n    returnRequestReason\n  }\n':
    types.CaseRowFragmentDoc,
  '\n  query CaseList($filter: CaseReportFilter, $sort: CaseSort, $first: Int, $after: String) {\n    caseReports(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CaseListDocument,
  '\n  query CaseInbox($sort: CaseSort, $first: Int, $after: String) {\n    caseInbox(sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CaseInboxDocument,
  '\n  subscription CaseInboxChanged($after: String) {\n    caseInboxChanged(after: $after) {\n      position\n      change\n      caseId\n      case {\n        ...CaseRow\n      }\n    }\n  }\n':
    types.CaseInboxChangedDocument,
  '\n  mutation ReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) {\n      id\n      number\n      version\n    }\n  }\n':
    types.ReportCaseDocument,
  '\n  query Directives {\n    directives {\n      ...DirectiveFields\n    }\n  }\n':
    types.DirectivesDocument,
  '\n  fragment DirectiveFields on Directive {\n    id\n    number\n    division {\n      code\n      name\n      level\n    }\n    title\n    body\n    dueAt\n    issuedBy\n    createdAt\n    stateHere\n    allowedActions\n    responses {\n      id\n      division {\n        code\n        name\n      }\n      action\n      comment\n      actor\n      createdAt\n    }\n  }\n':
    types.DirectiveFieldsFragmentDoc,
  '\n  query DirectiveDivisions {\n    divisions {\n      code\n      name\n      level\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n':
    types.DirectiveDivisionsDocument,
  '\n  mutation IssueDirective($input: IssueDirectiveInput!) {\n    issueDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n':
    types.IssueDirectiveDocument,
  '\n  mutation AcknowledgeDirective($input: DirectiveResponseInput!) {\n    acknowledgeDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n':
    types.AcknowledgeDirectiveDocument,
  '\n  mutation ReportOnDirective($input: DirectiveResponseInput!) {\n    reportOnDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n':
    types.ReportOnDirectiveDocument,
  '\n  fragment EnforcementRow on EnforcementRecord {\n    id\n    number\n    status\n    procedure\n    isMajor\n    violatedArticle\n    party {\n      kind\n      name\n      masked\n    }\n    filedAt\n    decisionDueAt\n    decidedAt\n    serviceDueAt\n    servedAt\n    paymentDueAt\n    amountDue\n    deadlineStatus\n    overdue {\n      decision\n      service\n      payment\n      any\n    }\n  }\n':
    types.EnforcementRowFragmentDoc,
  '\n  query EnforcementList(\n    $filter: EnforcementRecordFilter\n    $sort: EnforcementSort\n    $first: Int\n    $after: String\n  ) {\n    enforcementRecords(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...EnforcementRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.EnforcementListDocument,
  '\n  query EnforcementFilingOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    enumLabels(enums: ["EnforcementSource", "EnforcementProcedure", "PartyKind"]) {\n      enum\n      value\n      label\n    }\n  }\n':
    types.EnforcementFilingOptionsDocument,
  '\n  mutation FileEnforcementCase($input: FileEnforcementCaseInput!) {\n    fileEnforcementCase(input: $input) {\n      id\n      number\n      party {\n        name\n      }\n    }\n  }\n':
    types.FileEnforcementCaseDocument,
  '\n  query LinkedRecord($number: String!) {\n    recordByNumber(number: $number) {\n      __typename\n      ... on HotlineTicket {\n        id\n      }\n      ... on CaseReport {\n        id\n      }\n    }\n  }\n':
    types.LinkedRecordDocument,
  '\n  fragment IndicatorValueFields on IndicatorValue {\n    name\n    label\n    recordKind\n    kind\n    numerator\n    denominator\n    value\n  }\n':
    types.IndicatorValueFieldsFragmentDoc,
  '\n  query IndicatorOverview(\n    $division: String!\n    $period: PeriodInput!\n    $categoryLevel: Int\n    $at: String\n  ) {\n    indicators(division: $division, period: $period, categoryLevel: $categoryLevel, at: $at) {\n      division {\n        code\n        name\n        level\n      }\n      unit\n      source\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      periods {\n        start\n        end\n        label\n        total {\n          compositeScore\n          indicators {\n            ...IndicatorValueFields\n          }\n        }\n        categories {\n          recordKind\n          code\n          name\n          indicators {\n            indicators {\n              ...IndicatorValueFields\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.IndicatorOverviewDocument,
  '\n  query IndicatorRankingOf($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {\n    indicatorRanking(division: $division, period: $period, indicator: $indicator) {\n      indicator\n      start\n      end\n      source\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      entries {\n        rank\n        division {\n          code\n          name\n        }\n        value\n        compositeScore\n        indicator {\n          ...IndicatorValueFields\n        }\n      }\n    }\n  }\n':
    types.IndicatorRankingOfDocument,
  '\n  query IndicatorRecordsOf(\n    $division: String!\n    $period: PeriodInput!\n    $indicator: IndicatorName\n    $part: IndicatorPart\n    $metric: String\n    $recordKind: IndicatorRecordKind\n    $category: String\n    $first: Int\n    $after: String\n  ) {\n    indicatorRecords(\n      division: $division\n      period: $period\n      indicator: $indicator\n      part: $part\n      metric: $metric\n      recordKind: $recordKind\n      category: $category\n      first: $first\n      after: $after\n    ) {\n      division {\n        code\n        name\n      }\n      recordKind\n      metric\n      excluding\n      category\n      start\n      end\n      label\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      edges {\n        cursor\n        amount\n        node {\n          __typename\n          ... on HotlineTicket {\n            id\n            number\n            title\n            ticketStatus: status\n            division {\n              code\n              name\n            }\n            caller {\n              name\n              phone\n              masked\n            }\n          }\n          ... on CaseReport {\n            id\n            number\n            description\n            caseStatus: status\n            division {\n              code\n              name\n            }\n          }\n          ... on EnforcementRecord {\n            id\n            number\n            violatedArticle\n            enforcementStatus: status\n            division {\n              code\n              name\n            }\n            party {\n              name\n              masked\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.IndicatorRecordsOfDocument,
  '\n  query IntakeOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    categories: ticketCategories {\n      code\n      name\n    }\n    enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {\n      enum\n      value\n      label\n    }\n  }\n':
    types.IntakeOptionsDocument,
  '\n  query CategoryChildren($parent: String!) {\n    ticketCategories(parent: $parent) {\n      code\n      name\n    }\n  }\n':
    types.CategoryChildrenDocument,
  '\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      version\n    }\n  }\n':
    types.CreateTicketDocument,
  '\n  query DuplicateSuggestions($input: DuplicateQueryInput!) {\n    ticketDuplicateSuggestions(input: $input) {\n      score\n      ticket {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n':
    types.DuplicateSuggestionsDocument,
  '\n  query CallerHistory($phone: String!) {\n    callerHistory(phone: $phone) {\n      phone\n      total\n      open\n      recent {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n':
    types.CallerHistoryDocument,
  '\n  query EnumLabels($enums: [String!]) {\n    enumLabels(enums: $enums) {\n      enum\n      value\n      label\n    }\n  }\n':
    types.EnumLabelsDocument,
  '\n  query AuditLogScreen(\n    $node: String\n    $actor: String\n    $action: String\n    $actionPrefix: String\n    $entityId: String\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      node: $node\n      actor: $actor\n      action: $action\n      actionPrefix: $actionPrefix\n      entityId: $entityId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        at\n        actor\n        actorRoles\n        actorDivision\n        action\n        entity\n        entityIds\n        reason\n        clientAddress\n        requestId\n        scope\n        hash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AuditLogScreenDocument,
  '\n  query AuditChainCheck($node: String) {\n    auditChain(node: $node) {\n      intact\n      entries\n      firstBrokenId\n      problem\n      headHash\n    }\n  }\n':
    types.AuditChainCheckDocument,
  '\n  fragment CalendarDayFields on CalendarDay {\n    day\n    kind\n    name\n    updatedBy\n    updatedAt\n  }\n':
    types.CalendarDayFieldsFragmentDoc,
  '\n  query WorkingCalendarScreen($year: Int!) {\n    workingCalendar(year: $year) {\n      ...CalendarDayFields\n    }\n  }\n':
    types.WorkingCalendarScreenDocument,
  '\n  mutation SetCalendarDayScreen($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...CalendarDayFields\n    }\n  }\n':
    types.SetCalendarDayScreenDocument,
  '\n  mutation RemoveCalendarDayScreen($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n':
    types.RemoveCalendarDayScreenDocument,
  '\n  query NodeChoices($home: String!) {\n    division(code: $home) {\n      code\n      name\n      level\n      parent {\n        code\n        name\n        level\n        parent {\n          code\n          name\n          level\n        }\n      }\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n':
    types.NodeChoicesDocument,
  '\n  query SyncStatusScreen($node: String) {\n    syncStatus(node: $node) {\n      node {\n        code\n        name\n      }\n      tier\n      epoch\n      head\n      sources {\n        source {\n          code\n          name\n        }\n        state\n        epoch\n        applied\n        head\n        lagChanges\n        lagSeconds\n        oldestPendingAt\n        answeredAt\n        currentTo\n        lastError\n        resyncs\n        staleChanges\n      }\n    }\n  }\n':
    types.SyncStatusScreenDocument,
  '\n  mutation AttachToRecord($recordId: ID!, $file: File!, $purpose: AttachmentPurpose!) {\n    attachToRecord(recordId: $recordId, file: $file, purpose: $purpose) {\n      id\n    }\n  }\n':
    types.AttachToRecordDocument,
  '\n  fragment CaseActionResult on CaseReport {\n    id\n    version\n    status\n  }\n':
    types.CaseActionResultFragmentDoc,
  '\n  mutation FileCase($input: CaseActionInput!) {\n    fileCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.FileCaseDocument,
  '\n  mutation VoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.VoidCaseDocument,
  '\n  mutation DispatchCase($input: DispatchCaseInput!) {\n    dispatchCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.DispatchCaseDocument,
  '\n  mutation StartHandlingCase($input: CaseActionInput!) {\n    startHandlingCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.StartHandlingCaseDocument,
  '\n  mutation ReportBackCase($input: ReportBackCaseInput!) {\n    reportBackCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.ReportBackCaseDocument,
  '\n  mutation VerifyCase($input: VerifyCaseInput!) {\n    verifyCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.VerifyCaseDocument,
  '\n  mutation RequestCaseExtension($input: RequestCaseExtensionInput!) {\n    requestCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.RequestCaseExtensionDocument,
  '\n  mutation ApproveCaseExtension($input: CaseActionInput!) {\n    approveCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.ApproveCaseExtensionDocument,
  '\n  mutation RejectCaseExtension($input: CaseReasonInput!) {\n    rejectCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.RejectCaseExtensionDocument,
  '\n  mutation RequestCaseReturn($input: CaseReasonInput!) {\n    requestCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.RequestCaseReturnDocument,
  '\n  mutation ApproveCaseReturn($input: CaseActionInput!) {\n    approveCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.ApproveCaseReturnDocument,
  '\n  mutation RejectCaseReturn($input: CaseReasonInput!) {\n    rejectCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.RejectCaseReturnDocument,
  '\n  mutation ParkCase($input: CaseReasonInput!) {\n    parkCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.ParkCaseDocument,
  '\n  mutation ResumeCase($input: CaseActionInput!) {\n    resumeCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.ResumeCaseDocument,
  '\n  mutation EvaluateCase($input: EvaluateCaseInput!) {\n    evaluateCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n':
    types.EvaluateCaseDocument,
  '\n  query CaseVersion($id: ID!) {\n    caseReport(id: $id) {\n      version\n    }\n  }\n':
    types.CaseVersionDocument,
  '\n  fragment EnforcementActionResult on EnforcementRecord {\n    id\n    version\n    status\n  }\n':
    types.EnforcementActionResultFragmentDoc,
  '\n  mutation StartEnforcementInvestigation($input: StartEnforcementInvestigationInput!) {\n    startEnforcementInvestigation(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.StartEnforcementInvestigationDocument,
  '\n  mutation ServeEnforcementNotice($input: EnforcementActionInput!) {\n    serveEnforcementNotice(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.ServeEnforcementNoticeDocument,
  '\n  mutation RequestEnforcementHearing($input: RequestEnforcementHearingInput!) {\n    requestEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.RequestEnforcementHearingDocument,
  '\n  mutation WaiveEnforcementHearing($input: EnforcementActionInput!) {\n    waiveEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.WaiveEnforcementHearingDocument,
  '\n  mutation HoldEnforcementHearing($input: HoldEnforcementHearingInput!) {\n    holdEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.HoldEnforcementHearingDocument,
  '\n  mutation SubmitEnforcementLegalReview($input: EnforcementActionInput!) {\n    submitEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.SubmitEnforcementLegalReviewDocument,
  '\n  mutation ApproveEnforcementLegalReview($input: EnforcementActionInput!) {\n    approveEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.ApproveEnforcementLegalReviewDocument,
  '\n  mutation RejectEnforcementLegalReview($input: EnforcementReasonInput!) {\n    rejectEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.RejectEnforcementLegalReviewDocument,
  '\n  mutation ExtendEnforcementDecisionDeadline($input: ExtendEnforcementDecisionDeadlineInput!) {\n    extendEnforcementDecisionDeadline(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.ExtendEnforcementDecisionDeadlineDocument,
  '\n  mutation DecideEnforcementCase($input: DecideEnforcementCaseInput!) {\n    decideEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.DecideEnforcementCaseDocument,
  '\n  mutation ServeEnforcementDecision($input: EnforcementActionInput!) {\n    serveEnforcementDecision(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.ServeEnforcementDecisionDocument,
  '\n  mutation RecordEnforcementPayment($input: RecordEnforcementPaymentInput!) {\n    recordEnforcementPayment(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.RecordEnforcementPaymentDocument,
  '\n  mutation EnforceEnforcementDecision($input: EnforcementReasonInput!) {\n    enforceEnforcementDecision(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.EnforceEnforcementDecisionDocument,
  '\n  mutation CloseEnforcementCase($input: EnforcementActionInput!) {\n    closeEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.CloseEnforcementCaseDocument,
  '\n  mutation ArchiveEnforcementCase($input: EnforcementActionInput!) {\n    archiveEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n':
    types.ArchiveEnforcementCaseDocument,
  '\n  fragment TicketActionResult on HotlineTicket {\n    id\n    version\n    status\n  }\n':
    types.TicketActionResultFragmentDoc,
  '\n  mutation AnswerTicketDirectly($input: AnswerTicketInput!) {\n    answerTicketDirectly(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.AnswerTicketDirectlyDocument,
  '\n  mutation DispatchTicket($input: DispatchTicketInput!) {\n    dispatchTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.DispatchTicketDocument,
  '\n  mutation RedispatchTicket($input: DispatchTicketInput!) {\n    redispatchTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.RedispatchTicketDocument,
  '\n  mutation SignForTicket($input: TicketActionInput!) {\n    signForTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.SignForTicketDocument,
  '\n  mutation StartHandlingTicket($input: TicketActionInput!) {\n    startHandlingTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.StartHandlingTicketDocument,
  '\n  mutation RequestTicketExtension($input: RequestExtensionInput!) {\n    requestTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.RequestTicketExtensionDocument,
  '\n  mutation ApproveTicketExtension($input: TicketActionInput!) {\n    approveTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.ApproveTicketExtensionDocument,
  '\n  mutation RejectTicketExtension($input: TicketReasonInput!) {\n    rejectTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.RejectTicketExtensionDocument,
  '\n  mutation ReturnTicket($input: TicketReasonInput!) {\n    returnTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.ReturnTicketDocument,
  '\n  mutation ReplyToTicket($input: AnswerTicketInput!) {\n    replyToTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.ReplyToTicketDocument,
  '\n  mutation CoReplyToTicket($input: CoReplyToTicketInput!) {\n    coReplyToTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.CoReplyToTicketDocument,
  '\n  mutation ApproveTicketReply($input: TicketActionInput!) {\n    approveTicketReply(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.ApproveTicketReplyDocument,
  '\n  mutation RejectTicketReply($input: TicketReasonInput!) {\n    rejectTicketReply(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.RejectTicketReplyDocument,
  '\n  mutation CallBackTicket($input: CallBackTicketInput!) {\n    callBackTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.CallBackTicketDocument,
  '\n  mutation ReopenTicket($input: TicketActionInput!) {\n    reopenTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.ReopenTicketDocument,
  '\n  mutation CloseTicket($input: TicketActionInput!) {\n    closeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.CloseTicketDocument,
  '\n  mutation ArchiveTicket($input: TicketActionInput!) {\n    archiveTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.ArchiveTicketDocument,
  '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.MergeTicketDocument,
  '\n  mutation UnmergeTicket($input: TicketActionInput!) {\n    unmergeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n':
    types.UnmergeTicketDocument,
  '\n  query TicketVersion($id: ID!) {\n    ticket(id: $id) {\n      version\n    }\n  }\n':
    types.TicketVersionDocument,
  '\n  query RecordIdByNumber($number: String!) {\n    recordByNumber(number: $number) {\n      ... on HotlineTicket {\n        id\n      }\n    }\n  }\n':
    types.RecordIdByNumberDocument,
  '\n  fragment HistoryFields on HistoryEntry {\n    action\n    actionLabel\n    fromStateLabel\n    toStateLabel\n    actor\n    at\n    comment\n  }\n':
    types.HistoryFieldsFragmentDoc,
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    purpose\n    uploadedAt\n    uploadedBy\n  }\n':
    types.AttachmentFieldsFragmentDoc,
  '\n  fragment SupervisionOrderFields on SupervisionOrder {\n    id\n    number\n    level\n    state\n    deadline\n    instructions\n    overdue\n    handlingUnit\n    allowedActions\n    version\n    issuer {\n      name\n    }\n  }\n':
    types.SupervisionOrderFieldsFragmentDoc,
  '\n  query RecordPage($number: String!, $withSupervision: Boolean!) {\n    recordByNumber(number: $number) {\n      __typename\n      ... on HotlineTicket {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        title\n        content\n        ticketStatus: status\n        channel\n        intakeClass\n        urgency\n        categoryPath {\n          code\n          name\n        }\n        division {\n          name\n        }\n        caller {\n          name\n          phone\n          confidential\n          masked\n        }\n        location {\n          address\n          street\n          community\n        }\n        leadUnit {\n          name\n        }\n        coUnits {\n          name\n        }\n        coUnitReplies {\n          unit {\n            name\n          }\n          reply\n          repliedAt\n        }\n        reply\n        resolution\n        satisfaction\n        dueAt\n        deadlineStatus\n        workingMinutesRemaining\n        extensionRequest {\n          workingDays\n          reason\n        }\n        parentTicketId\n        mergedTicketIds\n        closedAt\n        createdAt\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n        supervisionOrders @include(if: $withSupervision) {\n          ...SupervisionOrderFields\n        }\n      }\n      ... on CaseReport {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        caseStatus: status\n        caseSource: source\n        type\n        majorClass\n        minorCode\n        description\n        address\n        gridCell\n        longitude\n        latitude\n        urgency\n        handlingUnit\n        handlingResult\n        dueAt\n        deadlineStatus\n        extensionRequest {\n          workingDays\n          reason\n        }\n        returnRequestReason\n        parkedReason\n        voidReason\n        closureType\n        closedAt\n        createdAt\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n        supervisionOrders @include(if: $withSupervision) {\n          ...SupervisionOrderFields\n        }\n      }\n      ... on EnforcementRecord {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        enforcementStatus: status\n        enforcementSource: source\n        procedure\n        violatedArticle\n        penaltyArticle\n        isMajor\n        division {\n          name\n        }\n        party {\n          kind\n          name\n          idNumber\n          creditCode\n          legalRepresentative\n          masked\n        }\n        officers {\n          name\n          certificateNumber\n        }\n        investigators\n        filedAt\n        decisionDueAt\n        decisionExtension {\n          days\n          reason\n          approvedBy\n        }\n        noticeServedAt\n        hearingRequestDueAt\n        hearingRequestedAt\n        hearingWaivedAt\n        hearingPresidingOfficer\n        hearingHeldAt\n        legalReviewedBy\n        legalReviewedAt\n        decision\n        fineAmount\n        decidedAt\n        serviceDueAt\n        servedAt\n        paymentDueAt\n        paidAt\n        amountPaid\n        latePaymentPenalty\n        amountDue\n        enforcedAt\n        overdue {\n          decision\n          service\n          payment\n          any\n        }\n        deadlineStatus\n        closedAt\n        linkedTicketId\n        linkedCaseId\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n      }\n    }\n    enumLabels(\n      enums: [\n        "TicketStatus"\n        "CaseStatus"\n        "EnforcementStatus"\n        "TicketChannel"\n        "IntakeClass"\n        "Urgency"\n        "DeadlineStatus"\n        "Resolution"\n        "Satisfaction"\n        "CaseSource"\n        "CaseType"\n        "CaseMajorClass"\n        "ClosureType"\n        "EnforcementSource"\n        "EnforcementProcedure"\n        "PenaltyType"\n        "PartyKind"\n        "AttachmentPurpose"\n        "SupervisionLevel"\n        "SupervisionState"\n        "SupervisionAction"\n      ]\n    ) {\n      enum\n      value\n      label\n    }\n  }\n':
    types.RecordPageDocument,
  '\n  mutation RevealCaller($id: ID!, $reason: String!) {\n    revealTicketCaller(id: $id, reason: $reason) {\n      name\n      phone\n      address\n    }\n  }\n':
    types.RevealCallerDocument,
  '\n  query AttachmentContent($id: ID!) {\n    attachmentContent(id: $id) {\n      attachment {\n        fileName\n        contentType\n      }\n      base64\n    }\n  }\n':
    types.AttachmentContentDocument,
  '\n  query HandlingUnits {\n    handlingUnits {\n      code\n      name\n    }\n  }\n':
    types.HandlingUnitsDocument,
  '\n  query MonthlyReport($month: String!) {\n    monthlyReport(month: $month) {\n      month\n      previousMonth\n      start\n      end\n      generatedAt\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      national {\n        ...MonthlyReportDivisionFields\n      }\n      provinces {\n        ...MonthlyReportDivisionFields\n      }\n      cities {\n        ...MonthlyReportDivisionFields\n      }\n      rankings {\n        scope {\n          code\n          name\n        }\n        indicator\n        label\n        changeUnit\n        entries {\n          rank\n          previousRank\n          division {\n            code\n            name\n          }\n          province {\n            code\n            name\n          }\n          value\n          previousValue\n          change\n          indicator {\n            numerator\n            denominator\n          }\n        }\n      }\n      downloads {\n        xlsx\n        csv\n      }\n    }\n  }\n\n  fragment MonthlyReportDivisionFields on MonthlyReportDivision {\n    division {\n      code\n      name\n    }\n    province {\n      code\n      name\n    }\n    indicators {\n      name\n      label\n      kind\n      current {\n        numerator\n        denominator\n        value\n      }\n      previous {\n        numerator\n        denominator\n        value\n      }\n      change\n      changeUnit\n    }\n    compositeScore {\n      current\n      previous\n      change\n    }\n  }\n':
    types.MonthlyReportDocument,
  '\n  query Session {\n    me {\n      username\n      roles\n      department\n      permissions\n      division {\n        code\n        name\n        level\n      }\n    }\n    nodeInfo {\n      timeZone\n    }\n  }\n':
    types.SessionDocument,
  '\n  fragment SupervisionOrderRow on SupervisionOrder {\n    id\n    number\n    recordKind\n    recordId\n    recordNumber\n    level\n    deadline\n    instructions\n    state\n    handlingUnit\n    allowedActions\n    issuedBy\n    overdue\n    version\n    createdAt\n    issuer {\n      name\n    }\n    division {\n      code\n      name\n    }\n    steps {\n      id\n      action\n      comment\n      handlingUnit\n      actor\n      actorDivision {\n        name\n      }\n      createdAt\n    }\n  }\n':
    types.SupervisionOrderRowFragmentDoc,
  '\n  query SupervisionOrders($overdue: Boolean) {\n    supervisionOrders(overdue: $overdue) {\n      ...SupervisionOrderRow\n    }\n  }\n':
    types.SupervisionOrdersDocument,
  '\n  query RecordSupervisionOrders($recordId: ID!) {\n    supervisionOrders(recordId: $recordId) {\n      ...SupervisionOrderRow\n    }\n  }\n':
    types.RecordSupervisionOrdersDocument,
  '\n  subscription SupervisionOrderArrived($after: String) {\n    supervisionOrderArrived(after: $after) {\n      position\n      arrival\n      order {\n        ...SupervisionOrderRow\n      }\n    }\n  }\n':
    types.SupervisionOrderArrivedDocument,
  '\n  mutation IssueSupervisionOrder($input: IssueSupervisionOrderInput!) {\n    issueSupervisionOrder(input: $input) {\n      id\n      number\n    }\n  }\n':
    types.IssueSupervisionOrderDocument,
  '\n  mutation SignSupervisionOrder($input: SupervisionStepInput!) {\n    signSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n':
    types.SignSupervisionOrderDocument,
  '\n  mutation AssignSupervisionOrder($input: AssignSupervisionOrderInput!) {\n    assignSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n':
    types.AssignSupervisionOrderDocument,
  '\n  mutation ReplyToSupervisionOrder($input: SupervisionStepInput!) {\n    replyToSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n':
    types.ReplyToSupervisionOrderDocument,
  '\n  mutation CloseSupervisionOrder($input: SupervisionStepInput!) {\n    closeSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n':
    types.CloseSupervisionOrderDocument,
  '\n  mutation ReturnSupervisionOrder($input: SupervisionStepInput!) {\n    returnSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n':
    types.ReturnSupervisionOrderDocument,
  '\n  fragment ProvinceTicketRow on HotlineTicket {\n    id\n    number\n    title\n    status\n    urgency\n    deadlineStatus\n    createdAt\n    division {\n      code\n      name\n    }\n    caller {\n      name\n      phone\n      masked\n    }\n    replica {\n      currentTo\n      source {\n        name\n      }\n    }\n  }\n':
    types.ProvinceTicketRowFragmentDoc,
  '\n  query ProvinceTickets($division: String, $first: Int, $after: String) {\n    tickets(division: $division, first: $first, after: $after) {\n      nodes {\n        ...ProvinceTicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ProvinceTicketsDocument,
  '\n  fragment ProvinceCaseRow on CaseReport {\n    id\n    number\n    description\n    status\n    urgency\n    deadlineStatus\n    createdAt\n    division {\n      code\n      name\n    }\n    replica {\n      currentTo\n      source {\n        name\n      }\n    }\n  }\n':
    types.ProvinceCaseRowFragmentDoc,
  '\n  query ProvinceCases($division: String, $first: Int, $after: String) {\n    caseReports(division: $division, first: $first, after: $after) {\n      nodes {\n        ...ProvinceCaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ProvinceCasesDocument,
  '\n  query ProvinceCities($parent: String!) {\n    divisions(parent: $parent) {\n      code\n      name\n    }\n  }\n':
    types.ProvinceCitiesDocument,
  '\n  subscription InboxChanged($after: String) {\n    inboxChanged(after: $after) {\n      position\n      change\n      ticketId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n':
    types.InboxChangedDocument,
  '\n  fragment TicketRow on HotlineTicket {\n    id\n    number\n    title\n    status\n    urgency\n    intakeClass\n    deadlineStatus\n    dueAt\n    createdAt\n    leadUnit {\n      code\n      name\n    }\n    extensionRequest {\n      workingDays\n    }\n  }\n':
    types.TicketRowFragmentDoc,
  '\n  query TicketList($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {\n    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TicketListDocument,
  '\n  query TicketInbox($sort: TicketSort, $first: Int, $after: String) {\n    ticketInbox(sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TicketInboxDocument,
  '\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MyTicketsDocument,
  '\n  query TicketsByPhone($phone: String!, $first: Int, $after: String) {\n    ticketsByCallerPhone(phone: $phone, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TicketsByPhoneDocument,
  '\n  query TicketListLabels {\n    enumLabels(enums: ["TicketStatus", "DeadlineStatus", "Urgency", "IntakeClass", "InboxChange"]) {\n      enum\n      value\n      label\n    }\n  }\n':
    types.TicketListLabelsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseRow on CaseReport {\n    id\n    number\n    description\n    address\n    status\n    type\n    majorClass\n    urgency\n    deadlineStatus\n    dueAt\n    handlingUnit\n    createdAt\n    extensionRequest {\n      workingDays\n    }\n    returnRequestReason\n  }\n',
): typeof import('./graphql').CaseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseList($filter: CaseReportFilter, $sort: CaseSort, $first: Int, $after: String) {\n    caseReports(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').CaseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseInbox($sort: CaseSort, $first: Int, $after: String) {\n    caseInbox(sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').CaseInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription CaseInboxChanged($after: String) {\n    caseInboxChanged(after: $after) {\n      position\n      change\n      caseId\n      case {\n        ...CaseRow\n      }\n    }\n  }\n',
): typeof import('./graphql').CaseInboxChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportCase($input: ReportCaseInput!) {\n    reportCase(input: $input) {\n      id\n      number\n      version\n    }\n  }\n',
): typeof import('./graphql').ReportCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Directives {\n    directives {\n      ...DirectiveFields\n    }\n  }\n',
): typeof import('./graphql').DirectivesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DirectiveFields on Directive {\n    id\n    number\n    division {\n      code\n      name\n      level\n    }\n    title\n    body\n    dueAt\n    issuedBy\n    createdAt\n    stateHere\n    allowedActions\n    responses {\n      id\n      division {\n        code\n        name\n      }\n      action\n      comment\n      actor\n      createdAt\n    }\n  }\n',
): typeof import('./graphql').DirectiveFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DirectiveDivisions {\n    divisions {\n      code\n      name\n      level\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n',
): typeof import('./graphql').DirectiveDivisionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueDirective($input: IssueDirectiveInput!) {\n    issueDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n',
): typeof import('./graphql').IssueDirectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeDirective($input: DirectiveResponseInput!) {\n    acknowledgeDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n',
): typeof import('./graphql').AcknowledgeDirectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportOnDirective($input: DirectiveResponseInput!) {\n    reportOnDirective(input: $input) {\n      ...DirectiveFields\n    }\n  }\n',
): typeof import('./graphql').ReportOnDirectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EnforcementRow on EnforcementRecord {\n    id\n    number\n    status\n    procedure\n    isMajor\n    violatedArticle\n    party {\n      kind\n      name\n      masked\n    }\n    filedAt\n    decisionDueAt\n    decidedAt\n    serviceDueAt\n    servedAt\n    paymentDueAt\n    amountDue\n    deadlineStatus\n    overdue {\n      decision\n      service\n      payment\n      any\n    }\n  }\n',
): typeof import('./graphql').EnforcementRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnforcementList(\n    $filter: EnforcementRecordFilter\n    $sort: EnforcementSort\n    $first: Int\n    $after: String\n  ) {\n    enforcementRecords(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...EnforcementRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').EnforcementListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnforcementFilingOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    enumLabels(enums: ["EnforcementSource", "EnforcementProcedure", "PartyKind"]) {\n      enum\n      value\n      label\n    }\n  }\n',
): typeof import('./graphql').EnforcementFilingOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileEnforcementCase($input: FileEnforcementCaseInput!) {\n    fileEnforcementCase(input: $input) {\n      id\n      number\n      party {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').FileEnforcementCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LinkedRecord($number: String!) {\n    recordByNumber(number: $number) {\n      __typename\n      ... on HotlineTicket {\n        id\n      }\n      ... on CaseReport {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').LinkedRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment IndicatorValueFields on IndicatorValue {\n    name\n    label\n    recordKind\n    kind\n    numerator\n    denominator\n    value\n  }\n',
): typeof import('./graphql').IndicatorValueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorOverview(\n    $division: String!\n    $period: PeriodInput!\n    $categoryLevel: Int\n    $at: String\n  ) {\n    indicators(division: $division, period: $period, categoryLevel: $categoryLevel, at: $at) {\n      division {\n        code\n        name\n        level\n      }\n      unit\n      source\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      periods {\n        start\n        end\n        label\n        total {\n          compositeScore\n          indicators {\n            ...IndicatorValueFields\n          }\n        }\n        categories {\n          recordKind\n          code\n          name\n          indicators {\n            indicators {\n              ...IndicatorValueFields\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').IndicatorOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorRankingOf($division: String!, $period: PeriodInput!, $indicator: IndicatorName!) {\n    indicatorRanking(division: $division, period: $period, indicator: $indicator) {\n      indicator\n      start\n      end\n      source\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      entries {\n        rank\n        division {\n          code\n          name\n        }\n        value\n        compositeScore\n        indicator {\n          ...IndicatorValueFields\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').IndicatorRankingOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IndicatorRecordsOf(\n    $division: String!\n    $period: PeriodInput!\n    $indicator: IndicatorName\n    $part: IndicatorPart\n    $metric: String\n    $recordKind: IndicatorRecordKind\n    $category: String\n    $first: Int\n    $after: String\n  ) {\n    indicatorRecords(\n      division: $division\n      period: $period\n      indicator: $indicator\n      part: $part\n      metric: $metric\n      recordKind: $recordKind\n      category: $category\n      first: $first\n      after: $after\n    ) {\n      division {\n        code\n        name\n      }\n      recordKind\n      metric\n      excluding\n      category\n      start\n      end\n      label\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      edges {\n        cursor\n        amount\n        node {\n          __typename\n          ... on HotlineTicket {\n            id\n            number\n            title\n            ticketStatus: status\n            division {\n              code\n              name\n            }\n            caller {\n              name\n              phone\n              masked\n            }\n          }\n          ... on CaseReport {\n            id\n            number\n            description\n            caseStatus: status\n            division {\n              code\n              name\n            }\n          }\n          ... on EnforcementRecord {\n            id\n            number\n            violatedArticle\n            enforcementStatus: status\n            division {\n              code\n              name\n            }\n            party {\n              name\n              masked\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').IndicatorRecordsOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IntakeOptions($city: String!) {\n    districts: divisions(parent: $city) {\n      code\n      name\n    }\n    categories: ticketCategories {\n      code\n      name\n    }\n    enumLabels(enums: ["TicketChannel", "IntakeClass", "Urgency", "TicketStatus"]) {\n      enum\n      value\n      label\n    }\n  }\n',
): typeof import('./graphql').IntakeOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CategoryChildren($parent: String!) {\n    ticketCategories(parent: $parent) {\n      code\n      name\n    }\n  }\n',
): typeof import('./graphql').CategoryChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      id\n      number\n      title\n      version\n    }\n  }\n',
): typeof import('./graphql').CreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DuplicateSuggestions($input: DuplicateQueryInput!) {\n    ticketDuplicateSuggestions(input: $input) {\n      score\n      ticket {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n',
): typeof import('./graphql').DuplicateSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CallerHistory($phone: String!) {\n    callerHistory(phone: $phone) {\n      phone\n      total\n      open\n      recent {\n        id\n        number\n        title\n        status\n        createdAt\n      }\n    }\n  }\n',
): typeof import('./graphql').CallerHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EnumLabels($enums: [String!]) {\n    enumLabels(enums: $enums) {\n      enum\n      value\n      label\n    }\n  }\n',
): typeof import('./graphql').EnumLabelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLogScreen(\n    $node: String\n    $actor: String\n    $action: String\n    $actionPrefix: String\n    $entityId: String\n    $from: DateTime\n    $to: DateTime\n    $first: Int\n    $after: String\n  ) {\n    auditLog(\n      node: $node\n      actor: $actor\n      action: $action\n      actionPrefix: $actionPrefix\n      entityId: $entityId\n      from: $from\n      to: $to\n      first: $first\n      after: $after\n    ) {\n      nodes {\n        id\n        at\n        actor\n        actorRoles\n        actorDivision\n        action\n        entity\n        entityIds\n        reason\n        clientAddress\n        requestId\n        scope\n        hash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').AuditLogScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditChainCheck($node: String) {\n    auditChain(node: $node) {\n      intact\n      entries\n      firstBrokenId\n      problem\n      headHash\n    }\n  }\n',
): typeof import('./graphql').AuditChainCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CalendarDayFields on CalendarDay {\n    day\n    kind\n    name\n    updatedBy\n    updatedAt\n  }\n',
): typeof import('./graphql').CalendarDayFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkingCalendarScreen($year: Int!) {\n    workingCalendar(year: $year) {\n      ...CalendarDayFields\n    }\n  }\n',
): typeof import('./graphql').WorkingCalendarScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCalendarDayScreen($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...CalendarDayFields\n    }\n  }\n',
): typeof import('./graphql').SetCalendarDayScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveCalendarDayScreen($day: String!) {\n    removeCalendarDay(day: $day)\n  }\n',
): typeof import('./graphql').RemoveCalendarDayScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeChoices($home: String!) {\n    division(code: $home) {\n      code\n      name\n      level\n      parent {\n        code\n        name\n        level\n        parent {\n          code\n          name\n          level\n        }\n      }\n      children {\n        code\n        name\n        level\n      }\n    }\n  }\n',
): typeof import('./graphql').NodeChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SyncStatusScreen($node: String) {\n    syncStatus(node: $node) {\n      node {\n        code\n        name\n      }\n      tier\n      epoch\n      head\n      sources {\n        source {\n          code\n          name\n        }\n        state\n        epoch\n        applied\n        head\n        lagChanges\n        lagSeconds\n        oldestPendingAt\n        answeredAt\n        currentTo\n        lastError\n        resyncs\n        staleChanges\n      }\n    }\n  }\n',
): typeof import('./graphql').SyncStatusScreenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AttachToRecord($recordId: ID!, $file: File!, $purpose: AttachmentPurpose!) {\n    attachToRecord(recordId: $recordId, file: $file, purpose: $purpose) {\n      id\n    }\n  }\n',
): typeof import('./graphql').AttachToRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CaseActionResult on CaseReport {\n    id\n    version\n    status\n  }\n',
): typeof import('./graphql').CaseActionResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FileCase($input: CaseActionInput!) {\n    fileCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').FileCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VoidCase($input: CaseReasonInput!) {\n    voidCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').VoidCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DispatchCase($input: DispatchCaseInput!) {\n    dispatchCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').DispatchCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartHandlingCase($input: CaseActionInput!) {\n    startHandlingCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').StartHandlingCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReportBackCase($input: ReportBackCaseInput!) {\n    reportBackCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').ReportBackCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyCase($input: VerifyCaseInput!) {\n    verifyCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').VerifyCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestCaseExtension($input: RequestCaseExtensionInput!) {\n    requestCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').RequestCaseExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveCaseExtension($input: CaseActionInput!) {\n    approveCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').ApproveCaseExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectCaseExtension($input: CaseReasonInput!) {\n    rejectCaseExtension(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').RejectCaseExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestCaseReturn($input: CaseReasonInput!) {\n    requestCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').RequestCaseReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveCaseReturn($input: CaseActionInput!) {\n    approveCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').ApproveCaseReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectCaseReturn($input: CaseReasonInput!) {\n    rejectCaseReturn(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').RejectCaseReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ParkCase($input: CaseReasonInput!) {\n    parkCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').ParkCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResumeCase($input: CaseActionInput!) {\n    resumeCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').ResumeCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EvaluateCase($input: EvaluateCaseInput!) {\n    evaluateCase(input: $input) {\n      ...CaseActionResult\n    }\n  }\n',
): typeof import('./graphql').EvaluateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseVersion($id: ID!) {\n    caseReport(id: $id) {\n      version\n    }\n  }\n',
): typeof import('./graphql').CaseVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EnforcementActionResult on EnforcementRecord {\n    id\n    version\n    status\n  }\n',
): typeof import('./graphql').EnforcementActionResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartEnforcementInvestigation($input: StartEnforcementInvestigationInput!) {\n    startEnforcementInvestigation(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').StartEnforcementInvestigationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ServeEnforcementNotice($input: EnforcementActionInput!) {\n    serveEnforcementNotice(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').ServeEnforcementNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestEnforcementHearing($input: RequestEnforcementHearingInput!) {\n    requestEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').RequestEnforcementHearingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WaiveEnforcementHearing($input: EnforcementActionInput!) {\n    waiveEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').WaiveEnforcementHearingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HoldEnforcementHearing($input: HoldEnforcementHearingInput!) {\n    holdEnforcementHearing(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').HoldEnforcementHearingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitEnforcementLegalReview($input: EnforcementActionInput!) {\n    submitEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').SubmitEnforcementLegalReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveEnforcementLegalReview($input: EnforcementActionInput!) {\n    approveEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').ApproveEnforcementLegalReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectEnforcementLegalReview($input: EnforcementReasonInput!) {\n    rejectEnforcementLegalReview(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').RejectEnforcementLegalReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExtendEnforcementDecisionDeadline($input: ExtendEnforcementDecisionDeadlineInput!) {\n    extendEnforcementDecisionDeadline(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').ExtendEnforcementDecisionDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideEnforcementCase($input: DecideEnforcementCaseInput!) {\n    decideEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').DecideEnforcementCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ServeEnforcementDecision($input: EnforcementActionInput!) {\n    serveEnforcementDecision(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').ServeEnforcementDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordEnforcementPayment($input: RecordEnforcementPaymentInput!) {\n    recordEnforcementPayment(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').RecordEnforcementPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnforceEnforcementDecision($input: EnforcementReasonInput!) {\n    enforceEnforcementDecision(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').EnforceEnforcementDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseEnforcementCase($input: EnforcementActionInput!) {\n    closeEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').CloseEnforcementCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveEnforcementCase($input: EnforcementActionInput!) {\n    archiveEnforcementCase(input: $input) {\n      ...EnforcementActionResult\n    }\n  }\n',
): typeof import('./graphql').ArchiveEnforcementCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TicketActionResult on HotlineTicket {\n    id\n    version\n    status\n  }\n',
): typeof import('./graphql').TicketActionResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerTicketDirectly($input: AnswerTicketInput!) {\n    answerTicketDirectly(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').AnswerTicketDirectlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DispatchTicket($input: DispatchTicketInput!) {\n    dispatchTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').DispatchTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedispatchTicket($input: DispatchTicketInput!) {\n    redispatchTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').RedispatchTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignForTicket($input: TicketActionInput!) {\n    signForTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').SignForTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartHandlingTicket($input: TicketActionInput!) {\n    startHandlingTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').StartHandlingTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestTicketExtension($input: RequestExtensionInput!) {\n    requestTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').RequestTicketExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveTicketExtension($input: TicketActionInput!) {\n    approveTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').ApproveTicketExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectTicketExtension($input: TicketReasonInput!) {\n    rejectTicketExtension(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').RejectTicketExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnTicket($input: TicketReasonInput!) {\n    returnTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').ReturnTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToTicket($input: AnswerTicketInput!) {\n    replyToTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').ReplyToTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CoReplyToTicket($input: CoReplyToTicketInput!) {\n    coReplyToTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').CoReplyToTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveTicketReply($input: TicketActionInput!) {\n    approveTicketReply(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').ApproveTicketReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectTicketReply($input: TicketReasonInput!) {\n    rejectTicketReply(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').RejectTicketReplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CallBackTicket($input: CallBackTicketInput!) {\n    callBackTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').CallBackTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenTicket($input: TicketActionInput!) {\n    reopenTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').ReopenTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseTicket($input: TicketActionInput!) {\n    closeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').CloseTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveTicket($input: TicketActionInput!) {\n    archiveTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').ArchiveTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MergeTicket($input: MergeTicketInput!) {\n    mergeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').MergeTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnmergeTicket($input: TicketActionInput!) {\n    unmergeTicket(input: $input) {\n      ...TicketActionResult\n    }\n  }\n',
): typeof import('./graphql').UnmergeTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TicketVersion($id: ID!) {\n    ticket(id: $id) {\n      version\n    }\n  }\n',
): typeof import('./graphql').TicketVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordIdByNumber($number: String!) {\n    recordByNumber(number: $number) {\n      ... on HotlineTicket {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').RecordIdByNumberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HistoryFields on HistoryEntry {\n    action\n    actionLabel\n    fromStateLabel\n    toStateLabel\n    actor\n    at\n    comment\n  }\n',
): typeof import('./graphql').HistoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    purpose\n    uploadedAt\n    uploadedBy\n  }\n',
): typeof import('./graphql').AttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupervisionOrderFields on SupervisionOrder {\n    id\n    number\n    level\n    state\n    deadline\n    instructions\n    overdue\n    handlingUnit\n    allowedActions\n    version\n    issuer {\n      name\n    }\n  }\n',
): typeof import('./graphql').SupervisionOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordPage($number: String!, $withSupervision: Boolean!) {\n    recordByNumber(number: $number) {\n      __typename\n      ... on HotlineTicket {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        title\n        content\n        ticketStatus: status\n        channel\n        intakeClass\n        urgency\n        categoryPath {\n          code\n          name\n        }\n        division {\n          name\n        }\n        caller {\n          name\n          phone\n          confidential\n          masked\n        }\n        location {\n          address\n          street\n          community\n        }\n        leadUnit {\n          name\n        }\n        coUnits {\n          name\n        }\n        coUnitReplies {\n          unit {\n            name\n          }\n          reply\n          repliedAt\n        }\n        reply\n        resolution\n        satisfaction\n        dueAt\n        deadlineStatus\n        workingMinutesRemaining\n        extensionRequest {\n          workingDays\n          reason\n        }\n        parentTicketId\n        mergedTicketIds\n        closedAt\n        createdAt\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n        supervisionOrders @include(if: $withSupervision) {\n          ...SupervisionOrderFields\n        }\n      }\n      ... on CaseReport {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        caseStatus: status\n        caseSource: source\n        type\n        majorClass\n        minorCode\n        description\n        address\n        gridCell\n        longitude\n        latitude\n        urgency\n        handlingUnit\n        handlingResult\n        dueAt\n        deadlineStatus\n        extensionRequest {\n          workingDays\n          reason\n        }\n        returnRequestReason\n        parkedReason\n        voidReason\n        closureType\n        closedAt\n        createdAt\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n        supervisionOrders @include(if: $withSupervision) {\n          ...SupervisionOrderFields\n        }\n      }\n      ... on EnforcementRecord {\n        id\n        number\n        version\n        replica {\n          source {\n            code\n            name\n          }\n          currentTo\n        }\n        enforcementStatus: status\n        enforcementSource: source\n        procedure\n        violatedArticle\n        penaltyArticle\n        isMajor\n        division {\n          name\n        }\n        party {\n          kind\n          name\n          idNumber\n          creditCode\n          legalRepresentative\n          masked\n        }\n        officers {\n          name\n          certificateNumber\n        }\n        investigators\n        filedAt\n        decisionDueAt\n        decisionExtension {\n          days\n          reason\n          approvedBy\n        }\n        noticeServedAt\n        hearingRequestDueAt\n        hearingRequestedAt\n        hearingWaivedAt\n        hearingPresidingOfficer\n        hearingHeldAt\n        legalReviewedBy\n        legalReviewedAt\n        decision\n        fineAmount\n        decidedAt\n        serviceDueAt\n        servedAt\n        paymentDueAt\n        paidAt\n        amountPaid\n        latePaymentPenalty\n        amountDue\n        enforcedAt\n        overdue {\n          decision\n          service\n          payment\n          any\n        }\n        deadlineStatus\n        closedAt\n        linkedTicketId\n        linkedCaseId\n        allowedActionLabels {\n          action\n          label\n        }\n        history {\n          ...HistoryFields\n        }\n        attachmentCount\n        attachments {\n          ...AttachmentFields\n        }\n      }\n    }\n    enumLabels(\n      enums: [\n        "TicketStatus"\n        "CaseStatus"\n        "EnforcementStatus"\n        "TicketChannel"\n        "IntakeClass"\n        "Urgency"\n        "DeadlineStatus"\n        "Resolution"\n        "Satisfaction"\n        "CaseSource"\n        "CaseType"\n        "CaseMajorClass"\n        "ClosureType"\n        "EnforcementSource"\n        "EnforcementProcedure"\n        "PenaltyType"\n        "PartyKind"\n        "AttachmentPurpose"\n        "SupervisionLevel"\n        "SupervisionState"\n        "SupervisionAction"\n      ]\n    ) {\n      enum\n      value\n      label\n    }\n  }\n',
): typeof import('./graphql').RecordPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevealCaller($id: ID!, $reason: String!) {\n    revealTicketCaller(id: $id, reason: $reason) {\n      name\n      phone\n      address\n    }\n  }\n',
): typeof import('./graphql').RevealCallerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AttachmentContent($id: ID!) {\n    attachmentContent(id: $id) {\n      attachment {\n        fileName\n        contentType\n      }\n      base64\n    }\n  }\n',
): typeof import('./graphql').AttachmentContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query HandlingUnits {\n    handlingUnits {\n      code\n      name\n    }\n  }\n',
): typeof import('./graphql').HandlingUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MonthlyReport($month: String!) {\n    monthlyReport(month: $month) {\n      month\n      previousMonth\n      start\n      end\n      generatedAt\n      currentTo\n      servedBy {\n        tier\n        division {\n          code\n          name\n        }\n      }\n      weights {\n        name\n        weight\n      }\n      national {\n        ...MonthlyReportDivisionFields\n      }\n      provinces {\n        ...MonthlyReportDivisionFields\n      }\n      cities {\n        ...MonthlyReportDivisionFields\n      }\n      rankings {\n        scope {\n          code\n          name\n        }\n        indicator\n        label\n        changeUnit\n        entries {\n          rank\n          previousRank\n          division {\n            code\n            name\n          }\n          province {\n            code\n            name\n          }\n          value\n          previousValue\n          change\n          indicator {\n            numerator\n            denominator\n          }\n        }\n      }\n      downloads {\n        xlsx\n        csv\n      }\n    }\n  }\n\n  fragment MonthlyReportDivisionFields on MonthlyReportDivision {\n    division {\n      code\n      name\n    }\n    province {\n      code\n      name\n    }\n    indicators {\n      name\n      label\n      kind\n      current {\n        numerator\n        denominator\n        value\n      }\n      previous {\n        numerator\n        denominator\n        value\n      }\n      change\n      changeUnit\n    }\n    compositeScore {\n      current\n      previous\n      change\n    }\n  }\n',
): typeof import('./graphql').MonthlyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    me {\n      username\n      roles\n      department\n      permissions\n      division {\n        code\n        name\n        level\n      }\n    }\n    nodeInfo {\n      timeZone\n    }\n  }\n',
): typeof import('./graphql').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupervisionOrderRow on SupervisionOrder {\n    id\n    number\n    recordKind\n    recordId\n    recordNumber\n    level\n    deadline\n    instructions\n    state\n    handlingUnit\n    allowedActions\n    issuedBy\n    overdue\n    version\n    createdAt\n    issuer {\n      name\n    }\n    division {\n      code\n      name\n    }\n    steps {\n      id\n      action\n      comment\n      handlingUnit\n      actor\n      actorDivision {\n        name\n      }\n      createdAt\n    }\n  }\n',
): typeof import('./graphql').SupervisionOrderRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupervisionOrders($overdue: Boolean) {\n    supervisionOrders(overdue: $overdue) {\n      ...SupervisionOrderRow\n    }\n  }\n',
): typeof import('./graphql').SupervisionOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RecordSupervisionOrders($recordId: ID!) {\n    supervisionOrders(recordId: $recordId) {\n      ...SupervisionOrderRow\n    }\n  }\n',
): typeof import('./graphql').RecordSupervisionOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription SupervisionOrderArrived($after: String) {\n    supervisionOrderArrived(after: $after) {\n      position\n      arrival\n      order {\n        ...SupervisionOrderRow\n      }\n    }\n  }\n',
): typeof import('./graphql').SupervisionOrderArrivedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueSupervisionOrder($input: IssueSupervisionOrderInput!) {\n    issueSupervisionOrder(input: $input) {\n      id\n      number\n    }\n  }\n',
): typeof import('./graphql').IssueSupervisionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignSupervisionOrder($input: SupervisionStepInput!) {\n    signSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n',
): typeof import('./graphql').SignSupervisionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignSupervisionOrder($input: AssignSupervisionOrderInput!) {\n    assignSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n',
): typeof import('./graphql').AssignSupervisionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplyToSupervisionOrder($input: SupervisionStepInput!) {\n    replyToSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n',
): typeof import('./graphql').ReplyToSupervisionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseSupervisionOrder($input: SupervisionStepInput!) {\n    closeSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n',
): typeof import('./graphql').CloseSupervisionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnSupervisionOrder($input: SupervisionStepInput!) {\n    returnSupervisionOrder(input: $input) {\n      id\n      state\n    }\n  }\n',
): typeof import('./graphql').ReturnSupervisionOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProvinceTicketRow on HotlineTicket {\n    id\n    number\n    title\n    status\n    urgency\n    deadlineStatus\n    createdAt\n    division {\n      code\n      name\n    }\n    caller {\n      name\n      phone\n      masked\n    }\n    replica {\n      currentTo\n      source {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ProvinceTicketRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvinceTickets($division: String, $first: Int, $after: String) {\n    tickets(division: $division, first: $first, after: $after) {\n      nodes {\n        ...ProvinceTicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ProvinceTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProvinceCaseRow on CaseReport {\n    id\n    number\n    description\n    status\n    urgency\n    deadlineStatus\n    createdAt\n    division {\n      code\n      name\n    }\n    replica {\n      currentTo\n      source {\n        name\n      }\n    }\n  }\n',
): typeof import('./graphql').ProvinceCaseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvinceCases($division: String, $first: Int, $after: String) {\n    caseReports(division: $division, first: $first, after: $after) {\n      nodes {\n        ...ProvinceCaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').ProvinceCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProvinceCities($parent: String!) {\n    divisions(parent: $parent) {\n      code\n      name\n    }\n  }\n',
): typeof import('./graphql').ProvinceCitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription InboxChanged($after: String) {\n    inboxChanged(after: $after) {\n      position\n      change\n      ticketId\n      ticket {\n        ...TicketRow\n      }\n    }\n  }\n',
): typeof import('./graphql').InboxChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TicketRow on HotlineTicket {\n    id\n    number\n    title\n    status\n    urgency\n    intakeClass\n    deadlineStatus\n    dueAt\n    createdAt\n    leadUnit {\n      code\n      name\n    }\n    extensionRequest {\n      workingDays\n    }\n  }\n',
): typeof import('./graphql').TicketRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TicketList($filter: TicketFilter, $sort: TicketSort, $first: Int, $after: String) {\n    tickets(filter: $filter, sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').TicketListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TicketInbox($sort: TicketSort, $first: Int, $after: String) {\n    ticketInbox(sort: $sort, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').TicketInboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTickets($first: Int, $after: String) {\n    myTickets(first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').MyTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TicketsByPhone($phone: String!, $first: Int, $after: String) {\n    ticketsByCallerPhone(phone: $phone, first: $first, after: $after) {\n      nodes {\n        ...TicketRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): typeof import('./graphql').TicketsByPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TicketListLabels {\n    enumLabels(enums: ["TicketStatus", "DeadlineStatus", "Urgency", "IntakeClass", "InboxChange"]) {\n      enum\n      value\n      label\n    }\n  }\n',
): typeof import('./graphql').TicketListLabelsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
