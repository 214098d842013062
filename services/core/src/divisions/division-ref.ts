import { findDivision } from '@city-ops/schema';

/** The parent object of the GraphQL Division type; the rest is resolved from the registry. */
export interface DivisionRef {
  code: string;
  name: string;
}

export function divisionRef(code: string): DivisionRef {
  return { code, name: findDivision(code)?.name ?? code };
}
