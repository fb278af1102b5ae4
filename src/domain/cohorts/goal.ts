/**
 * A cohort's goal (a number of interviews, optionally thank-yous and rehearsals, by a date)
 * and where a student stands against it.
 *
 * @module
 */
import { DateTime } from 'luxon';
import type { StudentStats } from './student-stats.js';

/** What a goal counts. */
export type GoalTarget = 'interviews' | 'thankYous' | 'rehearsals';

/** A cohort's goal. */
export interface CohortGoal {
  readonly interviews: number;
  readonly thankYous?: number;
  readonly rehearsals?: number;
  /** The last day, as `yyyy-MM-dd` in the cohort's time zone. */
  readonly by: string;
  /** When the goal was set: the pace runs from here to the end of the last day. */
  readonly setAt: Date;
}

/** A student's counts for each target. */
export type GoalCounts = Readonly<Record<GoalTarget, number>>;

/** Met; on pace; behind pace; or the date passed without meeting it. */
export type GoalState = 'met' | 'on-track' | 'behind' | 'missed';

/** Progress on one target. */
export interface GoalPart {
  readonly target: GoalTarget;
  readonly done: number;
  readonly needed: number;
}

/** Where a student stands against a goal. */
export interface GoalStatus {
  readonly state: GoalState;
  readonly parts: readonly GoalPart[];
  /** The end of the goal's last day. */
  readonly deadline: Date;
}

/** Words for each target, singular and plural. */
const TARGET_WORDS: Readonly<Record<GoalTarget, readonly [string, string]>> = {
  interviews: ['interview', 'interviews'],
  thankYous: ['thank-you', 'thank-yous'],
  rehearsals: ['rehearsal', 'rehearsals'],
};

/** Words for each state, as an advisor and the student read them. */
export const GOAL_STATE_WORDS: Readonly<Record<GoalState, string>> = {
  met: 'goal met',
  'on-track': 'on track',
  behind: 'behind pace',
  missed: 'date passed',
};

/** The targets a goal sets, with how many of each. */
function goalTargets(goal: CohortGoal): { readonly target: GoalTarget; readonly needed: number }[] {
  const targets: { target: GoalTarget; needed: number }[] = [{ target: 'interviews', needed: goal.interviews }];
  if (goal.thankYous !== undefined) targets.push({ target: 'thankYous', needed: goal.thankYous });
  if (goal.rehearsals !== undefined) targets.push({ target: 'rehearsals', needed: goal.rehearsals });
  return targets;
}

/** The end of the goal's last day in `zone`. */
function goalDeadline(goal: Pick<CohortGoal, 'by'>, zone: string): Date {
  return DateTime.fromISO(goal.by, { zone }).endOf('day').toJSDate();
}

/** A student's counts toward a goal, from their numbers. */
export function goalCounts(stats: StudentStats): GoalCounts {
  return { interviews: stats.funnel.interviews, thankYous: stats.funnel.thankYous, rehearsals: stats.practice.rehearsals };
}

/**
 * Where `counts` stand against `goal` at `now`. On track means every target is at least at
 * the share of the way from when the goal was set to its deadline, rounded down, so nobody is
 * "behind" on the first day.
 */
export function goalStatus(goal: CohortGoal, counts: GoalCounts, now: Date, zone: string): GoalStatus {
  const deadline = goalDeadline(goal, zone);
  const parts = goalTargets(goal).map(({ target, needed }) => ({ target, needed, done: counts[target] }));
  if (parts.every((part) => part.done >= part.needed)) return { state: 'met', parts, deadline };
  if (now.getTime() > deadline.getTime()) return { state: 'missed', parts, deadline };
  const span = deadline.getTime() - goal.setAt.getTime();
  const elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, (now.getTime() - goal.setAt.getTime()) / span));
  const onPace = parts.every((part) => part.done >= Math.floor(part.needed * elapsed));
  return { state: onPace ? 'on-track' : 'behind', parts, deadline };
}

/** "2 of 3 interviews" for one target. */
export function describePart(part: GoalPart): string {
  const [one, many] = TARGET_WORDS[part.target];
  return `${part.done} of ${part.needed} ${part.needed === 1 ? one : many}`;
}

/** The goal in words, e.g. "3 interviews and 2 thank-yous by Friday, December 18". */
export function describeGoal(goal: CohortGoal, zone: string): string {
  const targets = goalTargets(goal).map(({ target, needed }) => `${needed} ${TARGET_WORDS[target][needed === 1 ? 0 : 1]}`);
  const list = targets.length === 1 ? targets.join('') : `${targets.slice(0, -1).join(', ')} and ${targets[targets.length - 1] ?? ''}`;
  return `${list} by ${DateTime.fromISO(goal.by, { zone }).setLocale('en-US').toFormat('cccc, LLLL d, yyyy')}`;
}
