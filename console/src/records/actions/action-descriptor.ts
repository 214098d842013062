import type { GraphQLRequest } from '../../api/graphql-client';
import type { TypedDocumentString } from '../../generated/graphql';

/**
 * What a form field of an action asks for: free text (a reason, a reply), a value of an
 * API enum, one or several of the city's handling units, a number of working or calendar
 * days, a whole number in a range (a score), photos to attach first, another record's
 * number, an amount of money in yuan, a moment in the node's zone, or usernames of colleagues.
 */
export type ActionFieldKind =
  | 'text'
  | 'longText'
  | 'enum'
  | 'unit'
  | 'units'
  | 'workingDays'
  | 'calendarDays'
  | 'number'
  | 'photos'
  | 'recordNumber'
  | 'money'
  | 'dateTime'
  | 'usernames';

/**
 * One field of an action's form. `name` is its name in the mutation's input, so a problem
 * the API names (`input.reason`) is shown beside the field of that name.
 */
export interface ActionField {
  name: string;
  label: string;
  kind: ActionFieldKind;
  required: boolean;
  /** The API enum a `enum` field chooses from. */
  enum?: string;
  /** A hint of what to write, inside the empty field. */
  hint?: string;
  /** The range a `number` field accepts, as the API states it. */
  min?: number;
  max?: number;
}

/** The record an action is taken on, at the version the user looked at. */
export interface RecordRef {
  id: string;
  version: number;
}

/** The values of an action's form, by field name. */
export type ActionValues = Readonly<Record<string, unknown>>;

/**
 * How the console takes one machine action (a name in `allowedActions`): the form it asks
 * for and the mutation it sends. Which actions a user sees is never decided here: the
 * record's `allowedActionLabels` list them, labelled by the API; this only says how to send.
 */
export interface ActionDescriptor {
  fields: readonly ActionField[];
  send(request: GraphQLRequest, record: RecordRef, values: ActionValues): Promise<unknown>;
}

/** The optional comment most actions take. */
export const COMMENT: ActionField = {
  name: 'comment',
  label: '意见',
  kind: 'longText',
  required: false,
};

/** The reason a refusal or a return must give. */
export const REASON: ActionField = {
  name: 'reason',
  label: '理由',
  kind: 'longText',
  required: true,
};

/** A field's value as the API takes text: trimmed, and absent when empty. */
export function textOf(values: ActionValues, name: string): string | undefined {
  const value = values[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A number field's value (days, yuan), or undefined when left empty. */
export function numberOf(values: ActionValues, name: string): number | undefined {
  const value = values[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A `usernames` field's value: each name trimmed, empty ones left out. */
export function usernamesOf(values: ActionValues, name: string): string[] {
  const value = values[name];
  if (!Array.isArray(value)) return [];
  return value
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** A required text field: the API refuses an empty one by name, so it is sent as typed. */
export function requiredTextOf(values: ActionValues, name: string): string {
  return textOf(values, name) ?? '';
}

/** The record and the version looked at, with the optional comment. */
export const withComment = (record: RecordRef, values: ActionValues) => ({
  id: record.id,
  version: record.version,
  comment: textOf(values, 'comment'),
});

/** The record and the version looked at, with the reason it must give. */
export const withReason = (record: RecordRef, values: ActionValues) => ({
  id: record.id,
  version: record.version,
  reason: requiredTextOf(values, 'reason'),
});

/** A mutation whose input is the record, its version and what the form adds. */
type InputMutation<Input> = TypedDocumentString<unknown, { input: Input }>;

/** An action that asks for nothing but an optional comment (签收, 审核通过, 结案 …). */
export function commentAction(
  mutation: InputMutation<ReturnType<typeof withComment>>,
): ActionDescriptor {
  return {
    fields: [COMMENT],
    send: (request, record, values) => request(mutation, { input: withComment(record, values) }),
  };
}

/** An action that must give a reason (驳回, 退回 …). */
export function reasonAction(
  mutation: InputMutation<ReturnType<typeof withReason>>,
  reason: ActionField = REASON,
): ActionDescriptor {
  return {
    fields: [reason],
    send: (request, record, values) => request(mutation, { input: withReason(record, values) }),
  };
}
