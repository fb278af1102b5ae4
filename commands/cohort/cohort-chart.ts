import type { Logger } from 'pino';
import { cohortChartImage } from '../../src/charts/cohort-chart.js';
import type { ImageAttachment } from '../../src/core/reply.js';
import type { StudentActivity } from '../../src/domain/cohorts/activity.js';
import type { DueMarker } from '../../src/domain/cohorts/chart-data.js';
import { addFunnels, studentFunnel } from '../../src/domain/cohorts/funnel.js';
import type { Cohort } from '../../src/storage/cohort-repository.js';

/** The date the chart marks when none is given: the cohort goal's last day, when it has a goal. */
function goalMarker(cohort: Cohort): DueMarker | undefined {
  return cohort.goal === undefined ? undefined : { day: cohort.goal.by, what: 'The cohort goal' };
}

/**
 * The cohort's chart as of `now`, from counts only: the funnel, interviews per week and a due
 * date (`due`, e.g. an assignment's; otherwise the goal's). A chart that cannot be drawn is
 * logged and left out, so the report or digest it goes with still arrives.
 */
export async function cohortChart(cohort: Cohort, activities: readonly StudentActivity[], now: Date, logger: Logger, due: DueMarker | undefined = goalMarker(cohort)): Promise<ImageAttachment | undefined> {
  try {
    return await cohortChartImage({
      // Drawn into the picture and said in plain alt text, never rendered as markup: the name as written.
      cohortName: cohort.name,
      zone: cohort.digest.zone,
      now,
      funnel: addFunnels(activities.map(studentFunnel)),
      interviewTimes: activities.flatMap((activity) => activity.interviews.map((interview) => interview.heldAt)),
      ...(due === undefined ? {} : { due }),
    });
  } catch (error) {
    logger.error({ err: error, cohort: cohort.id }, 'cohort chart could not be drawn');
    return undefined;
  }
}
