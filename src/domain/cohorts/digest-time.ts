/**
 * When a cohort's weekly digest is posted: a weekday and a time of day in the cohort's time
 * zone, kept on the wall clock across daylight-saving changes.
 *
 * @module
 */
import { requireClock } from '../reminders/clock-time.js';
import { atClockOnDay, inZone } from '../reminders/local-time.js';

/** The days of the week, Monday first (luxon's weekday numbers are the index plus one). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekly digest's day and time in a zone. */
export interface DigestSchedule {
  readonly weekday: Weekday;
  /** `HH:mm`, 24-hour. */
  readonly time: string;
  /** The cohort's IANA time zone. */
  readonly zone: string;
}

/** A day of the week as people write it, e.g. "Monday". */
export function weekdayLabel(day: Weekday): string {
  return day.charAt(0).toUpperCase() + day.slice(1);
}

/** The digest's default day and time: Monday morning starts the week with the numbers. */
export const DEFAULT_DIGEST: Pick<DigestSchedule, 'weekday' | 'time'> = { weekday: 'monday', time: '09:00' };

/**
 * The first digest time strictly after `after`: the schedule's weekday at its time in its zone.
 * On a spring-forward day a time in the gap moves forward by the gap (02:30 becomes 03:30); on a
 * fall-back day a time that happens twice is the first of the two.
 */
export function nextDigestTime(schedule: DigestSchedule, after: Date): Date {
  const clock = requireClock(schedule.time, 'digest time');
  const wanted = WEEKDAYS.indexOf(schedule.weekday) + 1;
  const today = inZone(after, schedule.zone).weekday;
  const ahead = (wanted - today + 7) % 7;
  for (const days of [ahead, ahead + 7]) {
    const candidate = atClockOnDay(after, schedule.zone, clock, days);
    if (candidate.getTime() > after.getTime()) return candidate;
  }
  throw new RangeError(`No digest time after ${after.toISOString()}`);
}
