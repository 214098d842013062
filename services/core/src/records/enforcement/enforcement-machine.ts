import { hearingRequestDueAt } from './enforcement-deadlines.js';
import { lastDayOf } from './late-payment-penalty.js';
import { localDateOf } from '../../calendar/local-time.js';
import type { EnforcementRecordRow } from '../../database/tables.js';
import type { Bilingual } from '@city-ops/kernel';
import { allGuards } from '../../workflow/state-machine.js';
import type {
  GuardCheck,
  InputCheck,
  StateContext,
  StateMachine,
  TransitionContext,
} from '../../workflow/state-machine.js';
import { defineMachine, guard, inputRule, move } from '../../workflow/define-machine.js';
import type { WorkingCalendar } from '../../calendar/working-calendar.js';
import type { MachineEnglish } from '../../workflow/machine-english.js';

/**
 * An enforcement record as its machine sees it: the stored row, and the calendar
 * and time zone its statutory limits count on (the hearing window is in working
 * days, art. 85), loaded before the transaction opens.
 */
export interface EnforcementSubject {
  row: EnforcementRecordRow;
  calendar: WorkingCalendar;
  timeZone: string;
}

type Context = StateContext<EnforcementSubject>;
type Check = GuardCheck<EnforcementSubject>;
/** A check of what the request carries (two investigators, a fine within the limits), against the record. */
type InputRuleCheck = InputCheck<EnforcementSubject>;

const OFFICER = ['enforcement-officer'];
const REVIEWER = ['legal-reviewer'];

/** The summary procedure's ceilings in fen (行政处罚法 art. 51): 200 元 for a person, 3000 元 for an organisation. */
export const SUMMARY_FINE_LIMIT_FEN = { PERSON: 20_000, ORGANISATION: 300_000 } as const;

/** Decisions that leave nothing to pay or to compel (no decision yet is not one of them). */
const NOTHING_TO_ENFORCE: readonly (string | null)[] = [
  'WARNING',
  'CIRCULATED_CRITICISM',
  'NO_PENALTY',
];

const day = (instant: Date, { record }: Context) => localDateOf(instant, record.timeZone);

const ordinaryProcedure: Check = ({ record }) =>
  record.row.procedure === 'ORDINARY'
    ? undefined
    : {
        zh: '本案适用简易程序，已在立案时当场决定；调查取证、告知、听证和法制审核只适用于普通程序（《行政处罚法》第51条、第52条、第54条）',
        en: 'this is a summary-procedure case (简易程序), decided on the spot at filing; investigation, notice, hearing and review belong to the ordinary procedure (行政处罚法 art. 51–52, 54)',
      };

const summaryProcedure: Check = ({ record }) =>
  record.row.procedure === 'SUMMARY'
    ? undefined
    : {
        zh: '普通程序案件须先调查取证并告知当事人，方可作出决定（《行政处罚法》第54条至第57条、第62条）',
        en: 'an ordinary-procedure case is investigated (调查取证) and the party notified (告知) before any decision (行政处罚法 art. 54–57, 62)',
      };

/** 执法人员不得少于两人 (art. 42): two distinct certificates, each with a name. */
const twoCertifiedOfficers: Check = ({ record }) => {
  const certificates = new Set(
    record.row.officers
      .filter((officer) => officer.name.trim() !== '' && officer.certificateNumber.trim() !== '')
      .map((officer) => officer.certificateNumber.trim()),
  );
  return certificates.size >= 2
    ? undefined
    : {
        zh: `办案须有至少两名持有执法证件的执法人员（《行政处罚法》第42条）；本案登记了 ${certificates.size} 名`,
        en: `at least two officers holding enforcement certificates act on a case (行政处罚法 art. 42); this record lists ${certificates.size}`,
      };
};

const twoInvestigators: InputRuleCheck = ({ input }) => {
  if (!Array.isArray(input['investigators'])) return undefined;
  const count = new Set(input['investigators'] as string[]).size;
  return count >= 2
    ? undefined
    : {
        zh: `调查取证须由至少两名执法人员进行（《行政处罚法》第42条、第55条）；您填写了 ${count} 名`,
        en: `at least two officers investigate (行政处罚法 art. 42, 55); you named ${count}`,
      };
};

const noticeWindow = (context: Context) => {
  const notice = context.record.row.notice_served_at;
  if (!notice) return undefined;
  return {
    notice,
    due: hearingRequestDueAt(notice, context.record.calendar, context.record.timeZone),
  };
};

const NO_NOTICE: Bilingual = {
  zh: '尚未向当事人送达告知（告知）',
  en: 'no notice (告知) has been served',
};

/** The hearing window is still open at `at`: undefined, or why not. */
const openAt = (context: Context, at: Date): Bilingual | undefined => {
  const window = noticeWindow(context);
  if (!window) return NO_NOTICE;
  if (at.getTime() < window.due.getTime()) return undefined;
  const served = day(window.notice, context);
  const lastDay = lastDayOf(window.due, context.record.timeZone);
  return {
    zh: `当事人应在告知后5个工作日内要求听证（《行政处罚法》第64条第（一）项、第85条）：告知于 ${served} 送达，最后一日为 ${lastDay}`,
    en: `a hearing is requested within 5 working days of the notice (行政处罚法 art. 64(1), art. 85): the notice was served on ${served}, so the last day was ${lastDay}`,
  };
};

/** 当事人要求听证的，应当在行政机关告知后五日内提出 (art. 64(1)); five working days (art. 85). */
const windowOpenNow: Check = (context) => openAt(context, context.now);

/**
 * The party's request was made in the window: when it was made (`requestedAt`, recorded
 * later than the party asked) or else now.
 */
const requestedWithinWindow: InputRuleCheck = (context: TransitionContext<EnforcementSubject>) =>
  openAt(
    context,
    context.input['requestedAt'] instanceof Date ? context.input['requestedAt'] : context.now,
  );

const noticeServed: Check = (context) => (noticeWindow(context) ? undefined : NO_NOTICE);

const notWaived: Check = (context) => {
  const waived = context.record.row.hearing_waived_at;
  if (!waived) return undefined;
  const on = day(waived, context);
  return { zh: `当事人已于 ${on} 放弃听证`, en: `the party waived the hearing on ${on}` };
};

/**
 * No decision while the party may still ask for a hearing (art. 62–64), unless the
 * party waived it.
 */
const hearingRightsSettled = guard<EnforcementSubject>(
  'hearing window closed or waived (art. 62–64)',
  (context) => {
    if (context.record.row.hearing_waived_at) return undefined;
    const window = noticeWindow(context);
    if (!window) return NO_NOTICE;
    if (context.now.getTime() >= window.due.getTime()) return undefined;
    const lastDay = lastDayOf(window.due, context.record.timeZone);
    return {
      zh: `当事人在 ${lastDay} 当日结束前仍可要求听证（《行政处罚法》第62条至第64条）：请待期满后再决定，或登记当事人放弃听证（waiveHearing）`,
      en: `the party may ask for a hearing until the end of ${lastDay} (行政处罚法 art. 62–64): wait for it, or record the party's waiver (waiveHearing)`,
    };
  },
);

const hearingHeld = guard<EnforcementSubject>('hearing held', ({ record }) =>
  record.row.hearing_held_at
    ? undefined
    : { zh: '尚未举行听证（holdHearing）', en: 'the hearing has not been held yet (holdHearing)' },
);

const hearingNotHeld: Check = (context) => {
  const held = context.record.row.hearing_held_at;
  if (!held) return undefined;
  const on = day(held, context);
  return { zh: `听证已于 ${on} 举行`, en: `the hearing was held on ${on}` };
};

/** 听证由行政机关指定的非本案调查人员主持 (art. 64(4)). */
const presidingOfficerDidNotInvestigate: InputRuleCheck = ({ record, input }) => {
  const presiding = input['presidingOfficer'];
  return record.row.investigators.some((investigator) => investigator === presiding)
    ? {
        zh: `${String(presiding)} 参与了本案调查；听证应由非本案调查人员主持（《行政处罚法》第64条第（四）项）`,
        en: `${String(presiding)} investigated this case; a hearing is presided over by someone who did not (行政处罚法 art. 64(4))`,
      }
    : undefined;
};

/** A major case is decided only after legal review (art. 58). */
const notMajor: Check = ({ record }) =>
  record.row.is_major
    ? {
        zh: '重大案件须经法制审核后方可作出决定（《行政处罚法》第58条）：请提交法制审核（submitLegalReview）',
        en: 'a major case (重大案件) is decided only after legal review (法制审核, 行政处罚法 art. 58): submit it for review (submitLegalReview)',
      }
    : undefined;

const reviewApproved = guard<EnforcementSubject>('legal review approved (art. 58)', ({ record }) =>
  record.row.legal_reviewed_at
    ? undefined
    : {
        zh: '法制审核尚未通过（未经法制审核或者审核未通过的，不得作出决定，《行政处罚法》第58条）',
        en: 'legal review has not approved a decision yet (未经法制审核或者审核未通过的，不得作出决定, 行政处罚法 art. 58)',
      },
);

const notYetReviewed: Check = (context) => {
  const reviewed = context.record.row.legal_reviewed_at;
  if (!reviewed) return undefined;
  const on = day(reviewed, context);
  const by = context.record.row.legal_reviewed_by ?? '';
  return {
    zh: `法制审核已于 ${on} 由 ${by} 审核通过`,
    en: `legal review already approved on ${on} by ${by}`,
  };
};

/** Review is kept apart from investigation: the reviewer did not investigate (docs/DOMAIN.md "Roles"). */
const reviewerDidNotInvestigate: Check = ({ record, principal }) =>
  record.row.investigators.includes(principal.username)
    ? {
        zh: `您（${principal.username}）参与了本案调查；法制审核（《行政处罚法》第58条）应由未参与调查的人员进行`,
        en: `you (${principal.username}) investigated this case; legal review (行政处罚法 art. 58) is done by someone who did not`,
      }
    : undefined;

/** 当场处罚 (art. 51): a warning, or a fine up to 200 元 (person) / 3000 元 (organisation). */
const withinSummaryLimits: InputRuleCheck = ({ record, input }) => {
  const penalty = input['penaltyType'];
  if (typeof penalty !== 'string') return undefined;
  const kind = record.row.party_kind === 'ORGANISATION' ? 'ORGANISATION' : 'PERSON';
  const ceiling = SUMMARY_FINE_LIMIT_FEN[kind];
  const rule: Bilingual = {
    zh: '简易程序只能给予警告，或对公民处200元以下、对法人或者其他组织处3000元以下罚款（《行政处罚法》第51条）',
    en: `the summary procedure allows only a warning or a fine of at most 200 元 for a person and 3000 元 for an organisation (行政处罚法 art. 51)`,
  };
  if (penalty === 'WARNING') return undefined;
  if (penalty !== 'FINE') {
    return {
      zh: `${rule.zh}；作出 ${penalty} 决定须适用普通程序`,
      en: `${rule.en}; a ${penalty} decision needs the ordinary procedure`,
    };
  }
  const fineFen = input['fineFen'];
  if (typeof fineFen !== 'number' || fineFen <= ceiling) return undefined;
  const yuan = (fineFen / 100).toFixed(2);
  return {
    zh: `${rule.zh}；对${kind === 'PERSON' ? '公民' : '法人或者其他组织'}罚款 ${yuan} 元须适用普通程序`,
    en: `${rule.en}; ${yuan} 元 for ${kind === 'PERSON' ? 'a person' : 'an organisation'} needs the ordinary procedure`,
  };
};

const isFine = guard<EnforcementSubject>('a fine was decided', ({ record }) =>
  record.row.decision === 'FINE'
    ? undefined
    : {
        zh: `该决定（${record.row.decision ?? '无'}）没有需要缴纳的款项`,
        en: `the decision (${record.row.decision ?? 'none'}) imposes nothing to pay`,
      },
);

/** 到期不缴纳罚款的… 申请人民法院强制执行 (art. 72; 行政强制法 art. 45, 53–54). */
const enforceable = guard<EnforcementSubject>(
  'a fine past its due date, or a decision to compel (art. 72)',
  (context) => {
    const { row } = context.record;
    if (NOTHING_TO_ENFORCE.includes(row.decision)) {
      return {
        zh: `${String(row.decision)} 决定没有需要强制执行的内容：请直接结案`,
        en: `a ${row.decision} decision has nothing to enforce: close the case`,
      };
    }
    if (row.decision !== 'FINE') return undefined;
    if (row.payment_due_at === null) {
      return { zh: '该罚款没有缴款期限', en: 'the fine has no payment due date' };
    }
    if (context.now.getTime() >= row.payment_due_at.getTime()) return undefined;
    const lastDay = lastDayOf(row.payment_due_at, context.record.timeZone);
    return {
      zh: `当事人可在 ${lastDay} 当日结束前缴款（《行政处罚法》第67条），期满后方可强制执行（第72条）`,
      en: `the party may pay until the end of ${lastDay} (行政处罚法 art. 67); enforcement comes only after that (art. 72)`,
    };
  },
);

const nothingUnpaid = guard<EnforcementSubject>('no fine outstanding', ({ record }) =>
  record.row.decision === 'FINE'
    ? {
        zh: '罚款尚未缴纳：请登记缴款，或在缴款期限届满后强制执行（《行政处罚法》第72条）',
        en: 'the fine is unpaid: record the payment, or enforce it after its due date (行政处罚法 art. 72)',
      }
    : undefined,
);

// The rows' combined guards and input checks, each in the words of the transition table with its articles.
const mayInvestigate = guard(
  'ordinary procedure; ≥ 2 certified officers (art. 42)',
  allGuards(ordinaryProcedure, twoCertifiedOfficers),
);
const investigatedByTwo = inputRule('≥ 2 investigators (art. 42, 55)', twoInvestigators);
// A request the party made in time may be recorded after the window (with its requestedAt).
const mayRequestHearing = guard('notice served, not waived', allGuards(noticeServed, notWaived));
const requestInWindow = inputRule(
  'asked within 5 working days of the notice (art. 64(1), 85)',
  requestedWithinWindow,
);
const mayWaiveHearing = guard(
  'hearing window open, not yet waived',
  allGuards(notWaived, windowOpenNow),
);
const mayHoldHearing = guard('not yet held', hearingNotHeld);
const presidedByAnother = inputRule(
  'presiding officer not an investigator (art. 64(4))',
  presidingOfficerDidNotInvestigate,
);
const approvable = guard(
  'not yet approved; reviewer not an investigator (art. 58)',
  allGuards(notYetReviewed, reviewerDidNotInvestigate),
);
const rejectable = guard('not yet approved; reviewer not an investigator', approvable);
const mayExtend = guard('ordinary procedure (art. 60)', ordinaryProcedure);
const mayDecideOnTheSpot = guard(
  'summary procedure; ≥ 2 certified officers (art. 51)',
  allGuards(summaryProcedure, twoCertifiedOfficers),
);
const summaryPenalty = inputRule(
  'a warning or a fine ≤ 200 元 (person) / ≤ 3000 元 (organisation) (art. 51)',
  withinSummaryLimits,
);
const mayDecideAfterNotice = guard(
  'hearing window closed or waived; not a major case (art. 58, 62–64)',
  allGuards(hearingRightsSettled, notMajor),
);
const mayDecideAfterHearing = guard(
  'hearing held; not a major case (art. 58)',
  allGuards(hearingHeld, notMajor),
);

const PRE_DECISION = ['FILED', 'INVESTIGATING', 'NOTIFIED', 'HEARING', 'LEGAL_REVIEW'] as const;

/**
 * 城管综合行政执法 under 行政处罚法 2021 and 行政强制法 (docs/DOMAIN.md "Enforcement records"). Ordinary
 * procedure: 立案 → 调查取证 → 告知 → (听证) → (法制审核, required for a major case)
 * → 决定 → 送达 → 缴款 | 执行 → 结案 → 归档. Summary procedure: 立案 → 当场决定 →
 * 送达 → 缴款 → 结案. The decision limit (90 days) is tracked, not refused: the
 * record shows it as overdue, and an approved extension moves it.
 */
export const enforcementMachine: StateMachine<EnforcementSubject> = defineMachine({
  entity: 'enforcement_record',
  noun: '执法案件',
  title: 'Enforcement record (城管执法 案件)',
  stateOf: (subject: EnforcementSubject) => subject.row.status,
  states: {
    FILED: '立案',
    INVESTIGATING: '调查取证',
    NOTIFIED: '已告知',
    HEARING: '听证',
    LEGAL_REVIEW: '法制审核',
    DECIDED: '已决定',
    SERVED: '已送达',
    PAID: '已缴款',
    ENFORCED: '强制执行',
    CLOSED: '结案',
    ARCHIVED: '归档',
  },
  transitions: [
    move(
      'startInvestigation',
      '调查取证',
      'FILED',
      'INVESTIGATING',
      OFFICER,
      mayInvestigate,
      investigatedByTwo,
    ),
    move('serveNotice', '告知', 'INVESTIGATING', 'NOTIFIED', OFFICER),
    move(
      'requestHearing',
      '听证申请',
      'NOTIFIED',
      'HEARING',
      OFFICER,
      mayRequestHearing,
      requestInWindow,
    ),
    move('waiveHearing', '放弃听证', 'NOTIFIED', 'NOTIFIED', OFFICER, mayWaiveHearing),
    move(
      'holdHearing',
      '举行听证',
      'HEARING',
      'HEARING',
      OFFICER,
      mayHoldHearing,
      presidedByAnother,
    ),
    move(
      'submitLegalReview',
      '提交法制审核',
      'NOTIFIED',
      'LEGAL_REVIEW',
      OFFICER,
      hearingRightsSettled,
    ),
    move('submitLegalReview', '提交法制审核', 'HEARING', 'LEGAL_REVIEW', OFFICER, hearingHeld),
    move('approveLegalReview', '审核通过', 'LEGAL_REVIEW', 'LEGAL_REVIEW', REVIEWER, approvable),
    move('rejectLegalReview', '审核退回', 'LEGAL_REVIEW', 'INVESTIGATING', REVIEWER, rejectable),
    // An approved extension of the 90-day limit (art. 60) leaves the case where it is.
    ...PRE_DECISION.map((state) =>
      move('extendDecisionDeadline', '延长办案期限', state, state, OFFICER, mayExtend),
    ),
    move('decide', '当场决定', 'FILED', 'DECIDED', OFFICER, mayDecideOnTheSpot, summaryPenalty),
    move('decide', '决定', 'NOTIFIED', 'DECIDED', OFFICER, mayDecideAfterNotice),
    move('decide', '决定', 'HEARING', 'DECIDED', OFFICER, mayDecideAfterHearing),
    move('decide', '决定', 'LEGAL_REVIEW', 'DECIDED', OFFICER, reviewApproved),
    move('serveDecision', '送达', 'DECIDED', 'SERVED', OFFICER),
    move('recordPayment', '缴款', 'SERVED', 'PAID', OFFICER, isFine),
    move('enforce', '强制执行', 'SERVED', 'ENFORCED', OFFICER, enforceable),
    move('close', '结案', ['PAID', 'ENFORCED'], 'CLOSED', OFFICER),
    move('close', '结案', 'SERVED', 'CLOSED', OFFICER, nothingUnpaid),
    move('archive', '归档', 'CLOSED', 'ARCHIVED', OFFICER),
  ],
});

/** The terms of the enforcement procedure in English, beside the Chinese above (workflow/machine-english.ts). */
export const enforcementMachineEnglish: MachineEnglish = {
  states: {
    FILED: 'Filed',
    INVESTIGATING: 'Investigating',
    NOTIFIED: 'Notified',
    HEARING: 'Hearing',
    LEGAL_REVIEW: 'Legal review',
    DECIDED: 'Decided',
    SERVED: 'Served',
    PAID: 'Paid',
    ENFORCED: 'Enforced',
    CLOSED: 'Closed',
    ARCHIVED: 'Archived',
  },
  actions: {
    调查取证: 'Start the investigation',
    告知: 'Serve the notice',
    听证申请: 'Request a hearing',
    放弃听证: 'Waive the hearing',
    举行听证: 'Hold the hearing',
    提交法制审核: 'Submit for legal review',
    审核通过: 'Approve in legal review',
    审核退回: 'Reject in legal review',
    延长办案期限: 'Extend the decision deadline',
    当场决定: 'Decide on the spot',
    决定: 'Decide',
    送达: 'Serve the decision',
    缴款: 'Record the payment',
    强制执行: 'Enforce',
    结案: 'Close',
    归档: 'Archive',
  },
};
