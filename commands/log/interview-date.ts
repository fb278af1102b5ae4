import { commandRef } from '../../src/core/command-ref.js';
import { badInput } from '../../src/core/errors.js';
import { parseWhen } from '../../src/domain/reminders/when.js';

/** When an interview was held, and how the typed date was read (to show back), if one was typed. */
export interface HeldAt {
  readonly at: Date;
  readonly read?: string;
}

/**
 * When an interview was held: now when not given, otherwise a day or time read back from `now`
 * in the student's `zone` by the parser every typed time uses ("yesterday", "last Tuesday",
 * "on Monday" is the Monday just past, "Nov 20", "2026-11-20 3pm"). A time still ahead is
 * refused (an interview to come is "scheduled"), and so is a date that cannot exist.
 */
export function interviewDate(text: string | undefined, now: Date, zone: string): HeldAt {
  if (text === undefined) return { at: now };
  const when = parseWhen(text, now, zone, { direction: 'back' });
  if (when.ok) return { at: when.at, read: when.display };
  if (when.reason === 'ahead')
    throw badInput(
      when.message,
      'For an interview still to come, log it as scheduled.',
      commandRef('log', 'scheduled', { contact: 'Dana Lee', when: 'next Tuesday 2pm' }),
    );
  throw badInput(
    when.message,
    'Write the day you talked, such as yesterday, last Tuesday or 2026-11-20.',
    commandRef('log', 'interview', { contact: 'Dana Lee', on: 'yesterday', learned: 'what you learned' }),
  );
}
