/**
 * Where a student stands on an assignment: the interviews held for it (between the day it was
 * set and its due date, in the cohort's zone), the reflections submitted, and which of those
 * came after the due date. Pure: the caller reads the facts.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { atClockOnDay, inZone } from '../reminders/local-time.js';

/** The most reflection prompts an assignment has. */
export const MAX_PROMPTS = 5;

/** The longest prompt, in characters. */
export const MAX_PROMPT = 300;

/** The longest answer to one prompt, in characters. */
export const MAX_ANSWER = 3000;

/** How many days before the due date a student who is behind gets their one reminder. */
export const REMIND_DAYS_BEFORE = 3;

/** The local time of day that reminder is meant for (then moved out of the student's quiet hours). */
const REMIND_AT = { hour: 10, minute: 0 } as const;

/** What progress is measured against. */
export interface AssignmentTerms {
  readonly interviews: number;
  readonly createdAt: Date;
  readonly dueAt: Date;
}

/** Done on time; done with some reflections late; still to do before the due date; or past it and not done. */
export type AssignmentState = 'done' | 'done-late' | 'in-progress' | 'overdue';

/** A student's progress on one assignment. */
export interface AssignmentProgress {
  /** Interviews held between the day it was set and the due date. */
  readonly interviews: number;
  readonly needed: number;
  readonly reflections: number;
  /** Reflections submitted after the due date. */
  readonly late: number;
  readonly state: AssignmentState;
}

/** The student's progress, from when their interviews were held and when each reflection was first submitted. */
export function assignmentProgress(
  terms: AssignmentTerms,
  zone: string,
  interviewTimes: readonly Date[],
  submittedTimes: readonly Date[],
  now: Date,
): AssignmentProgress {
  const from = inZone(terms.createdAt, zone).startOf('day').toMillis();
  const until = terms.dueAt.getTime();
  const interviews = interviewTimes.filter((at) => at.getTime() >= from && at.getTime() <= until).length;
  const late = submittedTimes.filter((at) => at.getTime() > until).length;
  const reflections = submittedTimes.length;
  const complete = interviews >= terms.interviews && reflections >= terms.interviews;
  const state: AssignmentState = complete ? (late === 0 ? 'done' : 'done-late') : now.getTime() > until ? 'overdue' : 'in-progress';
  return { interviews, needed: terms.interviews, reflections, late, state };
}

/** Whether the student has done what the assignment asks (on time or not). */
export function isComplete(progress: AssignmentProgress): boolean {
  return progress.state === 'done' || progress.state === 'done-late';
}

/** Words for each state, as the advisor's report shows them. */
export const ASSIGNMENT_STATE_WORDS: Readonly<Record<AssignmentState, string>> = {
  done: 'done on time',
  'done-late': 'done, partly late',
  'in-progress': 'in progress',
  overdue: 'not done by the due date',
};

/** "2 of 3 interviews · 2 of 3 reflections (1 late)". */
export function describeProgress(progress: AssignmentProgress): string {
  const plural = (count: number, word: string) => `${word}${count === 1 ? '' : 's'}`;
  const late = progress.late === 0 ? '' : ` (${progress.late} late)`;
  return `${progress.interviews} of ${progress.needed} ${plural(progress.needed, 'interview')} · ${progress.reflections} of ${progress.needed} ${plural(progress.needed, 'reflection')}${late}`;
}

/** The end of a due day (`yyyy-MM-dd`) in the cohort's zone: a reflection after it is late. */
export function endOfDueDay(dueOn: string, zone: string): Date {
  return DateTime.fromISO(dueOn, { zone }).endOf('day').toJSDate();
}

/** When a student who is behind is reminded: mid-morning in the cohort's zone, {@link REMIND_DAYS_BEFORE} days before the due day. */
export function reminderTime(dueAt: Date, zone: string): Date {
  return atClockOnDay(dueAt, zone, REMIND_AT, -REMIND_DAYS_BEFORE);
}
