import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { impossibleDate } from '../../../src/domain/reminders/impossible-date.js';
import { snoozedTime } from '../../../src/domain/reminders/snooze.js';
import { parseTimeOfDay, parseWhen, splitWhatAndWhen } from '../../../src/domain/reminders/when.js';
import { local, wall, withSystemZone } from './time-helpers.js';

const TORONTO = 'America/Toronto';
// Monday 23 November 2026, 09:00 in Toronto.
const NOW = local('2026-11-23T09:00', TORONTO);

describe('impossible dates are refused with the reason', () => {
  it.each([
    ['call Dana on Feb 30 at 9am', '"Feb 30" is not a date: February has 28 days (29 in a leap year).'],
    ['April 31st', '"April 31st" is not a date: April has 30 days.'],
    ['the 32 of march', '"32 of march" is not a date: March has 31 days.'],
    ['2026-02-29 10:00', '"2026-02-29" is not a date: February 2026 has 28 days.'],
    ['2026-13-02', '"2026-13-02" is not a date: there is no month 13.'],
  ])('%s', (typed, reason) => {
    expect(impossibleDate(typed)).toBe(reason);
  });

  it.each(['Feb 28', 'feb 29', 'March 3 at 10:00', 'in 30 days', 'review chapter 31', 'Dec 3 at 10', '2028-02-29'])('lets %s through', (typed) => {
    expect(impossibleDate(typed)).toBeUndefined();
  });

  it('never reads the rest of an impossible date as another time', () => {
    const split = splitWhatAndWhen('call Dana on Feb 30 at 9am', NOW, TORONTO);
    expect(split.when).toMatchObject({ ok: false, reason: 'impossible' });
    expect(parseWhen('Feb 30', NOW, TORONTO)).toMatchObject({ ok: false, reason: 'impossible' });
  });
});

describe('a bare number stays with what, unless nothing else is a time', () => {
  it('keeps "lecture 11" and reads the time from "in 2 days"', () => {
    const split = splitWhatAndWhen('review lecture 11 in 2 days', NOW, TORONTO);
    expect(split).toMatchObject({ what: 'review lecture 11', whenText: 'in 2 days', quoted: false });
    expect(split.when.ok && wall(split.when.at, TORONTO)).toBe('2026-11-25T09:00');
  });

  it('still reads "at 5" and "5 pm" as times', () => {
    expect(splitWhatAndWhen('call Sam at 5', NOW, TORONTO).what).toBe('call Sam');
    expect(splitWhatAndWhen('call Sam tomorrow 5 pm', NOW, TORONTO).what).toBe('call Sam');
  });
});

describe('parseTimeOfDay: the same parser for quiet hours', () => {
  it.each([
    ['22:00', '22:00'],
    ['10pm', '22:00'],
    ['7:30am', '07:30'],
    ['noon', '12:00'],
    ['07:30', '07:30'],
  ])('reads %s', (typed, expected) => {
    const read = parseTimeOfDay(typed);
    expect(read.ok && `${String(read.clock.hour).padStart(2, '0')}:${String(read.clock.minute).padStart(2, '0')}`).toBe(expected);
  });

  it('asks morning or evening for a bare hour, and refuses a date', () => {
    expect(parseTimeOfDay('10')).toMatchObject({ ok: false, message: expect.stringContaining('10am or 10pm') as unknown });
    expect(parseTimeOfDay('friday 3pm')).toMatchObject({ ok: false });
    expect(parseTimeOfDay('late')).toMatchObject({ ok: false, message: expect.stringContaining('HH:mm') as unknown });
  });
});

describe('snoozedTime never moves a reminder earlier', () => {
  const nextTuesday = local('2026-12-01T09:00', TORONTO);

  it('counts a length from when the reminder is due, not from now', () => {
    const snoozed = snoozedTime('2h', { now: NOW, due: nextTuesday, zone: TORONTO });
    expect(snoozed.ok && wall(snoozed.at, TORONTO)).toBe('2026-12-01T11:00');
  });

  it('takes a typed time, and refuses one before the reminder is due', () => {
    const friday = snoozedTime('friday 3pm', { now: NOW, due: NOW, zone: TORONTO });
    expect(friday.ok && wall(friday.at, TORONTO)).toBe('2026-11-27T15:00');
    expect(snoozedTime('friday 3pm', { now: NOW, due: nextTuesday, zone: TORONTO })).toMatchObject({
      ok: false,
      message: expect.stringContaining('a snooze only moves a reminder later') as unknown,
    });
    expect(snoozedTime('tomorrow', { now: NOW, due: nextTuesday, zone: TORONTO }).ok).toBe(false);
  });

  it('holds for any typed length or time and any due time (property)', () => {
    const typed = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 400 }), fc.constantFrom('m', 'h', 'hours', 'days', 'weeks')).map(([amount, unit]) => `${amount} ${unit}`),
      fc.constantFrom('tomorrow', 'next week', 'friday 3pm', 'in 2 hours', 'Dec 3 at 10:00', 'tonight', 'monday', 'at 5'),
    );
    fc.assert(
      fc.property(typed, fc.integer({ min: -5 * 86_400_000, max: 30 * 86_400_000 }), (text, offset) => {
        const due = new Date(NOW.getTime() + offset);
        const snoozed = snoozedTime(text, { now: NOW, due, zone: TORONTO });
        return !snoozed.ok || snoozed.at.getTime() >= Math.max(NOW.getTime(), due.getTime());
      }),
    );
  });
});

describe('read back, for something that happened (an interview held)', () => {
  const back = (typed: string, now = NOW, zone = TORONTO) => parseWhen(typed, now, zone, { direction: 'back' });

  it.each([
    ['yesterday', '2026-11-22T09:00', 'Sunday, November 22'],
    ['last Tuesday', '2026-11-17T09:00', 'Tuesday, November 17'],
    ['on Friday', '2026-11-20T09:00', 'Friday, November 20'],
    ['friday 3pm', '2026-11-20T15:00', 'Friday, November 20 at 3:00 PM EST'],
    ['Nov 20', '2026-11-20T09:00', 'Friday, November 20'],
    ['Dec 3', '2025-12-03T09:00', 'Wednesday, December 3, 2025'],
    ['2026-11-20', '2026-11-20T09:00', 'Friday, November 20'],
    ['3 days ago', '2026-11-20T09:00', 'Friday, November 20'],
    ['at 3pm', '2026-11-22T15:00', 'Sunday, November 22 at 3:00 PM EST'],
  ])('reads %s as the one just past', (typed, expected, display) => {
    const read = back(typed);
    expect(read.ok && wall(read.at, TORONTO)).toBe(expected);
    expect(read.ok && read.display).toBe(display);
  });

  it('reads a weekday that is today as today, and a day alone today as now, never later', () => {
    const mondayNoon = local('2026-11-23T12:00', TORONTO);
    const monday = back('on Monday', local('2026-11-23T08:00', TORONTO));
    expect(monday.ok && wall(monday.at, TORONTO)).toBe('2026-11-23T08:00');
    expect(back('monday', mondayNoon)).toMatchObject({ ok: true, at: local('2026-11-23T09:00', TORONTO) });
  });

  it("reads in the student's zone, whatever the server's", () => {
    const lateInParis = new Date('2026-11-23T00:30:00Z'); // Monday 01:30 in Paris, still Sunday in Toronto.
    for (const server of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles']) {
      const paris = withSystemZone(server, () => back('yesterday', lateInParis, 'Europe/Paris'));
      expect(paris.ok && wall(paris.at, 'Europe/Paris')).toBe('2026-11-22T09:00');
      const toronto = withSystemZone(server, () => back('yesterday', lateInParis, TORONTO));
      expect(toronto.ok && wall(toronto.at, TORONTO)).toBe('2026-11-21T09:00');
    }
  });

  it('refuses a time still ahead, an impossible date and one long gone, each with the reason', () => {
    for (const typed of ['next Tuesday', 'tomorrow', 'in 2 days', 'today at 5pm'])
      expect(back(typed)).toMatchObject({ ok: false, reason: 'ahead', message: expect.stringContaining('is still ahead') as unknown });
    expect(back('Feb 30')).toMatchObject({ ok: false, reason: 'impossible', message: '"Feb 30" is not a date: February has 28 days (29 in a leap year).' });
    expect(back('2019-01-01')).toMatchObject({ ok: false, reason: 'too-far' });
  });

  it('shows back the part it could read of text that is not one date', () => {
    expect(back('monday after lunch-ish maybe')).toMatchObject({
      ok: false,
      reason: 'unparseable',
      message: expect.stringContaining('I could read only "monday" in it') as unknown,
    });
  });
});

describe('typed times never land before now without saying so (property)', () => {
  const pieces = {
    what: fc.constantFrom('call Dana', 'review lecture 11', 'email Priya', 'send 2 notes', 'prep for room 45', ''),
    day: fc.constantFrom(
      '',
      'today',
      'tomorrow',
      'tonight',
      'monday',
      'next friday',
      'last tuesday',
      'yesterday',
      'in 3 days',
      '2 days ago',
      'Feb 30',
      'Dec 3',
      'march 12',
      '2026-11-20',
      '2026-12-01',
      'this morning',
      'next week',
    ),
    time: fc.constantFrom('', 'at 5', '9am', '11', '23:59', '00:00', 'noon', 'at 8:30pm', '7', 'in 2 hours', 'in 90 minutes', '1 minute ago'),
    zone: fc.constantFrom('America/Toronto', 'Europe/Paris', 'Asia/Kolkata', 'Pacific/Auckland', 'America/St_Johns', 'UTC'),
  };

  it('splitWhatAndWhen and parseWhen either give a later time or refuse with a message', () => {
    fc.assert(
      fc.property(
        pieces.what,
        pieces.day,
        pieces.time,
        pieces.zone,
        fc.integer({ min: 0, max: 365 * 86_400_000 }),
        fc.string({ maxLength: 12 }),
        (what, day, time, zone, shift, noise) => {
          const now = new Date(NOW.getTime() + shift);
          const typed = [what, day, time].filter((part) => part !== '').join(' ');
          for (const text of [typed, `${typed} ${noise}`, `${noise} ${day}`]) {
            for (const result of [splitWhatAndWhen(text, now, zone).when, parseWhen(text, now, zone)]) {
              if (result.ok) expect(result.at.getTime(), text).toBeGreaterThan(now.getTime());
              else expect(result.message.length, text).toBeGreaterThan(10);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('read back (an interview held), they either give a time not after now or refuse with a message', () => {
    fc.assert(
      fc.property(
        pieces.day,
        pieces.time,
        pieces.zone,
        fc.integer({ min: 0, max: 365 * 86_400_000 }),
        fc.string({ maxLength: 12 }),
        (day, time, zone, shift, noise) => {
          const now = new Date(NOW.getTime() + shift);
          const typed = [day, time].filter((part) => part !== '').join(' ');
          for (const text of [typed, `${typed} ${noise}`, `${noise} ${day}`]) {
            const result = parseWhen(text, now, zone, { direction: 'back' });
            if (result.ok) expect(result.at.getTime(), text).toBeLessThanOrEqual(now.getTime());
            else expect(result.message.length, text).toBeGreaterThan(10);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
