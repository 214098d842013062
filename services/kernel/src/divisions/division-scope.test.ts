import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { divisionPattern, requestedScope } from './division-scope.js';

function refusal(action: () => unknown): GraphQLError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected the request to be refused');
}

describe('divisionPattern', () => {
  it('matches every code of a province by its two-digit prefix', () => {
    expect(divisionPattern('320000')).toBe('32%');
  });

  it('matches every code of a city by its four-digit prefix', () => {
    expect(divisionPattern('320100')).toBe('3201%');
  });

  it('matches a county only itself', () => {
    expect(divisionPattern('320106')).toBe('320106');
  });

  it('needs no pattern for the national scope, which contains every code', () => {
    expect(divisionPattern('000000')).toBeUndefined();
  });
});

describe('requestedScope', () => {
  it("defaults to the caller's own division when none is requested", () => {
    expect(requestedScope('320100', undefined)).toBe('320100');
    expect(requestedScope('320100', null)).toBe('320100');
  });

  it("narrows to a requested division inside the caller's", () => {
    expect(requestedScope('320100', '320106')).toBe('320106');
    expect(requestedScope('000000', '320000')).toBe('320000');
  });

  it("narrows a request wider than the caller's division to the caller's own", () => {
    expect(requestedScope('320100', '320000')).toBe('320100');
    expect(requestedScope('320106', '000000')).toBe('320106');
  });

  it('refuses a malformed or unknown code as bad input on the named field', () => {
    for (const division of ['3201', '32010A', '329900']) {
      const error = refusal(() => requestedScope('320000', division, 'filter.division'));
      expect(error.extensions['code']).toBe('BAD_USER_INPUT');
      expect(error.extensions['field']).toBe('filter.division');
      expect(error.message).toBe(
        `filter.division: "${division}" is not a known GB/T 2260 division code.`,
      );
    }
  });

  it('names the field "division" when the caller names none', () => {
    const error = refusal(() => requestedScope('320000', '329900'));
    expect(error.extensions['field']).toBe('division');
  });

  it("refuses a division outside the caller's as forbidden, naming both", () => {
    const error = refusal(() => requestedScope('320100', '330100'));
    expect(error.extensions['code']).toBe('FORBIDDEN');
    expect(error.message).toBe('Division 330100 杭州市 is outside your division 320100 南京市.');
    // A sibling county is outside a county too.
    expect(refusal(() => requestedScope('320106', '320104')).extensions['code']).toBe('FORBIDDEN');
  });
});
