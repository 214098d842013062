import { describe, expect, it } from 'vitest';
import { addresseesOf, trackAddressees } from './directive-addressees';
import type { DirectiveResponseEntry } from './directive-addressees';

const provinces = [
  {
    code: '110000',
    name: '北京市',
    level: 'PROVINCE',
    children: [{ code: '110101', name: '东城区', level: 'COUNTY' }],
  },
  {
    code: '320000',
    name: '江苏省',
    level: 'PROVINCE',
    children: [
      { code: '320100', name: '南京市', level: 'CITY' },
      { code: '320200', name: '无锡市', level: 'CITY' },
    ],
  },
];

const response = (
  code: string,
  action: string,
  createdAt: string,
  comment: string | null = null,
): DirectiveResponseEntry => ({
  id: `${code}-${action}-${createdAt}`,
  division: { code, name: code },
  action,
  comment,
  actor: `supervisor.${code}`,
  createdAt,
});

describe('the addressees of a directive', () => {
  it('are a province and its cities, or every province and city, a municipality once', () => {
    expect(addresseesOf({ code: '320000', name: '江苏省', level: 'PROVINCE' }, provinces)).toEqual([
      { code: '320000', name: '江苏省' },
      { code: '320100', name: '南京市' },
      { code: '320200', name: '无锡市' },
    ]);
    expect(
      addresseesOf({ code: '000000', name: '全国', level: 'NATIONAL' }, provinces).map(
        (each) => each.code,
      ),
    ).toEqual(['110000', '320000', '320100', '320200']);
    expect(addresseesOf({ code: '320200', name: '无锡市', level: 'CITY' }, provinces)).toEqual([
      { code: '320200', name: '无锡市' },
    ]);
  });

  it('each stand where their own responses put them, the silent ones included', () => {
    const tracked = trackAddressees(
      [
        { code: '320000', name: '江苏省' },
        { code: '320100', name: '南京市' },
        { code: '320200', name: '无锡市' },
      ],
      [
        response('320000', 'REPORT', '2026-12-01T03:00:00Z', '已部署'),
        response('320000', 'ACKNOWLEDGE', '2026-12-01T02:00:00Z'),
        response('320100', 'ACKNOWLEDGE', '2026-12-01T02:30:00Z', '收到'),
      ],
    );
    expect(tracked.map((each) => [each.division.code, each.state])).toEqual([
      ['320000', 'REPORTED'],
      ['320100', 'ACKNOWLEDGED'],
      ['320200', 'ISSUED'],
    ]);
    expect(tracked[0]!.reports.map((each) => each.comment)).toEqual(['已部署']);
    expect(tracked[1]!.acknowledgement?.comment).toBe('收到');
    expect(tracked[2]!.acknowledgement).toBeUndefined();
  });
});
