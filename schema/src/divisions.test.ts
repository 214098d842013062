import { describe, expect, it } from 'vitest';
import {
  childDivisions,
  divisionContains,
  divisionLevel,
  findDivision,
  isKnownDivision,
  narrowerScope,
  owningCityOf,
  parentDivision,
  provinceOf,
} from './divisions.js';

describe('division registry', () => {
  it('holds the real GB/T 2260 names of the registered divisions', () => {
    expect(findDivision('000000')?.name).toBe('全国');
    expect(findDivision('320000')?.name).toBe('江苏省');
    expect(findDivision('320100')?.name).toBe('南京市');
    expect(findDivision('320200')?.name).toBe('无锡市');
    expect(findDivision('320300')?.name).toBe('徐州市');
    expect(findDivision('320400')?.name).toBe('常州市');
    expect(findDivision('320500')?.name).toBe('苏州市');
    expect(findDivision('320600')?.name).toBe('南通市');
    expect(findDivision('320700')?.name).toBe('连云港市');
    expect(findDivision('320800')?.name).toBe('淮安市');
    expect(findDivision('320612')?.name).toBe('通州区');
    expect(findDivision('320812')?.name).toBe('清江浦区');
    expect(findDivision('330000')?.name).toBe('浙江省');
    expect(findDivision('330100')?.name).toBe('杭州市');
    expect(findDivision('330200')?.name).toBe('宁波市');
    expect(findDivision('110101')?.name).toBe('东城区');
    expect(isKnownDivision('329900')).toBe(false);
  });

  it('derives the level from the code', () => {
    expect(divisionLevel('000000')).toBe('NATIONAL');
    expect(divisionLevel('320000')).toBe('PROVINCE');
    expect(divisionLevel('320100')).toBe('CITY');
    expect(divisionLevel('320102')).toBe('COUNTY');
  });

  it('implements the containment rule of docs/DOMAIN.md "Division codes"', () => {
    expect(divisionContains('000000', '330212')).toBe(true);
    expect(divisionContains('320000', '320102')).toBe(true);
    expect(divisionContains('320000', '320200')).toBe(true);
    expect(divisionContains('320000', '330100')).toBe(false);
    expect(divisionContains('320100', '320102')).toBe(true);
    expect(divisionContains('320100', '320100')).toBe(true);
    expect(divisionContains('320100', '320205')).toBe(false);
    expect(divisionContains('320100', '320000')).toBe(false);
    expect(divisionContains('320102', '320102')).toBe(true);
    expect(divisionContains('320102', '320104')).toBe(false);
    expect(divisionContains('320102', '320100')).toBe(false);
  });

  it('names the owning city node, with municipalities owned by the province node', () => {
    expect(owningCityOf('320102')).toBe('320100');
    expect(owningCityOf('320100')).toBe('320100');
    expect(owningCityOf('110101')).toBe('110000');
    expect(owningCityOf('110000')).toBe('110000');
    expect(owningCityOf('320000')).toBeUndefined();
    expect(owningCityOf('000000')).toBeUndefined();
    expect(provinceOf('330212')).toBe('330000');
  });

  it('walks the tree both ways', () => {
    expect(parentDivision('320102')).toBe('320100');
    expect(parentDivision('320612')).toBe('320600');
    expect(parentDivision('110101')).toBe('110000');
    expect(parentDivision('320100')).toBe('320000');
    expect(parentDivision('320000')).toBe('000000');
    expect(parentDivision('000000')).toBeUndefined();
    expect(childDivisions('320000').map((d) => d.code)).toEqual([
      '320100',
      '320200',
      '320300',
      '320400',
      '320500',
      '320600',
      '320700',
      '320800',
    ]);
    expect(childDivisions('320500').map((d) => d.code)).toEqual(['320505', '320506', '320508']);
    expect(childDivisions('000000').map((d) => d.code)).toEqual(['110000', '320000', '330000']);
  });

  it('intersects scopes', () => {
    expect(narrowerScope('320000', '320100')).toBe('320100');
    expect(narrowerScope('320100', '000000')).toBe('320100');
    expect(narrowerScope('320100', '320200')).toBeUndefined();
  });
});
