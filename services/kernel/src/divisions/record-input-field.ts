/**
 * How a record mutation's `input` names the record it writes, and so the node that owns
 * it: `in-id`, the owner is the division its id starts with (record-id.ts); `of-division`,
 * the owner is the city owning that division.
 */
export interface RecordInputField {
  field: string;
  owner: 'in-id' | 'of-division';
}

/**
 * The convention by which the shared SDL's record mutations name their record, read by
 * the gateway to route each one and by every node to refuse the ones it does not own,
 * so a new workflow action needs neither a route nor a refusal of its own: an input
 * with `id` and `version` acts on that record; one with `division` creates a record
 * there; otherwise its first `…Id` field names the record it starts from (a ticket
 * converted to a case). Undefined when the input follows none of these.
 */
export function recordFieldOfInput(inputFields: readonly string[]): RecordInputField | undefined {
  if (inputFields.includes('id') && inputFields.includes('version')) {
    return { field: 'id', owner: 'in-id' };
  }
  if (inputFields.includes('division')) return { field: 'division', owner: 'of-division' };
  const startingFrom = inputFields.find((field) => field.endsWith('Id'));
  return startingFrom ? { field: startingFrom, owner: 'in-id' } : undefined;
}
