import { describe, expect, it } from 'vitest';
import { nextDigestTime, type DigestSchedule } from '../../../src/domain/cohorts/digest-time.js';

const TORONTO = 'America/Toronto';
const sunday9: DigestSchedule = { weekday: 'sunday', time: '09:00', zone: TORONTO };

/** Each next digest after the previous one, as UTC ISO strings. */
function series(schedule: DigestSchedule, from: string, count: number): string[] {
  const times: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < count; i++) {
    at = nextDigestTime(schedule, at);
    times.push(at.toISOString());
  }
  return times;
}

describe('nextDigestTime', () => {
  it('keeps 09:00 local across the spring-forward change (America/Toronto, 2027-03-14)', () => {
    expect(series(sunday9, '2027-03-01T00:00:00Z', 3)).toEqual(['2027-03-07T14:00:00.000Z', '2027-03-14T13:00:00.000Z', '2027-03-21T13:00:00.000Z']);
  });

  it('keeps 09:00 local across the fall-back change (America/Toronto, 2026-11-01)', () => {
    expect(series(sunday9, '2026-10-20T00:00:00Z', 3)).toEqual(['2026-10-25T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-08T14:00:00.000Z']);
  });

  it('moves a time inside the spring-forward gap forward by the gap (02:30 becomes 03:30 EDT)', () => {
    expect(nextDigestTime({ ...sunday9, time: '02:30' }, new Date('2027-03-13T12:00:00Z')).toISOString()).toBe('2027-03-14T07:30:00.000Z');
  });

  it('takes the first of a time that happens twice on the fall-back night, and posts once', () => {
    const schedule = { ...sunday9, time: '01:30' };
    const first = nextDigestTime(schedule, new Date('2026-10-31T12:00:00Z'));
    expect(first.toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(nextDigestTime(schedule, first).toISOString()).toBe('2026-11-08T06:30:00.000Z');
  });

  it('is today when the time is still ahead, next week when it has passed, and strictly after', () => {
    const monday = { weekday: 'monday', time: '09:00', zone: 'UTC' } as const;
    expect(nextDigestTime(monday, new Date('2026-11-23T08:59:00Z')).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(nextDigestTime(monday, new Date('2026-11-23T09:00:00Z')).toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(nextDigestTime(monday, new Date('2026-11-24T00:00:00Z')).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  it('reads the weekday in the cohort zone, not in UTC', () => {
    const tokyo = { weekday: 'monday', time: '08:00', zone: 'Asia/Tokyo' } as const;
    // Sunday 23:30 UTC is already Monday 08:30 in Tokyo: the next Monday 08:00 there is a week on.
    expect(nextDigestTime(tokyo, new Date('2026-11-22T23:30:00Z')).toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });
});
