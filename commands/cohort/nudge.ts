import { userToken } from '../../src/core/mention-token.js';
import { defineSubcommand } from '../../src/core/command.js';
import { integerOption } from '../../src/core/options.js';
import { context, ephemeral, text } from '../../src/core/reply-builders.js';
import { ADVISOR_NUDGE_KIND, type AdvisorNudgeDetails } from '../../src/domain/cohorts/advisor-nudge.js';
import { deliveryTime, timeOf } from '../shared/student-time.js';
import { recordAdvisorView } from './audit.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { userText } from '../../src/core/user-text.js';

const DAY_MS = 86_400_000;

/**
 * `/cohort nudge <days>`: a friendly check-in, signed by the advisor, to each member with no
 * activity for that many days, unless they muted advisors' nudges. Delivered by the reminder
 * scheduler, outside each student's quiet hours; at most one per cohort and day per student.
 */
export const nudgeSubcommand = defineSubcommand({
  description: 'Advisors: send a check-in to students with no activity for N days',
  examples: ['/cohort nudge 7', '/cohort nudge 14 --cohort fall'],
  role: 'advisor',
  options: {
    days: integerOption({
      description: 'Nudge students who have not used Rapport for this many days',
      positional: true,
      required: true,
      min: 1,
      max: 365,
      example: '7',
    }),
    cohort: cohortFlag,
  },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    const now = ctx.clock.now();
    const members = await ctx.services.cohorts.cohorts.members(cohort.tenant, cohort.id);
    const profiles = await ctx.services.users.findMany(
      cohort.tenant,
      members.map((member) => member.userId),
    );
    const cutoff = now.getTime() - args.days * DAY_MS;
    const quiet = members.filter((member) => (profiles.get(member.userId)?.lastActiveAt.getTime() ?? 0) <= cutoff);
    const reachable = quiet.filter((member) => !member.nudgesMuted);
    const details: AdvisorNudgeDetails = { advisorName: ctx.actor.displayName, cohortName: cohort.name, days: args.days };
    const day = now.toISOString().slice(0, 10);
    for (const member of reachable) {
      const profile = profiles.get(member.userId);
      await ctx.services.reminders.schedule(
        {
          tenant: cohort.tenant,
          userId: member.userId,
          kind: ADVISOR_NUDGE_KIND,
          title: `A note from ${details.advisorName}`,
          details: { ...details },
          dueAt: deliveryTime(now, timeOf(profile, ctx.services.settings.defaultTimezone)),
          dedupeKey: `${ADVISOR_NUDGE_KIND}:${cohort.id}:${day}`,
        },
        now,
      );
    }
    await recordAdvisorView(
      ctx,
      cohort,
      quiet.map((member) => member.userId),
      'last activity (check-in nudge)',
    );
    const names = reachable.map((member) => {
      const name = profiles.get(member.userId)?.displayName;
      return name === undefined ? userToken(member.userId) : userText(name);
    });
    const muted = quiet.length - reachable.length;
    if (quiet.length === 0) return ephemeral(text(`Everyone in *${userText(cohort.name)}* used Rapport in the last ${args.days} days: nobody to nudge.`));
    return ephemeral(
      text(names.length === 0 ? 'Nobody to nudge.' : `📨 Sending a check-in from you to ${names.join(', ')}, outside their quiet hours.`),
      ...(muted === 0 ? [] : [context(`${muted} quiet student${muted === 1 ? ' has' : 's have'} muted advisors' nudges.`)]),
    );
  },
});
