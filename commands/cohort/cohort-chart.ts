import type { Logger } from 'pino';
import { cohortChartImage } from '../../src/charts/cohort-chart-image.js';
import { newErrorId } from '../../src/core/dispatcher.js';
import type { ImageAttachment } from '../../src/core/reply.js';
import type { StudentActivity } from '../../src/domain/cohorts/activity.js';
import type { DueMarker } from '../../src/domain/cohorts/chart-data.js';
import { addFunnels, studentFunnel } from '../../src/domain/cohorts/funnel.js';
import type { Assignment } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';

/**
 * The date a cohort's chart marks: the open assignment due next (not yet past at `now`),
 * otherwise the cohort goal's last day, when it has a goal.
 */
export function dueMarkerOf(cohort: Cohort, assignments: readonly Assignment[], now: Date): DueMarker | undefined {
  const next = assignments
    .filter((assignment) => assignment.closedAt === undefined && assignment.dueAt >= now)
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  if (next !== undefined) return { day: next.dueOn, what: next.title };
  return cohort.goal === undefined ? undefined : { day: cohort.goal.by, what: 'The cohort goal' };
}

/** The chart, or the line that says why the reply goes without it. */
export type CohortChart = { readonly image: ImageAttachment } | { readonly image?: undefined; readonly missing: string };

/**
 * The cohort's chart as of `now`, from counts only: the funnel, interviews per week and a due
 * date (`due`, from {@link dueMarkerOf}). A chart that cannot be drawn is logged with an error id
 * and replaced by a line saying so, so the report or digest it goes with still arrives whole.
 */
export async function cohortChart(
  cohort: Cohort,
  activities: readonly StudentActivity[],
  now: Date,
  logger: Logger,
  due: DueMarker | undefined,
): Promise<CohortChart> {
  try {
    const image = await cohortChartImage({
      // Drawn into the picture and said in plain alt text, never rendered as markup: the name as written.
      cohortName: cohort.name,
      zone: cohort.digest.zone,
      now,
      funnel: addFunnels(activities.map(studentFunnel)),
      interviewTimes: activities.flatMap((activity) => activity.interviews.map((interview) => interview.heldAt)),
      ...(due === undefined ? {} : { due }),
    });
    return { image };
  } catch (error) {
    const errorId = newErrorId();
    logger.error({ err: error, errorId, cohort: cohort.id }, 'cohort chart could not be drawn');
    return {
      missing: `The chart could not be drawn this time; every number here is complete. If it keeps happening, tell whoever runs Rapport (error id ${errorId}).`,
    };
  }
}
