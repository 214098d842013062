/** One row of the API's `enumLabels`. */
export interface EnumLabel {
  enum: string;
  value: string;
  label: string;
}

/** The values of one enum as select options, labelled in the API's words (Chinese by default). */
export function enumOptions(
  labels: readonly EnumLabel[],
  enumName: string,
): { value: string; label: string }[] {
  return labels
    .filter((entry) => entry.enum === enumName)
    .map(({ value, label }) => ({ value, label }));
}

/** The label of one value, or the code itself when the API gave none. */
export function enumLabel(labels: readonly EnumLabel[], enumName: string, value: string): string {
  return labels.find((entry) => entry.enum === enumName && entry.value === value)?.label ?? value;
}
