import { describe, expect, it } from 'vitest';
import { MAX_YEARS_AHEAD, parseWhen } from '../../../src/domain/reminders/when.js';
import type { WhenResult } from '../../../src/domain/reminders/when.js';
import { local, wall, withOffset, withSystemZone } from './time-helpers.js';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const KOLKATA = 'Asia/Kolkata';
const AUCKLAND = 'Pacific/Auckland';

function okAt(result: WhenResult): Date {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  return result.at;
}

describe('parseWhen: everyday phrases (New York, Friday 2026-11-06 10:00)', () => {
  const now = local('2026-11-06T10:00', NY);
  const cases: readonly (readonly [string, string])[] = [
    ['tomorrow 9am', '2026-11-07T09:00'],
    ['9am tomorrow', '2026-11-07T09:00'],
    ['TOMORROW 9AM.', '2026-11-07T09:00'],
    ['tomorrow at 9', '2026-11-07T09:00'],
    ['tmr 9am', '2026-11-07T09:00'],
    ['tomorrow', '2026-11-07T09:00'],
    ['in 3 days', '2026-11-09T09:00'],
    ['3 days', '2026-11-09T09:00'],
    ['in 3 days at 5pm', '2026-11-09T17:00'],
    ['next Tuesday at 2pm', '2026-11-10T14:00'],
    ['next tues 2pm', '2026-11-10T14:00'],
    ['on tuesday at 2pm', '2026-11-10T14:00'],
    ['thurs 3pm', '2026-11-12T15:00'],
    ['2026-12-03 10:00', '2026-12-03T10:00'],
    ['2026-12-03T10:00', '2026-12-03T10:00'],
    ['12/03/2026 10:00', '2026-12-03T10:00'],
    ['Dec 3 at 10:00', '2026-12-03T10:00'],
    ['friday', '2026-11-13T09:00'],
    ['friday 9am', '2026-11-13T09:00'],
    ['friday 3pm', '2026-11-06T15:00'],
    ['monday', '2026-11-09T09:00'],
    ['wednesday', '2026-11-11T09:00'],
    ['by friday', '2026-11-13T09:00'],
    ['tonight', '2026-11-06T20:00'],
    ['tonight 7pm', '2026-11-06T19:00'],
    ['this afternoon', '2026-11-06T14:00'],
    ['tomorrow morning', '2026-11-07T09:00'],
    ['tomorrow afternoon', '2026-11-07T14:00'],
    ['tomorrow evening', '2026-11-07T19:00'],
    ['tomorrow night', '2026-11-07T20:00'],
    ['in 2 hours', '2026-11-06T12:00'],
    ['2 hours from now', '2026-11-06T12:00'],
    ['in 90 minutes', '2026-11-06T11:30'],
    ['2h', '2026-11-06T12:00'],
    ['an hour', '2026-11-06T11:00'],
    ['at 5', '2026-11-06T17:00'],
    ['5:30', '2026-11-06T17:30'],
    ['05:00', '2026-11-07T05:00'],
    ['5am', '2026-11-07T05:00'],
    ['13:00', '2026-11-06T13:00'],
    ['noon', '2026-11-06T12:00'],
    ['next week', '2026-11-13T09:00'],
    ['a week from today', '2026-11-13T09:00'],
    ['in 2 weeks', '2026-11-20T09:00'],
    ['the day after tomorrow', '2026-11-08T09:00'],
    ['day after tomorrow', '2026-11-08T09:00'],
    ['jan 5', '2027-01-05T09:00'],
    ['nov 5', '2027-11-05T09:00'],
    ['in May', '2027-05-01T09:00'],
    ['this weekend', '2026-11-07T09:00'],
    ['end of month', '2026-11-30T09:00'],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(wall(okAt(parseWhen(text, now, NY)), NY)).toBe(expected);
  });

  it('gives a readable display in the student zone', () => {
    const result = parseWhen('tomorrow 9am', now, NY);
    expect(result).toMatchObject({ ok: true, display: 'Saturday, November 7 at 9:00 AM EST' });
  });

  it('adds the year to the display only when it is not this year', () => {
    const result = parseWhen('jan 5', now, NY);
    expect(result.ok && result.display).toContain('January 5, 2027');
  });

  it('honours an explicit zone written in the text', () => {
    expect(okAt(parseWhen('tomorrow 9am PST', now, NY)).toISOString()).toBe('2026-11-07T17:00:00.000Z');
    expect(okAt(parseWhen('tomorrow 14:00 UTC', now, NY)).toISOString()).toBe('2026-11-07T14:00:00.000Z');
  });

  it('uses the dayTime option for day-only inputs', () => {
    expect(wall(okAt(parseWhen('tomorrow', now, NY, { dayTime: '07:30' })), NY)).toBe('2026-11-07T07:30');
    expect(wall(okAt(parseWhen('tomorrow 3pm', now, NY, { dayTime: '07:30' })), NY)).toBe('2026-11-07T15:00');
  });

  it('keeps relative times exact to the second', () => {
    const odd = new Date(now.getTime() + 37_000);
    expect(okAt(parseWhen('in 2 hours', odd, NY)).getTime()).toBe(odd.getTime() + 2 * 3_600_000);
  });
});

describe('parseWhen: failures', () => {
  const now = local('2026-11-06T10:00', NY);

  it.each([
    '',
    '   ',
    'asdf',
    'soon',
    'whenever',
    'later',
    '9',
    'tomorrow and friday',
    'tomorrow 25:00',
    '32/13',
    'call Sam',
    'tomorrow banana',
    '!!!',
    'x'.repeat(300),
  ])('%j is unparseable', (text) => {
    const result = parseWhen(text, now, NY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('unparseable');
      expect(result.message).toContain('tomorrow 9am');
      expect(result.message).toContain('in 3 days');
    }
  });

  it('quotes (shortened) input in the unparseable message', () => {
    const result = parseWhen('whenever suits', now, NY);
    expect(!result.ok && result.message).toContain('"whenever suits"');
    const long = parseWhen(`someday ${'x'.repeat(100)}`, now, NY);
    expect(!long.ok && long.message).toContain('...');
  });

  it.each(['yesterday', 'yesterday 3pm', '2 days ago', 'last monday', 'this morning', 'now', 'in 0 minutes', '2026-01-01 10:00', 'today', '3 may 2026'])(
    '%j is in the past',
    (text) => {
      const result = parseWhen(text, now, NY);
      expect(result).toMatchObject({ ok: false, reason: 'past' });
      expect(!result.ok && result.message).toMatch(/already passed/);
      expect(!result.ok && result.message).toContain('tomorrow 9am');
    },
  );

  it.each(['in 3 years', '2030-01-01', 'in 25 months'])('%j is too far ahead', (text) => {
    const result = parseWhen(text, now, NY);
    expect(result).toMatchObject({ ok: false, reason: 'too-far' });
    expect(!result.ok && result.message).toContain(`${MAX_YEARS_AHEAD} years`);
  });

  it('accepts exactly two years ahead but not a minute more', () => {
    expect(parseWhen('2028-11-06 10:00', now, NY).ok).toBe(true);
    expect(parseWhen('2028-11-06 10:01', now, NY)).toMatchObject({ ok: false, reason: 'too-far' });
  });

  it('throws for an unknown zone', () => {
    expect(() => parseWhen('tomorrow', now, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('parseWhen: zones far from UTC', () => {
  it('Los Angeles late evening: "tomorrow" is the local tomorrow, not UTC tomorrow', () => {
    const now = local('2026-11-06T22:30', LA); // already 2026-11-07 in UTC
    expect(wall(okAt(parseWhen('tomorrow 9am', now, LA)), LA)).toBe('2026-11-07T09:00');
    expect(wall(okAt(parseWhen('tomorrow', now, LA)), LA)).toBe('2026-11-07T09:00');
    expect(wall(okAt(parseWhen('saturday', now, LA)), LA)).toBe('2026-11-07T09:00');
    expect(parseWhen('tonight', now, LA)).toMatchObject({ ok: false, reason: 'past' });
  });

  it('Kolkata (UTC+5:30) early morning, when UTC is still on the previous day', () => {
    const now = local('2026-11-07T02:00', KOLKATA);
    expect(withOffset(okAt(parseWhen('tomorrow', now, KOLKATA)), KOLKATA)).toBe('2026-11-08T09:00:00+05:30');
    expect(wall(okAt(parseWhen('tonight', now, KOLKATA)), KOLKATA)).toBe('2026-11-07T20:00');
    expect(wall(okAt(parseWhen('friday', now, KOLKATA)), KOLKATA)).toBe('2026-11-13T09:00');
    expect(wall(okAt(parseWhen('at 9', now, KOLKATA)), KOLKATA)).toBe('2026-11-07T09:00');
  });

  it('Auckland (UTC+13) on a Friday morning, when UTC is still Thursday', () => {
    const now = local('2026-11-06T09:00', AUCKLAND);
    expect(wall(okAt(parseWhen('friday', now, AUCKLAND)), AUCKLAND)).toBe('2026-11-13T09:00');
    expect(wall(okAt(parseWhen('friday 10am', now, AUCKLAND)), AUCKLAND)).toBe('2026-11-06T10:00');
    expect(wall(okAt(parseWhen('thursday', now, AUCKLAND)), AUCKLAND)).toBe('2026-11-12T09:00');
    expect(wall(okAt(parseWhen('the day after tomorrow', now, AUCKLAND)), AUCKLAND)).toBe('2026-11-08T09:00');
    expect(okAt(parseWhen('in 2 hours', now, AUCKLAND)).getTime()).toBe(now.getTime() + 2 * 3_600_000);
  });

  it('Auckland spring-forward night (2026-09-27 02:00 → 03:00): 2:30 becomes 3:30', () => {
    const now = local('2026-09-26T12:00', AUCKLAND);
    expect(withOffset(okAt(parseWhen('tomorrow 2:30am', now, AUCKLAND)), AUCKLAND)).toBe('2026-09-27T03:30:00+13:00');
    expect(withOffset(okAt(parseWhen('tomorrow 9am', now, AUCKLAND)), AUCKLAND)).toBe('2026-09-27T09:00:00+13:00');
  });
});

describe('parseWhen: daylight-saving changes in New York', () => {
  it('fall back (2026-11-01): "tomorrow 9am" is 9am EST', () => {
    const now = local('2026-10-31T12:00', NY);
    expect(okAt(parseWhen('tomorrow 9am', now, NY)).toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('fall back: an ambiguous 1:30am resolves to the first (EDT) occurrence', () => {
    const now = local('2026-10-31T12:00', NY);
    expect(okAt(parseWhen('tomorrow 1:30am', now, NY)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('fall back: "in 2 hours" from 00:30 EDT is 01:30 EST (exactly two hours)', () => {
    const now = local('2026-11-01T00:30', NY);
    const at = okAt(parseWhen('in 2 hours', now, NY));
    expect(at.getTime() - now.getTime()).toBe(2 * 3_600_000);
    expect(withOffset(at, NY)).toBe('2026-11-01T01:30:00-05:00');
  });

  it('fall back: "in 3 days" keeps the local day-only time', () => {
    const now = local('2026-10-30T10:00', NY);
    expect(withOffset(okAt(parseWhen('in 3 days', now, NY)), NY)).toBe('2026-11-02T09:00:00-05:00');
    expect(withOffset(okAt(parseWhen('in 3 days at 10am', now, NY)), NY)).toBe('2026-11-02T10:00:00-05:00');
  });

  it('spring forward (2027-03-14): 2:30am does not exist and moves to 3:30 EDT', () => {
    const now = local('2027-03-13T12:00', NY);
    expect(withOffset(okAt(parseWhen('tomorrow 2:30am', now, NY)), NY)).toBe('2027-03-14T03:30:00-04:00');
    expect(withOffset(okAt(parseWhen('2027-03-14 02:30', now, NY)), NY)).toBe('2027-03-14T03:30:00-04:00');
  });

  it('spring forward: "tomorrow 9am" is 9am EDT and "in 24 hours" is exact', () => {
    const now = local('2027-03-13T12:00', NY);
    expect(okAt(parseWhen('tomorrow 9am', now, NY)).toISOString()).toBe('2027-03-14T13:00:00.000Z');
    expect(okAt(parseWhen('in 24 hours', now, NY)).getTime()).toBe(now.getTime() + 24 * 3_600_000);
  });
});

describe('parseWhen: independent of the server time zone', () => {
  const inputs = ['tomorrow 9am', 'friday', 'in 3 days', 'tonight', 'at 5', 'next Tuesday at 2pm', 'in 2 hours', 'nov 5', 'yesterday', 'tomorrow 2:30am'];
  const scenarios: readonly (readonly [string, string])[] = [
    ['2026-11-06T09:00', AUCKLAND],
    ['2026-11-07T02:00', KOLKATA],
    ['2026-11-06T22:30', LA],
    ['2026-10-31T23:30', NY],
    ['2027-03-13T12:00', NY],
  ];

  function snapshot(): string[] {
    return scenarios.flatMap(([iso, zone]) =>
      inputs.map((text) => {
        const result = parseWhen(text, local(iso, zone), zone);
        return `${zone} ${iso} ${text} → ${result.ok ? result.at.toISOString() : result.reason}`;
      }),
    );
  }

  it('gives the same answers whatever process.env.TZ is', () => {
    // Guard: switching TZ really changes local Date behaviour in this process.
    const january = new Date(Date.UTC(2026, 0, 1));
    expect(withSystemZone('UTC', () => january.getTimezoneOffset())).toBe(0);
    expect(withSystemZone('Pacific/Auckland', () => january.getTimezoneOffset())).toBe(-780);

    const baseline = withSystemZone('UTC', snapshot);
    for (const tz of ['America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Europe/London', 'America/New_York']) {
      expect(withSystemZone(tz, snapshot)).toEqual(baseline);
    }
  });
});
