import { describe, expect, it } from 'vitest';
import { DEFAULT_QUIET_HOURS, isQuiet, nextAllowedTime, quietHoursSchema, validateQuietHours } from '../../../src/domain/reminders/quiet-hours.js';
import type { QuietHours } from '../../../src/domain/reminders/quiet-hours.js';
import { local, wall, withOffset } from './time-helpers.js';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const KOLKATA = 'Asia/Kolkata';
const AUCKLAND = 'Pacific/Auckland';
const LUNCH: QuietHours = { start: '13:00', end: '14:00' };

describe('isQuiet with the default 21:00–08:00', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['2026-11-06T20:59:59', false],
    ['2026-11-06T21:00', true],
    ['2026-11-06T23:59', true],
    ['2026-11-07T00:00', true],
    ['2026-11-07T07:59', true],
    ['2026-11-07T07:59:59', true],
    ['2026-11-07T08:00', false],
    ['2026-11-07T12:00', false],
  ];
  it.each(cases)('%s quiet: %s', (iso, quiet) => {
    expect(isQuiet(local(iso, NY), NY, DEFAULT_QUIET_HOURS)).toBe(quiet);
  });

  it('judges by the student zone, not UTC', () => {
    const instant = new Date('2026-11-07T03:00:00Z'); // 22:00 in New York, 08:30 in Kolkata
    expect(isQuiet(instant, NY, DEFAULT_QUIET_HOURS)).toBe(true);
    expect(isQuiet(instant, KOLKATA, DEFAULT_QUIET_HOURS)).toBe(false);
  });

  it('treats equal start and end as no quiet hours', () => {
    expect(isQuiet(local('2026-11-06T22:00', NY), NY, { start: '22:00', end: '22:00' })).toBe(false);
  });
});

describe('nextAllowedTime', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['2026-11-06T20:59', '2026-11-06T20:59'],
    ['2026-11-06T21:00', '2026-11-07T08:00'],
    ['2026-11-06T23:30', '2026-11-07T08:00'],
    ['2026-11-07T00:00', '2026-11-07T08:00'],
    ['2026-11-07T02:00', '2026-11-07T08:00'],
    ['2026-11-07T07:59', '2026-11-07T08:00'],
    ['2026-11-07T08:00', '2026-11-07T08:00'],
    ['2026-11-07T15:00', '2026-11-07T15:00'],
  ];
  it.each(cases)('default hours: %s → %s', (due, expected) => {
    expect(wall(nextAllowedTime(local(due, NY), NY, DEFAULT_QUIET_HOURS), NY)).toBe(expected);
  });

  it('returns the same instant (seconds included) when not quiet', () => {
    const due = local('2026-11-06T20:59:30', NY);
    expect(nextAllowedTime(due, NY, DEFAULT_QUIET_HOURS)).toEqual(due);
  });

  const lunch: readonly (readonly [string, string])[] = [
    ['2026-11-06T12:59', '2026-11-06T12:59'],
    ['2026-11-06T13:00', '2026-11-06T14:00'],
    ['2026-11-06T13:30', '2026-11-06T14:00'],
    ['2026-11-06T13:59', '2026-11-06T14:00'],
    ['2026-11-06T14:00', '2026-11-06T14:00'],
    ['2026-11-06T23:00', '2026-11-06T23:00'],
  ];
  it.each(lunch)('window not crossing midnight (13:00–14:00): %s → %s', (due, expected) => {
    expect(wall(nextAllowedTime(local(due, NY), NY, LUNCH), NY)).toBe(expected);
  });

  it('fall back in New York (2026-11-01): 08:00 is 08:00 EST', () => {
    expect(withOffset(nextAllowedTime(local('2026-10-31T22:00', NY), NY, DEFAULT_QUIET_HOURS), NY)).toBe('2026-11-01T08:00:00-05:00');
    const firstOneThirty = new Date('2026-11-01T05:30:00Z'); // 01:30 EDT
    const secondOneThirty = new Date('2026-11-01T06:30:00Z'); // 01:30 EST
    expect(nextAllowedTime(firstOneThirty, NY, DEFAULT_QUIET_HOURS).toISOString()).toBe('2026-11-01T13:00:00.000Z');
    expect(nextAllowedTime(secondOneThirty, NY, DEFAULT_QUIET_HOURS).toISOString()).toBe('2026-11-01T13:00:00.000Z');
  });

  it('spring forward in New York (2027-03-14): 08:00 is 08:00 EDT', () => {
    expect(withOffset(nextAllowedTime(local('2027-03-13T23:00', NY), NY, DEFAULT_QUIET_HOURS), NY)).toBe('2027-03-14T08:00:00-04:00');
    expect(nextAllowedTime(local('2027-03-14T01:59', NY), NY, DEFAULT_QUIET_HOURS).toISOString()).toBe('2027-03-14T12:00:00.000Z');
  });

  it('an end that falls in the spring-forward gap moves forward with the clocks', () => {
    const quiet = { start: '01:00', end: '02:30' };
    expect(withOffset(nextAllowedTime(local('2027-03-14T01:30', NY), NY, quiet), NY)).toBe('2027-03-14T03:30:00-04:00');
  });

  it('an end in the fall-back overlap is never earlier than the due time', () => {
    const quiet = { start: '00:00', end: '01:30' };
    const secondOneTen = new Date('2026-11-01T06:10:00Z'); // 01:10 EST, after the clocks went back
    const result = nextAllowedTime(secondOneTen, NY, quiet);
    expect(result.toISOString()).toBe('2026-11-01T06:30:00.000Z'); // 01:30 EST
    const firstOneTen = new Date('2026-11-01T05:10:00Z'); // 01:10 EDT
    expect(nextAllowedTime(firstOneTen, NY, quiet).toISOString()).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
  });

  it('works in Kolkata, Auckland and Los Angeles', () => {
    expect(wall(nextAllowedTime(local('2026-11-06T22:15', KOLKATA), KOLKATA, DEFAULT_QUIET_HOURS), KOLKATA)).toBe('2026-11-07T08:00');
    expect(wall(nextAllowedTime(local('2026-11-06T05:00', AUCKLAND), AUCKLAND, DEFAULT_QUIET_HOURS), AUCKLAND)).toBe('2026-11-06T08:00');
    expect(withOffset(nextAllowedTime(local('2026-09-26T23:00', AUCKLAND), AUCKLAND, DEFAULT_QUIET_HOURS), AUCKLAND)).toBe('2026-09-27T08:00:00+13:00');
    expect(wall(nextAllowedTime(local('2026-11-01T00:30', LA), LA, DEFAULT_QUIET_HOURS), LA)).toBe('2026-11-01T08:00');
  });

  it('throws for invalid times or zones', () => {
    const due = local('2026-11-06T22:00', NY);
    expect(() => nextAllowedTime(due, NY, { start: '9pm', end: '08:00' })).toThrow(RangeError);
    expect(() => isQuiet(due, NY, { start: '21:00', end: '24:00' })).toThrow(RangeError);
    expect(() => isQuiet(due, 'Nowhere/Atlantis', DEFAULT_QUIET_HOURS)).toThrow(RangeError);
  });
});

describe('nextAllowedTime properties', () => {
  const windows: readonly QuietHours[] = [
    DEFAULT_QUIET_HOURS,
    LUNCH,
    { start: '22:30', end: '07:15' },
    { start: '00:00', end: '06:00' },
    { start: '01:00', end: '03:00' },
    { start: '20:00', end: '20:00' },
    { start: '00:30', end: '23:30' },
  ];
  const spans: readonly (readonly [string, string])[] = [
    [NY, '2026-10-30T00:00'],
    [NY, '2027-03-12T00:00'],
    [AUCKLAND, '2026-09-25T00:00'],
    [AUCKLAND, '2027-04-02T00:00'],
    [KOLKATA, '2026-11-05T00:00'],
    [LA, '2026-10-30T00:00'],
    ['Australia/Lord_Howe', '2026-10-02T00:00'],
  ];

  it('never returns a quiet time, never moves earlier, leaves allowed times alone, and waits less than a day', () => {
    let checked = 0;
    for (const [zone, startIso] of spans) {
      const start = local(startIso, zone).getTime();
      for (let t = start; t < start + 4 * 86_400_000; t += 29 * 60_000 + 13_000) {
        const due = new Date(t);
        for (const quiet of windows) {
          const result = nextAllowedTime(due, zone, quiet);
          expect(isQuiet(result, zone, quiet)).toBe(false);
          expect(result.getTime()).toBeGreaterThanOrEqual(due.getTime());
          expect(result.getTime() - due.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
          if (!isQuiet(due, zone, quiet)) expect(result.getTime()).toBe(due.getTime());
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5_000);
  });
});

describe('validateQuietHours', () => {
  it('accepts HH:mm pairs, trimming spaces', () => {
    expect(validateQuietHours({ start: ' 22:00 ', end: '07:30' })).toEqual({ ok: true, quiet: { start: '22:00', end: '07:30' } });
    expect(validateQuietHours({ start: '13:00', end: '13:00' }).ok).toBe(true);
  });

  it.each([
    ['9pm', '08:00'],
    ['21:00', '8:00'],
    ['24:00', '08:00'],
    ['21:60', '08:00'],
    ['', '08:00'],
    ['21:00', 'noon'],
  ])('rejects %j–%j with a helpful message', (start, end) => {
    const result = validateQuietHours({ start, end });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('HH:mm');
  });

  it('has a zod schema for configuration', () => {
    expect(quietHoursSchema.safeParse({ start: '21:00', end: '08:00' }).success).toBe(true);
    expect(quietHoursSchema.safeParse({ start: '21:00', end: '8' }).success).toBe(false);
  });
});
