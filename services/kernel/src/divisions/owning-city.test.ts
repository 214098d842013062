import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '../errors.js';
import { owningCityFor } from './owning-city.js';

/** The error `owningCityFor` throws for `division`, as a client sees it. */
function refusalOf(division: string): { code?: string; field: unknown; message: string } {
  try {
    owningCityFor(division, 'input.division');
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { code: errorCodeOf(error), field: error.extensions['field'], message: error.message };
  }
  throw new Error(`${division} was given an owning city`);
}

describe('the city that owns records of a division', () => {
  it('is the city itself, or the city a district or county belongs to', () => {
    expect(owningCityFor('320100', 'input.division')).toBe('320100');
    expect(owningCityFor('320106', 'input.division')).toBe('320100');
    expect(owningCityFor('330182', 'input.division')).toBe('330100');
  });

  it('is the municipality itself for a district of a municipality', () => {
    expect(owningCityFor('110000', 'input.division')).toBe('110000');
    expect(owningCityFor('110105', 'input.division')).toBe('110000');
  });

  it('refuses a code that is not six digits, naming the field', () => {
    for (const division of ['', '32010', '3201060', '32O106', ' 320106']) {
      expect(refusalOf(division), division).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.division',
        message: `input.division: "${division}" is not a six-digit GB/T 2260 division code.`,
      });
    }
  });

  it('refuses a well-formed code that is not in the registry', () => {
    expect(refusalOf('320199')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.division',
      message: 'input.division: 320199 is not a division in the registry.',
    });
  });

  it('refuses a province or the nation: no city owns their records', () => {
    expect(refusalOf('320000')).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.division',
      message:
        'input.division: 320000 江苏省 is a province code; records belong to a city or county code.',
    });
    expect(refusalOf('000000').message).toBe(
      'input.division: 000000 全国 is a national code; records belong to a city or county code.',
    );
  });
});
