import { englishDates } from '../../src/domain/reminders/english-dates.js';
import { badInput } from '../../src/core/errors.js';

/**
 * When an interview was held: now when not given, otherwise a date or a phrase such as
 * "yesterday" or "2026-11-20" (in the past or today; an interview still ahead is "scheduled").
 */
export function interviewDate(text: string | undefined, now: Date): Date {
  if (text === undefined) return now;
  // chrono's English entry declares a Date, but gives null when it finds no date, as its main entry says.
  const parsed = englishDates().parseDate(text, now) as Date | null;
  if (parsed === null) throw badInput(`I could not read "${text}" as a date.`, 'Write a date or a day such as yesterday.', '/log interview "Dana Lee" --on yesterday --learned "..."');
  if (parsed.getTime() > now.getTime() + 60 * 60_000) {
    throw badInput(`"${text}" is still ahead.`, 'For an interview still to come, log it as scheduled.', '/log scheduled "Dana Lee" --when "next Tuesday 2pm"');
  }
  return parsed;
}
