import { describe, expect, it } from 'vitest';
import { clockMinutes, clockSchema, formatClock, isClock, parseClock, requireClock } from '../../../src/domain/reminders/clock-time.js';
import { atClockOnDay, formatLocal, instantsForWallClock, isValidZone, plusLocalDays, resolveWallClock } from '../../../src/domain/reminders/local-time.js';
import { local, withOffset } from './time-helpers.js';

const NY = 'America/New_York';

describe('clock', () => {
  it('parses strict HH:mm', () => {
    expect(parseClock('08:00')).toEqual({ hour: 8, minute: 0 });
    expect(parseClock('23:59')).toEqual({ hour: 23, minute: 59 });
    expect(parseClock('00:00')).toEqual({ hour: 0, minute: 0 });
    for (const bad of ['8:00', '24:00', '12:60', '12:5', ' 12:00', '12:00 ', 'noon', '', '1200']) {
      expect(parseClock(bad)).toBeUndefined();
      expect(isClock(bad)).toBe(false);
      expect(clockSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('converts and formats', () => {
    expect(clockMinutes({ hour: 21, minute: 30 })).toBe(1290);
    expect(formatClock({ hour: 7, minute: 5 })).toBe('07:05');
    expect(() => requireClock('7am', 'start')).toThrow(/start "7am"/);
  });
});

describe('local time', () => {
  it('knows valid zones', () => {
    expect(isValidZone('Asia/Kolkata')).toBe(true);
    expect(isValidZone('UTC')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
  });

  it('finds both instants of an overlap and none in a gap', () => {
    expect(instantsForWallClock({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NY).map((d) => d.toISOString())).toEqual([
      '2026-11-01T05:30:00.000Z',
      '2026-11-01T06:30:00.000Z',
    ]);
    expect(instantsForWallClock({ year: 2027, month: 3, day: 14, hour: 2, minute: 30 }, NY)).toEqual([]);
    expect(instantsForWallClock({ year: 2026, month: 7, day: 1, hour: 12, minute: 0 }, NY)).toHaveLength(1);
  });

  it('resolves overlaps with a lower bound and gaps forward', () => {
    const wall = { year: 2026, month: 11, day: 1, hour: 1, minute: 30 };
    expect(resolveWallClock(wall, NY).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(resolveWallClock(wall, NY, new Date('2026-11-01T06:00:00Z')).toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(withOffset(resolveWallClock({ year: 2027, month: 3, day: 14, hour: 2, minute: 30 }, NY), NY)).toBe('2027-03-14T03:30:00-04:00');
  });

  it('moves by calendar days keeping the wall clock', () => {
    expect(withOffset(atClockOnDay(local('2026-10-31T22:00', NY), NY, { hour: 9, minute: 0 }, 1), NY)).toBe('2026-11-01T09:00:00-05:00');
    expect(withOffset(plusLocalDays(local('2027-03-13T10:00', NY), NY, 1), NY)).toBe('2027-03-14T10:00:00-04:00');
  });

  it('formats in English with the zone, and the year only when needed', () => {
    const at = local('2026-12-03T10:00', NY);
    expect(formatLocal(at, NY, local('2026-11-06T10:00', NY))).toBe('Thursday, December 3 at 10:00 AM EST');
    expect(formatLocal(at, NY, local('2027-11-06T10:00', NY))).toBe('Thursday, December 3, 2026 at 10:00 AM EST');
    expect(formatLocal(at, NY)).toContain('2026');
    expect(formatLocal(at, 'Asia/Kolkata', at)).toBe('Thursday, December 3 at 8:30 PM GMT+5:30');
  });
});
