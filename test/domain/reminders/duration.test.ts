import { describe, expect, it } from 'vitest';
import { MAX_SNOOZE_DAYS, describeMinutes, parseDuration, snoozeUntil } from '../../../src/domain/reminders/duration.js';
import { parseDuration as reExported } from '../../../src/domain/reminders/when.js';
import { local, wall, withOffset } from './time-helpers.js';

const NY = 'America/New_York';

function minutesOf(text: string): number | undefined {
  const result = parseDuration(text);
  return result.ok && result.snooze.kind === 'after' ? result.snooze.minutes : undefined;
}

describe('parseDuration', () => {
  const cases: readonly (readonly [string, number])[] = [
    ['1h', 60],
    ['90m', 90],
    ['2 hours', 120],
    ['3 days', 4320],
    ['1 week', 10080],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['1 hour and 30 minutes', 90],
    ['1 hour, 30 minutes', 90],
    ['in 45 min', 45],
    ['for 2 weeks', 20160],
    ['an hour', 60],
    ['a day', 1440],
    ['two days', 2880],
    ['half an hour', 30],
    ['1.5h', 90],
    ['2 HOURS', 120],
    ['10 mins from now', 10],
    ['3d', 4320],
    ['2w', 20160],
  ];
  it.each(cases)('%j is %i minutes', (text, minutes) => {
    expect(minutesOf(text)).toBe(minutes);
  });

  it('reads "tomorrow" and "next week" as calendar snoozes', () => {
    expect(parseDuration('tomorrow')).toEqual({ ok: true, snooze: { kind: 'tomorrow-morning' }, label: 'tomorrow morning' });
    expect(parseDuration('Tomorrow morning')).toMatchObject({ ok: true, snooze: { kind: 'tomorrow-morning' } });
    expect(parseDuration('next week')).toMatchObject({ ok: true, snooze: { kind: 'next-week-morning' } });
  });

  it('labels lengths in words', () => {
    expect(parseDuration('90m')).toMatchObject({ label: '1 hour 30 minutes' });
    expect(parseDuration('1 week')).toMatchObject({ label: '1 week' });
    expect(describeMinutes(4320)).toBe('3 days');
    expect(describeMinutes(1)).toBe('1 minute');
    expect(describeMinutes(0)).toBe('0 minutes');
    expect(describeMinutes(11_581)).toBe('1 week 1 day 1 hour 1 minute');
  });

  it.each(['', 'soon', 'h', '2', '2 parsecs', '1h banana', 'hour 2', 'tomorrow 9am', 'next'])('%j is unparseable', (text) => {
    const result = parseDuration(text);
    expect(result).toMatchObject({ ok: false, reason: 'unparseable' });
    expect(!result.ok && result.message).toContain('"90m"');
  });

  it.each(['0m', '0.2 minutes', `${MAX_SNOOZE_DAYS + 1} days`, '60 weeks'])('%j is out of range', (text) => {
    expect(parseDuration(text)).toMatchObject({ ok: false, reason: 'out-of-range' });
  });

  it('is re-exported from when.ts', () => {
    expect(reExported).toBe(parseDuration);
  });
});

describe('snoozeUntil', () => {
  it('adds exact minutes for sub-day lengths, even across a DST change', () => {
    const now = local('2026-11-01T00:30', NY);
    expect(snoozeUntil({ kind: 'after', minutes: 90 }, now, NY).getTime()).toBe(now.getTime() + 90 * 60_000);
  });

  it('keeps the local time of day for whole days across a DST change', () => {
    const now = local('2026-10-31T10:00', NY);
    expect(withOffset(snoozeUntil({ kind: 'after', minutes: 3 * 1440 }, now, NY), NY)).toBe('2026-11-03T10:00:00-05:00');
    const spring = local('2027-03-13T10:00', NY);
    expect(withOffset(snoozeUntil({ kind: 'after', minutes: 10080 }, spring, NY), NY)).toBe('2027-03-20T10:00:00-04:00');
  });

  it('tomorrow-morning is the next local day at 09:00 (or the given time)', () => {
    const late = local('2026-11-06T23:30', NY);
    expect(wall(snoozeUntil({ kind: 'tomorrow-morning' }, late, NY), NY)).toBe('2026-11-07T09:00');
    expect(wall(snoozeUntil({ kind: 'tomorrow-morning' }, late, NY, '08:15'), NY)).toBe('2026-11-07T08:15');
    const auckland = local('2026-11-06T23:30', 'Pacific/Auckland');
    expect(wall(snoozeUntil({ kind: 'tomorrow-morning' }, auckland, 'Pacific/Auckland'), 'Pacific/Auckland')).toBe('2026-11-07T09:00');
  });

  it('next-week-morning is the coming Monday, never today', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['2026-11-04T10:00', '2026-11-09T09:00'], // Wednesday
      ['2026-11-08T10:00', '2026-11-09T09:00'], // Sunday
      ['2026-11-09T07:00', '2026-11-16T09:00'], // Monday
      ['2026-11-07T23:59', '2026-11-09T09:00'], // Saturday
    ];
    for (const [nowIso, expected] of cases) {
      expect(wall(snoozeUntil({ kind: 'next-week-morning' }, local(nowIso, NY), NY), NY)).toBe(expected);
    }
  });

  it('is always after now for every accepted snooze', () => {
    const now = local('2026-11-01T01:30', NY);
    for (const text of ['1m', '1h', '90m', '1 day', '1 week', 'tomorrow', 'next week', '23h59m']) {
      const parsed = parseDuration(text);
      if (!parsed.ok) throw new Error(text);
      expect(snoozeUntil(parsed.snooze, now, NY).getTime()).toBeGreaterThan(now.getTime());
    }
  });
});
