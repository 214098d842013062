import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '@city-ops/kernel';
import { parseNodeEnvironment } from '../environment.js';
import { dueAt, deadlineStatus } from './deadline.js';
import {
  DEFAULT_DEADLINE_RULES,
  DeadlineRulesFileError,
  caseDeadlineRule,
  deadlineRulesFileProblems,
  loadDeadlineRules,
  readDeadlineRulesFile,
  ticketDeadlineRule,
} from './deadline-rules.js';
import { WorkingCalendar } from './working-calendar.js';

const folder = mkdtempSync(join(tmpdir(), 'deadline-rules-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function rulesFile(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const bj = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const HOUR = 3_600_000;

/** The 2026 Spring Festival as in the State Council notice (see working-time.test.ts). */
const calendar = new WorkingCalendar([
  { day: '2026-02-14', kind: 'workday' },
  ...Array.from({ length: 9 }, (_, index) => ({
    day: `2026-02-${String(15 + index).padStart(2, '0')}`,
    kind: 'holiday' as const,
  })),
  { day: '2026-02-28', kind: 'workday' },
]);

describe('default deadline rules (the tiers of docs/DOMAIN.md "Hotline tickets")', () => {
  it('give tickets a limit by intake class × urgency, urgency first', () => {
    const limit = (...args: Parameters<typeof ticketDeadlineRule>) => {
      const rule = ticketDeadlineRule(...args);
      return 'workingDays' in rule ? `${rule.workingDays}d` : `${rule.workingHours}h`;
    };
    for (const intakeClass of ['COMPLAINT', 'REPORT', 'HELP_REQUEST', 'PRAISE', 'OTHER'] as const) {
      expect(limit(intakeClass, 'NORMAL'), intakeClass).toBe('5d');
    }
    expect(limit('CONSULTATION', 'NORMAL')).toBe('1d');
    expect(limit('SUGGESTION', 'NORMAL')).toBe('15d');
    // Urgency overrides the class unless the class says otherwise.
    expect(limit('SUGGESTION', 'URGENT')).toBe('1d');
    expect(limit('COMPLAINT', 'URGENT')).toBe('1d');
    expect(limit('COMPLAINT', 'EMERGENCY')).toBe('0d');
    expect(limit('CONSULTATION', 'EMERGENCY')).toBe('0d');
  });

  it('give cases a limit by minor category, type-qualified codes first', () => {
    expect(caseDeadlineRule('0101', 'EVENT')).toMatchObject({ workingDays: 1 });
    expect(caseDeadlineRule('0101', 'COMPONENT')).toMatchObject({ workingHours: 2 });
    expect(caseDeadlineRule('0301', 'EVENT')).toMatchObject({ workingDays: 15 });
    expect(caseDeadlineRule('0999', 'EVENT')).toMatchObject({ workingDays: 3 });
    // Without the type, a qualified key cannot match: the default applies.
    expect(caseDeadlineRule('0101')).toEqual(DEFAULT_DEADLINE_RULES.cases.default);
  });
});

describe('dueAt', () => {
  it('applies a rule in working days or hours over the calendar', () => {
    const start = bj('2026-02-13 15:00');
    // A complaint (5 working days) taken Fri 02-13 15:00: Sat 02-14 (1), Tue 02-24 … Fri 02-27 (2–5).
    expect(dueAt(start, ticketDeadlineRule('COMPLAINT', 'NORMAL'), calendar)).toEqual(
      bj('2026-02-27 17:30'),
    );
    // An emergency: the same working day.
    expect(dueAt(start, ticketDeadlineRule('COMPLAINT', 'EMERGENCY'), calendar)).toEqual(
      bj('2026-02-13 17:30'),
    );
    // A missing manhole cover (2 working hours): 2.5 h are left on Friday.
    expect(dueAt(start, caseDeadlineRule('0101', 'COMPONENT'), calendar)).toEqual(
      bj('2026-02-13 17:00'),
    );
  });
});

describe('deadlineStatus', () => {
  const due = bj('2026-02-25 17:30');

  it('reports working time left while open', () => {
    expect(deadlineStatus(due, bj('2026-02-24 17:30'), null, calendar)).toEqual({
      overdue: false,
      remainingMs: 7.5 * HOUR,
    });
    // The Spring Festival does not eat into the time left: from Fri 02-13 17:30 only
    // Sat 02-14, Tue 02-24 and Wed 02-25 count.
    expect(deadlineStatus(due, bj('2026-02-13 17:30'), undefined, calendar).remainingMs).toBe(
      3 * 7.5 * HOUR,
    );
  });

  it('counts a closing at the due instant itself as on time', () => {
    expect(deadlineStatus(due, bj('2026-03-31 10:00'), due, calendar)).toEqual({
      overdue: false,
      remainingMs: 0,
    });
    expect(deadlineStatus(due, due, null, calendar).overdue).toBe(false);
    expect(deadlineStatus(due, new Date(due.getTime() + 1), null, calendar).overdue).toBe(true);
  });

  it('reports negative working time once overdue', () => {
    expect(deadlineStatus(due, bj('2026-02-26 10:00'), null, calendar)).toEqual({
      overdue: true,
      remainingMs: -1 * HOUR,
    });
  });

  it('judges a closed record at its closing, whatever the time now', () => {
    const later = bj('2026-03-31 10:00');
    expect(deadlineStatus(due, later, bj('2026-02-25 12:00'), calendar)).toEqual({
      overdue: false,
      remainingMs: 4.5 * HOUR,
    });
    // Closed after the deadline but outside working hours: late, with no working time lost.
    expect(deadlineStatus(due, later, bj('2026-02-25 18:00'), calendar)).toEqual({
      overdue: true,
      remainingMs: 0,
    });
  });
});

describe('a deadline rules file', () => {
  const complete = {
    tickets: {
      default: {
        NORMAL: { workingDays: 3 },
        URGENT: { workingHours: 4 },
        EMERGENCY: { workingHours: 2, note: '2 working hours' },
      },
      byIntakeClass: { SUGGESTION: { NORMAL: { workingDays: 10 } } },
    },
    cases: { default: { workingDays: 2 }, byMinorCode: { '0202': { workingDays: 5 } } },
  };

  it('replaces the defaults as a whole', () => {
    const rules = loadDeadlineRules(rulesFile('good.json', complete));
    expect(ticketDeadlineRule('COMPLAINT', 'NORMAL', rules)).toMatchObject({ workingDays: 3 });
    expect(ticketDeadlineRule('CONSULTATION', 'NORMAL', rules)).toMatchObject({ workingDays: 3 });
    expect(ticketDeadlineRule('SUGGESTION', 'NORMAL', rules)).toMatchObject({ workingDays: 10 });
    expect(ticketDeadlineRule('REPORT', 'EMERGENCY', rules)).toMatchObject({ workingHours: 2 });
    expect(caseDeadlineRule('0202', 'EVENT', rules)).toMatchObject({ workingDays: 5 });
    expect(caseDeadlineRule('0101', 'EVENT', rules)).toMatchObject({ workingDays: 2 });
  });

  it("takes a rule for every intake class, and keeps each rule's note", () => {
    const classes = [
      'CONSULTATION',
      'HELP_REQUEST',
      'SUGGESTION',
      'COMPLAINT',
      'REPORT',
      'PRAISE',
      'OTHER',
    ] as const;
    const byIntakeClass = Object.fromEntries(
      classes.map((name, index) => [name, { URGENT: { workingDays: index + 2 } }]),
    );
    const rules = readDeadlineRulesFile(
      rulesFile('every-class.json', {
        ...complete,
        tickets: { ...complete.tickets, byIntakeClass },
      }),
    );
    classes.forEach((name, index) => {
      expect(ticketDeadlineRule(name, 'URGENT', rules), name).toEqual({
        workingDays: index + 2,
        note: undefined,
      });
    });
    expect(ticketDeadlineRule('OTHER', 'EMERGENCY', rules)).toEqual({
      workingHours: 2,
      note: '2 working hours',
    });
  });

  it('may leave out the per-class and per-category tables', () => {
    const rules = readDeadlineRulesFile(
      rulesFile('minimal.json', {
        tickets: { default: complete.tickets.default },
        cases: { default: { workingHours: 0.5 } },
      }),
    );
    expect(rules.tickets.byIntakeClass).toEqual({});
    expect(caseDeadlineRule('0101', 'COMPONENT', rules)).toEqual({
      workingHours: 0.5,
      note: undefined,
    });
  });

  it('accepts the limits at their bounds: 0–365 working days, up to 2000 working hours, a 200-character note', () => {
    const rules = readDeadlineRulesFile(
      rulesFile('bounds.json', {
        ...complete,
        cases: {
          default: { workingDays: 0, note: '注'.repeat(200) },
          byMinorCode: {
            'EVENT:0101': { workingDays: 365 },
            'COMPONENT:ABCDEFGH1234': { workingHours: 2000 },
            abcdefgh1234: { workingDays: 7 },
          },
        },
      }),
    );
    expect(caseDeadlineRule('9999', 'EVENT', rules)).toMatchObject({ workingDays: 0 });
    expect(caseDeadlineRule('0101', 'EVENT', rules)).toMatchObject({ workingDays: 365 });
    expect(caseDeadlineRule('ABCDEFGH1234', 'COMPONENT', rules)).toMatchObject({
      workingHours: 2000,
    });
    expect(caseDeadlineRule('abcdefgh1234', undefined, rules)).toMatchObject({ workingDays: 7 });
  });

  /** Warning rules for every limit, none of them the default one. */
  const dueSoon = {
    tickets: { handling: { workingHours: 3 } },
    cases: { handling: { workingDays: 1, note: 'the last working day and the one before' } },
    enforcement: {
      decision: { workingDays: 10 },
      service: { workingHours: 8 },
      payment: { workingDays: 4 },
    },
  };

  it('sets the due-soon warning of every limit of every kind', () => {
    const rules = readDeadlineRulesFile(rulesFile('due-soon.json', { ...complete, dueSoon }));
    expect(rules.dueSoon).toEqual({
      tickets: { handling: { workingHours: 3, note: undefined } },
      cases: {
        handling: { workingDays: 1, note: 'the last working day and the one before' },
      },
      enforcement: {
        decision: { workingDays: 10, note: undefined },
        service: { workingHours: 8, note: undefined },
        payment: { workingDays: 4, note: undefined },
      },
    });
    expect(
      deadlineRulesFileProblems(rulesFile('due-soon-fine.json', { ...complete, dueSoon })),
    ).toEqual([]);
  });

  it('without a dueSoon section keeps the default warnings, and its own limits', () => {
    const rules = readDeadlineRulesFile(rulesFile('no-due-soon.json', complete));
    expect(rules.dueSoon).toEqual(DEFAULT_DEADLINE_RULES.dueSoon);
    expect(caseDeadlineRule('0101', 'EVENT', rules)).toMatchObject({ workingDays: 2 });
  });

  it.each([
    [
      'an unknown kind',
      { ...dueSoon, permits: { handling: { workingDays: 1 } } },
      'dueSoon: Unrecognized key: "permits"',
    ],
    [
      'an unknown ticket limit',
      { ...dueSoon, tickets: { handling: { workingDays: 1 }, reply: { workingDays: 1 } } },
      'dueSoon.tickets: Unrecognized key: "reply"',
    ],
    [
      'an unknown case limit',
      { ...dueSoon, cases: { handling: { workingDays: 1 }, closure: { workingDays: 1 } } },
      'dueSoon.cases: Unrecognized key: "closure"',
    ],
    [
      'an unknown enforcement limit',
      { ...dueSoon, enforcement: { ...dueSoon.enforcement, hearing: { workingDays: 1 } } },
      'dueSoon.enforcement: Unrecognized key: "hearing"',
    ],
    [
      'a ticket warning without a limit',
      { ...dueSoon, tickets: {} },
      'dueSoon.tickets.handling: Invalid input: expected object, received undefined',
    ],
    [
      'a bad case warning',
      { ...dueSoon, cases: { handling: { workingHours: 0 } } },
      'dueSoon.cases.handling.workingHours: Too small: expected number to be >0',
    ],
    [
      'an enforcement warning left out',
      { ...dueSoon, enforcement: { decision: { workingDays: 5 }, service: { workingDays: 1 } } },
      'dueSoon.enforcement.payment: Invalid input: expected object, received undefined',
    ],
    [
      'a kind left out',
      { tickets: dueSoon.tickets, cases: dueSoon.cases },
      'dueSoon.enforcement: Invalid input: expected object, received undefined',
    ],
  ])('refuses a dueSoon section with %s, naming the field', (what, section, problem) => {
    const path = rulesFile(`due-soon-${what.replaceAll(' ', '-')}.json`, {
      ...complete,
      dueSoon: section,
    });
    expect(() => readDeadlineRulesFile(path)).toThrow(new DeadlineRulesFileError(path, [problem]));
    expect(deadlineRulesFileProblems(path)).toEqual([`${path}: ${problem}`]);
  });

  it('is not needed: without one the defaults apply', () => {
    expect(loadDeadlineRules(undefined)).toBe(DEFAULT_DEADLINE_RULES);
  });

  it.each([
    ['missing.json', undefined, /missing\.json: cannot be read \(ENOENT\)/],
    ['not-json.json', '{ tickets: ', /not-json\.json: is not JSON/],
    [
      'negative.json',
      { ...complete, cases: { default: { workingDays: -1 } } },
      /cases\.default\.workingDays: /,
    ],
    [
      'both.json',
      { ...complete, cases: { default: { workingDays: 1, workingHours: 2 } } },
      /cases\.default: give exactly one of workingDays/,
    ],
    [
      'typo.json',
      { ...complete, tickets: { ...complete.tickets, byIntakeClass: { COMPLAIN: {} } } },
      /tickets\.byIntakeClass: .*COMPLAIN/,
    ],
    [
      'incomplete.json',
      { ...complete, tickets: { default: { NORMAL: { workingDays: 5 } } } },
      /tickets\.default\.URGENT: /,
    ],
    [
      'bad-code.json',
      { ...complete, cases: { default: { workingDays: 1 }, byMinorCode: { 'CASE:01': {} } } },
      /cases\.byMinorCode\.CASE:01: must be a minor category code/,
    ],
    [
      'too-many-days.json',
      { ...complete, cases: { default: { workingDays: 366 } } },
      /cases\.default\.workingDays: /,
    ],
    [
      'fractional-days.json',
      { ...complete, cases: { default: { workingDays: 1.5 } } },
      /cases\.default\.workingDays: /,
    ],
    [
      'zero-hours.json',
      { ...complete, cases: { default: { workingHours: 0 } } },
      /cases\.default\.workingHours: /,
    ],
    [
      'too-many-hours.json',
      { ...complete, cases: { default: { workingHours: 2000.5 } } },
      /cases\.default\.workingHours: /,
    ],
    [
      'long-note.json',
      { ...complete, cases: { default: { workingDays: 1, note: '注'.repeat(201) } } },
      /cases\.default\.note: /,
    ],
    [
      'neither.json',
      { ...complete, cases: { default: { note: 'no limit given' } } },
      /cases\.default: give exactly one of workingDays \(a whole number ≥ 0\) and workingHours \(a number > 0\)/,
    ],
    [
      'unknown-urgency.json',
      {
        ...complete,
        tickets: {
          ...complete.tickets,
          byIntakeClass: { SUGGESTION: { LOW: { workingDays: 1 } } },
        },
      },
      /tickets\.byIntakeClass\.SUGGESTION: .*LOW/,
    ],
    ['array.json', [], /: \(file\): /],
    ['extra-key.json', { ...complete, holidays: [] }, /: \(file\): .*holidays/],
    ...[
      'CASE:01',
      'EVENT:',
      'event:0101',
      'EVENT:0101:02',
      '01 01',
      '0101-',
      '-0101',
      'ABCDEFGH12345',
      'EVENT:ABCDEFGH12345',
      '',
    ].map((code) => [
      `bad-code-${code.replace(/[^0-9A-Za-z]/g, '_')}.json`,
      {
        ...complete,
        cases: { default: { workingDays: 1 }, byMinorCode: { [code]: { workingDays: 1 } } },
      },
      /: cases\.byMinorCode\..*: must be a minor category code, optionally qualified as EVENT:<code> or COMPONENT:<code>/,
    ]),
  ] as [string, unknown, RegExp][])(
    '%s is refused, naming the path and the bad field',
    (name, content, problem) => {
      const path = content === undefined ? join(folder, name) : rulesFile(name, content);
      expect(() => readDeadlineRulesFile(path)).toThrow(DeadlineRulesFileError);
      expect(() => readDeadlineRulesFile(path)).toThrow(problem);
      expect(() => readDeadlineRulesFile(path)).toThrow(path);
      expect(() => readDeadlineRulesFile(path)).toThrow(
        expect.objectContaining({ name: 'DeadlineRulesFileError', path }),
      );
    },
  );

  it('names every bad field at once, in the message and as one line each for the environment check', () => {
    const path = rulesFile('two-problems.json', {
      ...complete,
      cases: { default: { workingDays: 1.5 }, byMinorCode: { 'CASE:01': { workingDays: 1 } } },
    });
    const defaultProblem =
      'cases.default.workingDays: Invalid input: expected int, received number';
    const codeProblem =
      'cases.byMinorCode.CASE:01: must be a minor category code, optionally qualified as EVENT:<code> or COMPONENT:<code>';
    expect(() => readDeadlineRulesFile(path)).toThrow(
      new DeadlineRulesFileError(path, [defaultProblem, codeProblem]),
    );
    expect(() => readDeadlineRulesFile(path)).toThrow(`${path}: ${defaultProblem}; ${codeProblem}`);
    expect(deadlineRulesFileProblems(path)).toEqual([
      `${path}: ${defaultProblem}`,
      `${path}: ${codeProblem}`,
    ]);
    expect(deadlineRulesFileProblems(rulesFile('no-problem.json', complete))).toEqual([]);
  });

  it('stops the node when bad: DEADLINE_RULES_FILE is named with the path', () => {
    const env = {
      NODE_TIER: 'city',
      NODE_DIVISION: '320100',
      KEYCLOAK_URL: 'http://127.0.0.1:8080',
    };
    const missing = join(folder, 'nowhere.json');
    let error: unknown;
    try {
      parseNodeEnvironment({ ...env, DEADLINE_RULES_FILE: missing });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      `DEADLINE_RULES_FILE: ${missing}: cannot be read (ENOENT)`,
    ]);
    // A good file passes, and the variable keeps the path for loadDeadlineRules.
    const good = rulesFile('env-good.json', complete);
    expect(parseNodeEnvironment({ ...env, DEADLINE_RULES_FILE: good }).DEADLINE_RULES_FILE).toBe(
      good,
    );
  });
});
