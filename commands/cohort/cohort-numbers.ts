import type { Services } from '../../src/core/services.js';
import type { StudentActivity } from '../../src/domain/cohorts/activity.js';
import { goalCounts, goalStatus, type GoalState } from '../../src/domain/cohorts/goal.js';
import { studentStats, type StudentStats } from '../../src/domain/cohorts/student-stats.js';
import type { Cohort, CohortMember } from '../../src/domain/cohorts/cohort-repository.js';

/** A cohort's members with their counts-only activity and numbers, in the order they joined. */
export interface CohortNumbers {
  readonly members: readonly CohortMember[];
  readonly activities: readonly StudentActivity[];
  readonly stats: readonly StudentStats[];
}

/** Reads a cohort's members and computes their numbers as of `now`. */
export async function cohortNumbers(services: Services, cohort: Cohort, now: Date): Promise<CohortNumbers> {
  const members = await services.cohorts.cohorts.members(cohort.tenant, cohort.id);
  const activities = await services.cohorts.activity.activityOf(
    cohort.tenant,
    members.map((member) => member.userId),
  );
  const stats = activities.map((activity) => studentStats(activity, now, services.settings.cadence.thankYouWithinHours));
  return { members, activities, stats };
}

/** Where a student stands against the cohort's goal at `now`, when it has one. */
export function goalStateOf(cohort: Cohort, stats: StudentStats, now: Date): GoalState | undefined {
  return cohort.goal === undefined ? undefined : goalStatus(cohort.goal, goalCounts(stats), now, cohort.digest.zone).state;
}
