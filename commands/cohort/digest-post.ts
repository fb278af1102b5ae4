import type { Logger } from 'pino';
import { commandRef } from '../../src/core/command-ref.js';
import { bullets, context, heading, publicReply, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import type { Services } from '../../src/core/services.js';
import { weeklyDigest } from '../../src/domain/cohorts/digest.js';
import type { DigestPost } from '../../src/core/channel-messenger.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { cohortChart, dueMarkerOf } from './cohort-chart.js';
import { cohortNumbers } from './cohort-numbers.js';
import { COHORT } from './refs.js';
import { userText } from '../../src/core/user-text.js';

const WEEK_MS = 7 * 86_400_000;

/** Writes a cohort's weekly digest as of `now`: the channel message and its thread, from counts only, the chart first in the thread. */
export async function composeDigest(services: Services, cohort: Cohort, now: Date, logger: Logger): Promise<DigestPost> {
  const { members, activities } = await cohortNumbers(services, cohort, now);
  const celebrate = new Map(members.map((member) => [member.userId, member.celebrate]));
  const content = weeklyDigest({
    cohortName: userText(cohort.name),
    zone: cohort.digest.zone,
    members: activities.map((activity) => ({
      activity: { ...activity, displayName: userText(activity.displayName) },
      celebrate: celebrate.get(activity.userId) ?? false,
    })),
    ...(cohort.goal === undefined ? {} : { goal: cohort.goal }),
    since: new Date(now.getTime() - WEEK_MS),
    now,
    thankYouHours: services.settings.cadence.thankYouWithinHours,
    commands: { practice: commandRef('practice'), progress: commandRef(COHORT, 'me') },
  });
  const assignments = await services.cohorts.assignments.ofCohort(cohort.tenant, cohort.id, false);
  const chart = await cohortChart(cohort, activities, now, logger, dueMarkerOf(cohort, assignments, now));
  const chartReply: Reply =
    chart.image === undefined
      ? publicReply(context(chart.missing))
      : { ...publicReply(context('The funnel and interviews per week, for the whole cohort.')), images: [chart.image] };
  return {
    message: publicReply(heading(content.title), text(content.summary)),
    thread: [
      chartReply,
      ...content.thread.map((section) =>
        publicReply(text(`*${section.heading}*`), section.lines.length === 1 ? text(section.lines[0] ?? '') : bullets(section.lines)),
      ),
    ],
  };
}
