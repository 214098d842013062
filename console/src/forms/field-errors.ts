import type { FieldProblem } from '../api/api-error';

/** A form field's path as antd's Form names it (`['caller', 'phone']`). */
export type FormFieldPath = readonly string[];

export interface FieldErrors {
  /** Problems shown beside their field, one entry per field in the order the API named them. */
  fields: { name: FormFieldPath; errors: string[] }[];
  /** Problems naming no field of the form, shown as one alert above it. */
  general: string[];
}

/**
 * Where each API field path lands in the form when their names differ: the form picks the
 * category in a cascader named `category`, the API takes its leaf as `categoryCode`; the
 * 立案 form takes a linked ticket's or case's number, the API its id.
 */
const FORM_NAME_OF: Readonly<Record<string, string>> = {
  categoryCode: 'category',
  linkedTicketId: 'linkedTicket',
  linkedCaseId: 'linkedCase',
};

/**
 * Sorts the API's `problems` (paths into the variables, `input.caller.phone`) onto the form:
 * a problem whose path, below `root`, is one of `formFields` goes beside that field; any other
 * (a field the form does not show, or no field) into `general`, so nothing is silently lost.
 */
export function mapFieldProblems(
  problems: readonly FieldProblem[],
  formFields: readonly FormFieldPath[],
  root = 'input',
): FieldErrors {
  const known = new Map(formFields.map((path) => [path.join('.'), path]));
  const byField = new Map<string, { name: FormFieldPath; errors: string[] }>();
  const general: string[] = [];
  for (const problem of problems) {
    const segments = problem.field.split('.');
    if (segments[0] === root) segments.shift();
    const [head, ...rest] = segments;
    const path = [FORM_NAME_OF[head ?? ''] ?? head, ...rest].join('.');
    const name = known.get(path);
    if (!name) {
      general.push(problem.message);
      continue;
    }
    const entry = byField.get(path) ?? { name, errors: [] };
    entry.errors.push(problem.message);
    byField.set(path, entry);
  }
  return { fields: [...byField.values()], general };
}
