import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Types } from '@city-ops/schema';

/**
 * How long a record may take, in working time (docs/DOMAIN.md "Record kinds": time limits are
 * local, so they are configuration). A city replaces the defaults with a JSON file
 * named by DEADLINE_RULES_FILE; docs/WORKING-TIME.md has the format and the table.
 */
export type DeadlineRule =
  | { workingDays: number; note?: string | undefined }
  | { workingHours: number; note?: string | undefined };

type IntakeClass = Types.IntakeClass;
type Urgency = Types.Urgency;
type CaseType = Types.CaseType;

export interface DeadlineRules {
  tickets: {
    /** Every urgency must have a rule: the fallback for any intake class. */
    default: Record<Urgency, DeadlineRule>;
    /** Overrides per intake class and urgency. */
    byIntakeClass: Partial<Record<IntakeClass, Partial<Record<Urgency, DeadlineRule>>>>;
  };
  cases: {
    default: DeadlineRule;
    /**
     * By minor category code as stored on the case. A key may be qualified by the
     * case type (`EVENT:0101`, `COMPONENT:0101`) because 部件 and 事件 catalogues
     * number their minor categories independently; a qualified key wins.
     */
    byMinorCode: Record<string, DeadlineRule>;
  };
  /**
   * When a record is DUE_SOON (records/deadline-status.ts): a limit still running whose
   * due instant is no later than this rule applied from now. One rule per time limit of
   * each kind (the limits of its overdue rules, records/overdue-rule.ts).
   */
  dueSoon: DueSoonRules;
}

/** The warning rule of every time limit, by kind and limit. */
export interface DueSoonRules {
  tickets: { handling: DeadlineRule };
  cases: { handling: DeadlineRule };
  enforcement: { decision: DeadlineRule; service: DeadlineRule; payment: DeadlineRule };
}

const days = (workingDays: number, note?: string): DeadlineRule => ({ workingDays, note });
const hours = (workingHours: number, note?: string): DeadlineRule => ({ workingHours, note });

/**
 * The common tiers of docs/DOMAIN.md "Hotline tickets" (same day, 1, 3, 5, 15 working days). The case codes are
 * examples in the GB/T 30428.2 style (two-digit major class, two-digit minor
 * class); a city sets its own catalogue's codes in its rules file.
 */
export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  tickets: {
    default: {
      // Stryker disable next-line StringLiteral: a ticket rule's note is shown nowhere (docs/WORKING-TIME.md's ticket table lists limits only, and no API returns a rule's note)
      NORMAL: days(5, '投诉、举报、求助、表扬、其他: 5 working days'),
      // Stryker disable next-line StringLiteral: a ticket rule's note is shown nowhere (docs/WORKING-TIME.md's ticket table lists limits only, and no API returns a rule's note)
      URGENT: days(1, '紧急: 1 working day'),
      // Stryker disable next-line StringLiteral: a ticket rule's note is shown nowhere (docs/WORKING-TIME.md's ticket table lists limits only, and no API returns a rule's note)
      EMERGENCY: days(0, '特急: the same working day'),
    },
    byIntakeClass: {
      // Stryker disable next-line StringLiteral: a ticket rule's note is shown nowhere (docs/WORKING-TIME.md's ticket table lists limits only, and no API returns a rule's note)
      CONSULTATION: { NORMAL: days(1, '咨询: 1 working day') },
      // Stryker disable next-line StringLiteral: a ticket rule's note is shown nowhere (docs/WORKING-TIME.md's ticket table lists limits only, and no API returns a rule's note)
      SUGGESTION: { NORMAL: days(15, '建议: 15 working days') },
    },
  },
  cases: {
    default: days(3, 'other minor categories: 3 working days'),
    byMinorCode: {
      'EVENT:0101': days(1, '暴露垃圾 exposed garbage (市容环境)'),
      'COMPONENT:0101': hours(2, '井盖 manhole cover (公用设施): a missing cover is a hazard'),
      'EVENT:0301': days(15, '无证施工 unlicensed construction (施工管理)'),
    },
  },
  // `days(0)` from now is the end of the current working day: due today is due soon.
  dueSoon: {
    tickets: {
      handling: days(0, '最后一个工作日: the last working day'),
    },
    cases: {
      handling: hours(4, 'about half a working day: case limits run from 2 working hours up'),
    },
    enforcement: {
      decision: days(5, '90-day decision limit: the last 6 working days'),
      service: days(1, '7-working-day service limit: the last 2 working days'),
      payment: days(2, '15-day payment limit: the last 3 working days'),
    },
  },
};

const ruleSchema = z
  .strictObject({
    workingDays: z.int().min(0).max(365).optional(),
    workingHours: z.number().positive().max(2000).optional(),
    note: z.string().max(200).optional(),
  })
  .refine(
    (rule) => (rule.workingDays === undefined) !== (rule.workingHours === undefined),
    'give exactly one of workingDays (a whole number ≥ 0) and workingHours (a number > 0)',
  )
  .transform((rule): DeadlineRule =>
    rule.workingDays !== undefined
      ? { workingDays: rule.workingDays, note: rule.note }
      : { workingHours: rule.workingHours ?? 0, note: rule.note },
  );

const byUrgency = z.strictObject({
  NORMAL: ruleSchema.optional(),
  URGENT: ruleSchema.optional(),
  EMERGENCY: ruleSchema.optional(),
});

const intakeClasses = [
  'CONSULTATION',
  'HELP_REQUEST',
  'SUGGESTION',
  'COMPLAINT',
  'REPORT',
  'PRAISE',
  'OTHER',
] as const satisfies readonly IntakeClass[];

const minorCodeKey = z
  .string()
  .regex(
    /^((EVENT|COMPONENT):)?[0-9A-Za-z]{1,12}$/,
    'must be a minor category code, optionally qualified as EVENT:<code> or COMPONENT:<code>',
  );

const dueSoonSchema = z.strictObject({
  tickets: z.strictObject({ handling: ruleSchema }),
  cases: z.strictObject({ handling: ruleSchema }),
  enforcement: z.strictObject({ decision: ruleSchema, service: ruleSchema, payment: ruleSchema }),
});

const deadlineRulesSchema = z.strictObject({
  tickets: z.strictObject({
    default: z.strictObject({ NORMAL: ruleSchema, URGENT: ruleSchema, EMERGENCY: ruleSchema }),
    byIntakeClass: z
      .strictObject(Object.fromEntries(intakeClasses.map((name) => [name, byUrgency.optional()])))
      .default({}),
  }),
  cases: z.strictObject({
    default: ruleSchema,
    byMinorCode: z.record(minorCodeKey, ruleSchema).default({}),
  }),
  // Files written before due-soon warnings existed keep working: absent, the defaults apply.
  dueSoon: dueSoonSchema.optional(),
});

/** A rules file that cannot be used; `problems` name each bad field. */
export class DeadlineRulesFileError extends Error {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path}: ${problems.join('; ')}`);
    this.name = 'DeadlineRulesFileError';
  }
}

/** The rules a file holds, or what is wrong with it: each problem names its field. */
function checkDeadlineRulesFile(path: string): { rules: DeadlineRules } | { problems: string[] } {
  let text: string;
  try {
    // Stryker disable next-line StringLiteral: without an encoding readFileSync returns a Buffer, and JSON.parse reads a Buffer as UTF-8 text all the same
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { problems: [`cannot be read (${code ?? String(error)})`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`is not JSON (${(error as Error).message})`] };
  }
  const result = deadlineRulesSchema.safeParse(json);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        // A bad record key carries the key rule's own message one level down.
        const message =
          issue.code === 'invalid_key'
            ? // Stryker disable next-line OptionalChaining: zod reports invalid_key only when the key schema gave issues, and always passes them in `issues`, so the first exists
              (issue.issues[0]?.message ?? issue.message)
            : issue.message;
        return `${issue.path.join('.') || '(file)'}: ${message}`;
      }),
    };
  }
  const { dueSoon, ...limits } = result.data;
  return {
    rules: { ...limits, dueSoon: dueSoon ?? DEFAULT_DEADLINE_RULES.dueSoon } as DeadlineRules,
  };
}

/**
 * Reads and checks a rules file. The file replaces the defaults as a whole (no
 * merging), so what a city runs with is exactly what its file says; only a file
 * without a `dueSoon` section runs with the default warnings.
 */
export function readDeadlineRulesFile(path: string): DeadlineRules {
  const checked = checkDeadlineRulesFile(path);
  if ('problems' in checked) throw new DeadlineRulesFileError(path, checked.problems);
  return checked.rules;
}

/** The node's rules: the file when DEADLINE_RULES_FILE names one, else the defaults. */
export function loadDeadlineRules(path: string | undefined): DeadlineRules {
  return path === undefined ? DEFAULT_DEADLINE_RULES : readDeadlineRulesFile(path);
}

/** What is wrong with a rules file, as lines for the environment check (empty when fine). */
export function deadlineRulesFileProblems(path: string): string[] {
  const checked = checkDeadlineRulesFile(path);
  return 'problems' in checked ? checked.problems.map((problem) => `${path}: ${problem}`) : [];
}

/** A ticket's limit: the class's own rule for its urgency, else the default for that urgency. */
export function ticketDeadlineRule(
  intakeClass: IntakeClass,
  urgency: Urgency,
  rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
): DeadlineRule {
  return rules.tickets.byIntakeClass[intakeClass]?.[urgency] ?? rules.tickets.default[urgency];
}

/** A case's limit by minor category (type-qualified key first), else the default. */
export function caseDeadlineRule(
  minorCode: string,
  caseType?: CaseType,
  rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
): DeadlineRule {
  const { byMinorCode } = rules.cases;
  return (
    (caseType ? byMinorCode[`${caseType}:${minorCode}`] : undefined) ??
    byMinorCode[minorCode] ??
    rules.cases.default
  );
}
