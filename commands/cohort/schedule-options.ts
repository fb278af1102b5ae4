import { commandRef } from '../../src/core/command-ref.js';
import { badInput } from '../../src/core/errors.js';
import { choiceOption, textOption } from '../../src/core/options.js';
import { WEEKDAYS, type DigestSchedule, type Weekday } from '../../src/domain/cohorts/digest-time.js';
import { isClock } from '../../src/domain/reminders/clock-time.js';
import { resolveTimezone } from '../remind/timezone-lookup.js';

/** `--timezone`: the cohort's zone, for digests and goal dates. */
export const timezoneFlag = textOption({
  description: "The cohort's time zone for digests and goal dates",
  required: false,
  maxLength: 60,
  example: 'America/Toronto',
});

/** `--day`: the digest's day. */
export const dayFlag = choiceOption(WEEKDAYS, { description: 'The day the weekly digest is posted', required: false });

/** `--time`: the digest's time of day. */
export const timeFlag = textOption({ description: 'The time the weekly digest is posted, HH:mm', required: false, maxLength: 5, example: '09:00' });

/** A digest schedule from typed values, each falling back to `current`; a clear error for a bad time or zone. */
export function digestSchedule(
  given: { day?: Weekday | undefined; time?: string | undefined; timezone?: string | undefined },
  current: DigestSchedule,
): DigestSchedule {
  const time = given.time ?? current.time;
  if (!isClock(time))
    throw badInput(
      `"${time}" is not a time of day.`,
      'Write it as HH:mm on a 24-hour clock.',
      commandRef('cohort', 'digest', { day: 'monday', time: '09:00' }),
    );
  let zone = current.zone;
  if (given.timezone !== undefined) {
    const resolved = resolveTimezone(given.timezone);
    if (resolved === undefined)
      throw badInput(
        `I don't know the time zone "${given.timezone}".`,
        'Use an IANA name (Region/City) or a big city in that zone.',
        commandRef('cohort', 'digest', { day: 'monday', time: '09:00', timezone: 'America/Toronto' }),
      );
    zone = resolved;
  }
  return { weekday: given.day ?? current.weekday, time, zone };
}
