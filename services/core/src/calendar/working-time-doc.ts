import { Kind, parse } from 'graphql';
import { typeDefs } from '@city-ops/schema';
import type { Types } from '@city-ops/schema';
import { fillGeneratedSections } from '../docs/generated-sections.js';
import { markdownTable } from '../docs/markdown-table.js';
import { dueSoonRule } from '../records/deadline-status.js';
import { RECORD_KINDS } from '../records/record-kinds.js';
import { DEFAULT_DEADLINE_RULES, ticketDeadlineRule } from './deadline-rules.js';
import type { DeadlineRule, DeadlineRules } from './deadline-rules.js';

const URGENCIES = ['NORMAL', 'URGENT', 'EMERGENCY'] as const satisfies readonly Types.Urgency[];

/** An enum's values in SDL order, each with its description (the Chinese name). */
function enumValues(name: string): { value: string; description: string | undefined }[] {
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name) {
      return (definition.values ?? []).map((value) => ({
        value: value.name.value,
        description: value.description?.value,
      }));
    }
  }
  throw new Error(`the shared schema has no enum ${name}`);
}

function ruleText(rule: DeadlineRule): string {
  if ('workingHours' in rule) {
    return `${rule.workingHours} working hour${rule.workingHours === 1 ? '' : 's'}`;
  }
  if (rule.workingDays === 0) return 'same day (0 working days)';
  return `${rule.workingDays} working day${rule.workingDays === 1 ? '' : 's'}`;
}

function ticketTable(rules: DeadlineRules): string {
  const classes = enumValues('IntakeClass').map(({ value, description }) => ({
    intakeClass: value as Types.IntakeClass,
    label: `${description ? `${description} ` : ''}\`${value}\``,
  }));
  const own = classes.filter(({ intakeClass }) => rules.tickets.byIntakeClass[intakeClass]);
  const rest = classes.filter(({ intakeClass }) => !rules.tickets.byIntakeClass[intakeClass]);
  return markdownTable(
    ['tickets (intake class × urgency)', ...URGENCIES],
    [
      [
        `default (${rest.map(({ label }) => label).join(', ')})`,
        ...URGENCIES.map((urgency) => ruleText(rules.tickets.default[urgency])),
      ],
      ...own.map(({ intakeClass, label }) => [
        label,
        ...URGENCIES.map((urgency) => ruleText(ticketDeadlineRule(intakeClass, urgency, rules))),
      ]),
    ],
  );
}

function caseTable(rules: DeadlineRules): string {
  return markdownTable(
    ['cases (minor category)', 'limit', 'note'],
    [
      ...Object.entries(rules.cases.byMinorCode).map(([code, rule]) => [
        `\`${code}\``,
        ruleText(rule),
        rule.note ?? '',
      ]),
      ['any other', ruleText(rules.cases.default), rules.cases.default.note ?? ''],
    ],
  );
}

/** When a limit is due soon under `rule`, applied from now. */
function warningText(rule: DeadlineRule): string {
  if ('workingHours' in rule) {
    return `due within ${rule.workingHours} working hour${rule.workingHours === 1 ? '' : 's'}`;
  }
  if (rule.workingDays === 0) return 'due by the end of the current working day';
  const days = rule.workingDays;
  return `due by the end of the ${days} working day${days === 1 ? '' : 's'} after the current one`;
}

/** Every time limit of every kind (their overdue rules), with its default warning. */
function dueSoonTable(rules: DeadlineRules): string {
  return markdownTable(
    ['kind', 'limit (`dueSoon` key)', 'runs while', 'due instant', 'DUE_SOON when', 'note'],
    Object.values(RECORD_KINDS).flatMap((kind) =>
      kind.overdue.map((limit) => {
        const rule = dueSoonRule(rules, kind.table, limit.limit);
        return [
          kind.noun,
          `\`${limit.limit}\``,
          limit.states ? limit.states.map((state) => `\`${state}\``).join(', ') : 'open',
          `\`${limit.due}\``,
          warningText(rule),
          rule.note ?? '',
        ];
      }),
    ),
  );
}

/**
 * docs/WORKING-TIME.md with its default deadline tables rendered from
 * `DEFAULT_DEADLINE_RULES`; the prose around them is kept as `current` has it.
 */
export function renderWorkingTimeDoc(current: string): string {
  return fillGeneratedSections(current, {
    'ticket-deadlines': ticketTable(DEFAULT_DEADLINE_RULES),
    'case-deadlines': caseTable(DEFAULT_DEADLINE_RULES),
    'due-soon': dueSoonTable(DEFAULT_DEADLINE_RULES),
  });
}
