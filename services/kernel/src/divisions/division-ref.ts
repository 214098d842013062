import { findDivision } from '@city-ops/schema';

/** The parent object of the GraphQL Division type; the rest is resolved from the registry. */
export interface DivisionRef {
  code: string;
  name: string;
}

export function divisionRef(code: string): DivisionRef {
  return { code, name: findDivision(code)?.name ?? code };
}

/** A division as people read it in messages: "320100 南京市" (the bare code when unknown). */
export function divisionLabel(code: string): string {
  return `${code} ${findDivision(code)?.name ?? ''}`.trim();
}
