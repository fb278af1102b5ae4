import { commandRef } from '../../src/core/command-ref.js';
import { channelToken } from '../../src/core/mention-token.js';
import { COHORT } from './refs.js';
import { defineSubcommand } from '../../src/core/command.js';
import { booleanOption } from '../../src/core/options.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import { nextDigestTime, weekdayLabel } from '../../src/domain/cohorts/digest-time.js';
import { localTime, studentTime } from '../shared/student-time.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { dayFlag, digestSchedule, timeFlag, timezoneFlag } from './schedule-options.js';
import { userText } from '../../src/core/user-text.js';

/** `/cohort digest --day friday --time 15:00`: when the weekly digest is posted, or `--off`. */
export const digestSubcommand = defineSubcommand({
  description: 'Advisors: set the weekly digest day, time and time zone, or turn it off',
  examples: ['/cohort digest --day friday --time 15:00', '/cohort digest --timezone America/Vancouver', '/cohort digest --off'],
  role: 'advisor',
  options: {
    day: dayFlag,
    time: timeFlag,
    timezone: timezoneFlag,
    off: booleanOption({ description: 'Stop posting digests (set a day or time to start again)' }),
    cohort: cohortFlag,
  },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    const schedule = digestSchedule(args, cohort.digest);
    const now = ctx.clock.now();
    const next = args.off ? undefined : nextDigestTime(schedule, now);
    await ctx.services.cohorts.cohorts.setDigest(ctx.actor.tenant, cohort.id, schedule, next);
    if (next === undefined)
      return ephemeral(
        text(
          `🔕 No more weekly digests in ${channelToken(cohort.channelId)}. To start them again, set a day or time: \`${commandRef(COHORT, 'digest', { day: 'friday', time: '15:00' })}\`.`,
        ),
      );
    const time = { ...(await studentTime(ctx)), zone: schedule.zone };
    return ephemeral(
      text(
        `📣 The *${userText(cohort.name)}* digest is posted in ${channelToken(cohort.channelId)} every ${weekdayLabel(schedule.weekday)} at ${schedule.time} (${schedule.zone}). Next: ${localTime(next, time, now)}.`,
      ),
    );
  },
});
