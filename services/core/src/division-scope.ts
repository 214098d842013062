import { divisionLevel } from '@city-ops/schema';

/**
 * The SQL LIKE pattern matching every division code inside `scope` (DOMAIN §2),
 * or undefined for the national scope, which contains everything. Keeping this
 * next to the registry's rule means one definition of "inside".
 */
export function divisionPattern(scope: string): string | undefined {
  switch (divisionLevel(scope)) {
    case 'NATIONAL':
      return undefined;
    case 'PROVINCE':
      return scope.slice(0, 2) + '%';
    case 'CITY':
      return scope.slice(0, 4) + '%';
    case 'COUNTY':
      return scope;
  }
}
