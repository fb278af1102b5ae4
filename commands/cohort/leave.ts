import { defineSubcommand } from '../../src/core/command.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import { memberCohort } from './cohort-lookup.js';
import { cohortWords } from './cohort-options.js';
import { userText } from '../../src/core/user-text.js';
import { cancelAssignmentNudges } from './assignment-nudges.js';

/** `/cohort leave [name]`: leaves a cohort, which ends everything shared with its advisors. */
export const leaveSubcommand = defineSubcommand({
  description: 'Leave a cohort; what you shared with its advisors is no longer shared',
  examples: ['/cohort leave', '/cohort leave fall'],
  options: { cohort: cohortWords },
  run: async (ctx, args) => {
    const cohort = await memberCohort(ctx, args.cohort);
    await ctx.services.cohorts.cohorts.leave(ctx.actor.tenant, cohort.id, ctx.actor.userId);
    for (const assignment of await ctx.services.cohorts.assignments.ofCohort(cohort.tenant, cohort.id, false))
      await cancelAssignmentNudges(ctx, cohort, assignment, [ctx.actor.userId]);
    return ephemeral(
      text(`👋 You left *${userText(cohort.name)}*. Its advisors no longer see your progress, your reflections, or anything you shared with them.`),
    );
  },
});
