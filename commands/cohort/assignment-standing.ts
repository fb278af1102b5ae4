import type { CommandContext } from '../../src/core/context.js';
import type { Services } from '../../src/core/services.js';
import type { StudentActivity } from '../../src/domain/cohorts/activity.js';
import { assignmentProgress, type AssignmentProgress } from '../../src/domain/cohorts/assignment-progress.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import type { Assignment, Reflection } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';

/** One assignment and where a student stands on it. */
export interface Standing {
  readonly assignment: Assignment;
  readonly progress: AssignmentProgress;
}

/** A due day as people read it, e.g. "Monday, February 15, 2027". */
export function dueWords(assignment: Assignment, zone: string): string {
  return inZone(assignment.dueAt, zone).setLocale('en-US').toFormat('cccc, LLLL d, yyyy');
}

/** A student's progress on one assignment, from when they held interviews and their reflections (any assignment's). */
export function progressOn(
  assignment: Assignment,
  cohort: Cohort,
  interviewTimes: readonly Date[],
  reflections: readonly Reflection[],
  now: Date,
): AssignmentProgress {
  const submitted = reflections.filter((reflection) => reflection.assignmentId === assignment.id).map((reflection) => reflection.submittedAt);
  return assignmentProgress(assignment, cohort.digest.zone, interviewTimes, submitted, now);
}

/** Each member's progress on one assignment, by user id, from the cohort's counts-only activity. */
export async function cohortProgress(
  services: Services,
  cohort: Cohort,
  assignment: Assignment,
  activities: readonly StudentActivity[],
  now: Date,
): Promise<Map<string, AssignmentProgress>> {
  const reflections = await services.cohorts.assignments.reflections(cohort.tenant, cohort.id);
  return new Map(
    activities.map((activity) => [
      activity.userId,
      progressOn(
        assignment,
        cohort,
        activity.interviews.map((interview) => interview.heldAt),
        reflections.filter((reflection) => reflection.userId === activity.userId),
        now,
      ),
    ]),
  );
}

/** A student's standing on the open assignments of one of their cohorts. */
export interface CohortStandings {
  readonly cohort: Cohort;
  readonly standings: readonly Standing[];
}

/** The student's standing on each assignment of each of their cohorts (open ones unless `includeClosed`), cohorts by name. */
export async function studentStandings(services: Services, student: Recipient, now: Date, includeClosed = false): Promise<CohortStandings[]> {
  const { assignments, cohorts } = services.cohorts;
  const mine = await cohorts.cohortsOf(student.tenant, student.userId);
  let times: Date[] | undefined;
  const result: CohortStandings[] = [];
  for (const cohort of mine) {
    const list = await assignments.ofCohort(cohort.tenant, cohort.id, includeClosed);
    if (list.length === 0) {
      result.push({ cohort, standings: [] });
      continue;
    }
    times ??= (await services.contacts.allInterviews(student)).map((interview) => interview.heldAt);
    const reflections = await assignments.reflections(cohort.tenant, cohort.id, student.userId);
    const interviewTimes = times;
    result.push({ cohort, standings: list.map((assignment) => ({ assignment, progress: progressOn(assignment, cohort, interviewTimes, reflections, now) })) });
  }
  return result;
}

/** The person's own standing on each open assignment of one cohort. */
export async function ownStandings(ctx: CommandContext, cohort: Cohort): Promise<readonly Standing[]> {
  const all = await studentStandings(ctx.services, { tenant: ctx.actor.tenant, userId: ctx.actor.userId }, ctx.clock.now());
  return all.find((entry) => entry.cohort.id === cohort.id)?.standings ?? [];
}
