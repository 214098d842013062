import { describe, expect, it } from 'vitest';
import { ConfigError } from '@city-ops/kernel';
import { parseNodeEnvironment } from '../environment.js';
import {
  DEFAULT_WORKING_HOURS,
  formatWorkingHours,
  parseWorkingHours,
  workingMinutesPerDay,
} from './working-hours.js';

describe('working hours', () => {
  it('default to 09:00–12:00 and 13:00–17:30, 7.5 hours a day', () => {
    expect(DEFAULT_WORKING_HOURS).toEqual([
      { start: 540, end: 720 },
      { start: 780, end: 1050 },
    ]);
    expect(workingMinutesPerDay(DEFAULT_WORKING_HOURS)).toBe(450);
    expect(formatWorkingHours(DEFAULT_WORKING_HOURS)).toBe('09:00-12:00,13:00-17:30');
  });

  it('write back exactly what was configured', () => {
    for (const text of ['08:05-11:59,14:30-24:00', '00:00-00:01', '10:10-22:45']) {
      expect(formatWorkingHours(parseWorkingHours(text))).toBe(text);
    }
    expect(workingMinutesPerDay(parseWorkingHours('08:05-11:59,14:30-24:00'))).toBe(234 + 570);
  });

  it('parse one or more periods, spaces allowed, 24:00 as an end', () => {
    expect(parseWorkingHours('08:30-17:00')).toEqual([{ start: 510, end: 1020 }]);
    // Minute 59 is the last minute of an hour.
    expect(parseWorkingHours('08:59-11:59')).toEqual([{ start: 539, end: 719 }]);
    expect(parseWorkingHours(' 00:00-12:00 , 12:00-24:00 ')).toEqual([
      { start: 0, end: 720 },
      { start: 720, end: 1440 },
    ]);
  });

  it.each([
    ['', /is not a period/],
    ['9:00-12:00', /is not a period/],
    ['09:00-12:60', /not a time of day/],
    ['09:00-24:30', /not a time of day/],
    ['12:00-09:00', /ends before it starts/],
    ['09:00-09:00', /ends before it starts/],
    ['09:00-12:00,', /"" is not a period HH:MM-HH:MM \(write e\.g\. 09:00-12:00,13:00-17:30\)/],
    ['09:00-12:00-13:00', /is not a period/],
    ['x09:00-12:00', /is not a period/],
    ['09:00-12:00x', /is not a period/],
    ['09:60-12:00', /"09:60-12:00" is not a time of day/],
    ['13:00-17:30,09:00-12:00', /ascending order/],
    ['09:00-13:30,13:00-17:30', /must not overlap/],
  ])('refuse %j', (text, problem) => {
    expect(() => parseWorkingHours(text)).toThrow(problem);
  });
});

describe('WORKING_HOURS in the node environment', () => {
  const good = {
    NODE_TIER: 'city',
    NODE_DIVISION: '320100',
    KEYCLOAK_URL: 'http://127.0.0.1:8080',
  };

  it('is optional (the defaults apply) and parsed into periods when set', () => {
    expect(parseNodeEnvironment(good).WORKING_HOURS).toBeUndefined();
    expect(parseNodeEnvironment({ ...good, WORKING_HOURS: '08:00-16:00' }).WORKING_HOURS).toEqual([
      { start: 480, end: 960 },
    ]);
  });

  it('stops the node with a message naming the variable', () => {
    expect(() => parseNodeEnvironment({ ...good, WORKING_HOURS: '9-5' })).toThrow(ConfigError);
    expect(() => parseNodeEnvironment({ ...good, WORKING_HOURS: '9-5' })).toThrow(
      /WORKING_HOURS: "9-5" is not a period/,
    );
  });
});
