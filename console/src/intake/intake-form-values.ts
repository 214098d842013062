import type { CreateTicketInput, IntakeClass, TicketChannel, Urgency } from '../generated/graphql';
import type { FormFieldPath } from '../forms/field-errors';

/** The intake form's values, as antd's Form holds them. */
export interface IntakeFormValues {
  /** Cascader path: the city, then optionally its district. */
  division?: string[];
  channel?: TicketChannel;
  intakeClass?: IntakeClass;
  /** Cascader path of category codes, level 1 to 3. */
  category?: string[];
  urgency?: Urgency;
  title?: string;
  content?: string;
  caller?: { name?: string; phone?: string; confidential?: boolean };
  location?: { street?: string; community?: string; address?: string };
}

/** Every field of the form an API problem can be shown beside. */
export const INTAKE_FORM_FIELDS: readonly FormFieldPath[] = [
  ['division'],
  ['channel'],
  ['intakeClass'],
  ['category'],
  ['urgency'],
  ['title'],
  ['content'],
  ['caller', 'name'],
  ['caller', 'phone'],
  ['caller', 'confidential'],
  ['location', 'street'],
  ['location', 'community'],
  ['location', 'address'],
];

const blankToUndefined = (text: string | undefined) => (text?.trim() ? text : undefined);

/**
 * The mutation's input from the form. Texts go as typed (the API trims and judges them, and
 * names each refused one); the required choices are checked by the form before this runs.
 */
export function createTicketInputOf(
  values: IntakeFormValues,
  idempotencyKey: string,
): CreateTicketInput {
  const location = Object.fromEntries(
    (['street', 'community', 'address'] as const)
      .map((field) => [field, blankToUndefined(values.location?.[field])] as const)
      .filter(([, text]) => text !== undefined),
  );
  return {
    idempotencyKey,
    division: values.division?.at(-1) ?? '',
    channel: values.channel ?? 'PHONE',
    intakeClass: values.intakeClass ?? 'CONSULTATION',
    categoryCode: values.category?.at(-1) ?? '',
    urgency: values.urgency ?? 'NORMAL',
    title: values.title ?? '',
    content: values.content ?? '',
    caller: {
      name: blankToUndefined(values.caller?.name),
      phone: blankToUndefined(values.caller?.phone),
      confidential: values.caller?.confidential ?? false,
    },
    ...(Object.keys(location).length > 0 ? { location } : {}),
  };
}
