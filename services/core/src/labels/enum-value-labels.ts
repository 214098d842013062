import { GraphQLEnumType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { badUserInput } from '@city-ops/kernel';
import type { Language } from '@city-ops/kernel';
import { ENUM_LABELS } from './enum-labels.js';

/** One value of an enum with its label (EnumValueLabel in the SDL). */
export interface EnumValueLabel {
  enum: string;
  value: string;
  label: string;
}

/**
 * The labels of `enums` (every enum of the schema when null), in `language`, each enum's
 * values in the schema's order. A name that is not an enum of the schema is
 * BAD_USER_INPUT naming it, so a typo is not an empty answer.
 */
export function enumValueLabels(
  schema: GraphQLSchema,
  enums: readonly string[] | null,
  language: Language,
): EnumValueLabel[] {
  const schemaEnums = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLEnumType =>
      type instanceof GraphQLEnumType && !type.name.startsWith('__'),
  );
  const wanted =
    enums === null
      ? schemaEnums
      : enums.map((name) => {
          const found = schemaEnums.find((type) => type.name === name);
          if (!found) {
            throw badUserInput('enums', {
              zh: `"${name}" 不是本接口的枚举：请按接口中的名称填写（TicketStatus、CaseSource 等），或不填以取得全部枚举。`,
              en: `"${name}" is not an enum of the schema: name enums as the schema does (TicketStatus, CaseSource …), or leave enums out for all of them.`,
            });
          }
          return found;
        });
  return wanted.flatMap((type) =>
    type.getValues().map((value) => ({
      enum: type.name,
      value: value.name,
      // The completeness test keeps every value labelled; a value added to the SDL
      // without one shows its code until it is.
      label: ENUM_LABELS[type.name]?.[value.name]?.[language] ?? value.name,
    })),
  );
}
