import { GraphQLEnumType, GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildNodeSchema } from '../node-schema.js';
import { ENUM_LABELS } from './enum-labels.js';
import { enumValueLabels } from './enum-value-labels.js';
import { LABELLED_MACHINES } from './labelled-machines.js';

const schema = buildNodeSchema();
const schemaEnums = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLEnumType => type instanceof GraphQLEnumType && !type.name.startsWith('__'),
);
const HAN = /\p{Script=Han}/u;

/** The enums whose words come from a state machine's own tables, not from ENUM_LABELS' text. */
const FROM_MACHINES = {
  TicketStatus: LABELLED_MACHINES.ticket,
  CaseStatus: LABELLED_MACHINES.case,
  EnforcementStatus: LABELLED_MACHINES.enforcement,
  SupervisionState: LABELLED_MACHINES.supervision,
  DirectiveState: LABELLED_MACHINES.directive,
} as const;

describe('enum labels', () => {
  it('label every value of every enum of the schema, in Chinese and in English', () => {
    const missing: string[] = [];
    for (const type of schemaEnums) {
      for (const value of type.getValues()) {
        const label = ENUM_LABELS[type.name]?.[value.name];
        if (!label || !HAN.test(label.zh)) missing.push(`${type.name}.${value.name} (zh)`);
        if (!label || label.en.trim() === '' || HAN.test(label.en)) {
          missing.push(`${type.name}.${value.name} (en)`);
        }
      }
    }
    expect(schemaEnums.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('label nothing the schema does not have', () => {
    const stale = Object.entries(ENUM_LABELS).flatMap(([name, values]) => {
      const type = schema.getType(name);
      if (!(type instanceof GraphQLEnumType)) return [name];
      return Object.keys(values)
        .filter((value) => type.getValue(value) === undefined)
        .map((value) => `${name}.${value}`);
    });
    expect(stale).toEqual([]);
  });

  it.each(Object.entries(FROM_MACHINES))(
    '%s says each state in the Chinese of its machine',
    (name, { machine }) => {
      const type = schema.getType(name) as GraphQLEnumType;
      expect(machine.states.map((state) => state.name).sort()).toEqual(
        type
          .getValues()
          .map((value) => value.name)
          .sort(),
      );
      for (const state of machine.states) {
        expect(ENUM_LABELS[name]?.[state.name]?.zh).toBe(state.label);
      }
    },
  );

  it('say a ticket closed as the ticket machine does: 办结, Closed in English', () => {
    expect(ENUM_LABELS.TicketStatus?.CLOSED).toEqual({ zh: '办结', en: 'Closed' });
    expect(ENUM_LABELS.SupervisionAction?.RETURN).toEqual({ zh: '退回', en: 'Return' });
    expect(ENUM_LABELS.IndicatorName?.TICKET_ON_TIME_CLOSURE_RATE?.zh).toBe('按时办结率');
  });

  it("use the Chinese term an SDL description begins with, where the words are ENUM_LABELS' own", () => {
    const derived = new Set<string>([
      ...Object.keys(FROM_MACHINES),
      'IndicatorName',
      'SupervisionAction',
      'DirectiveAction',
    ]);
    const differing: string[] = [];
    for (const type of schemaEnums.filter((candidate) => !derived.has(candidate.name))) {
      for (const value of type.getValues()) {
        const term = /^\p{Script=Han}[\p{Script=Han}/、，]*/u.exec(value.description ?? '')?.[0];
        const label = ENUM_LABELS[type.name]?.[value.name]?.zh ?? '';
        if (term !== undefined && !label.startsWith(term)) {
          differing.push(`${type.name}.${value.name}: ${term} ≠ ${label}`);
        }
      }
    }
    expect(differing).toEqual([]);
  });
});

describe('enumValueLabels', () => {
  it('answers the named enums in the request language, values in schema order', () => {
    expect(enumValueLabels(schema, ['Urgency', 'TicketStatus'], 'zh').slice(0, 4)).toEqual([
      { enum: 'Urgency', value: 'NORMAL', label: '一般' },
      { enum: 'Urgency', value: 'URGENT', label: '紧急' },
      { enum: 'Urgency', value: 'EMERGENCY', label: '特急' },
      { enum: 'TicketStatus', value: 'ACCEPTED', label: '受理' },
    ]);
    expect(enumValueLabels(schema, ['TicketStatus'], 'en')).toContainEqual({
      enum: 'TicketStatus',
      value: 'CLOSED',
      label: 'Closed',
    });
  });

  it('answers every enum when none is named', () => {
    const all = enumValueLabels(schema, null, 'en');
    expect(new Set(all.map((entry) => entry.enum))).toEqual(
      new Set(schemaEnums.map((type) => type.name)),
    );
    expect(all).toHaveLength(schemaEnums.reduce((sum, type) => sum + type.getValues().length, 0));
  });

  it('refuses a name that is no enum with BAD_USER_INPUT naming it', () => {
    const refusal = (() => {
      try {
        enumValueLabels(schema, ['TicketStatus', 'TicketState'], 'zh');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    expect((refusal as GraphQLError).message).toContain('"TicketState"');
  });
});
