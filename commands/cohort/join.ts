import { commandRef, usageRef } from '../../src/core/command-ref.js';
import type { Action } from '../../src/core/command.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { notFound } from '../../src/core/errors.js';
import { context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { describeGoal } from '../../src/domain/cohorts/goal.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { findCohort } from './cohort-lookup.js';
import { cohortWords } from './cohort-options.js';
import { COHORT } from './refs.js';
import { userText } from '../../src/core/user-text.js';
import { planAssignmentNudges } from './assignment-nudges.js';
import { dueWords } from './assignment-standing.js';

/** Adds the person to the cohort and says what membership means. */
async function join(ctx: CommandContext, cohort: Cohort): Promise<Reply> {
  const joined = await ctx.services.cohorts.cohorts.join(ctx.actor.tenant, cohort.id, ctx.actor.userId, ctx.clock.now());
  if (!joined) return ephemeral(text(`You are already in *${userText(cohort.name)}*. See your progress with ${commandRef(COHORT, 'me')}.`));
  const assignments = await ctx.services.cohorts.assignments.ofCohort(cohort.tenant, cohort.id, false);
  for (const assignment of assignments) await planAssignmentNudges(ctx, cohort, assignment, [ctx.actor.userId]);
  return ephemeral(
    text(`🎓 Welcome to *${userText(cohort.name)}*!${cohort.goal === undefined ? '' : ` The goal: ${describeGoal(cohort.goal, cohort.digest.zone)}.`}`),
    text(
      `Your notes stay private. Advisors see your counts (contacts by stage, interviews, thank-yous, practice scores) and only the interview summaries you share with ${usageRef(COHORT, 'share')}.`,
    ),
    ...(assignments.length === 0
      ? []
      : [
          text(
            `Assignments: ${assignments.map((assignment) => `*${userText(assignment.title)}* (due ${dueWords(assignment, cohort.digest.zone)})`).join(', ')}. Each interview you log for one gets a short reflection, which your advisors read.`,
          ),
        ]),
    context(
      `Want your milestones cheered by name in the weekly digest? ${commandRef(COHORT, 'celebrate', { setting: 'on' })}. Track your progress with ${commandRef(COHORT, 'me')}.`,
    ),
  );
}

/** `/cohort join [name]`: joins the cohort of this channel, or the one named. */
export const joinSubcommand = defineSubcommand({
  description: 'Join the cohort of this channel, or one by name',
  examples: ['/cohort join', '/cohort join fall'],
  options: { cohort: cohortWords },
  run: async (ctx, args) => join(ctx, await findCohort(ctx, args.cohort, 'workspace')),
});

/** The Join button on a cohort's welcome message. */
export const joinAction: Action = {
  run: async (ctx, input) => {
    const cohort = input.payload === undefined ? undefined : await ctx.services.cohorts.cohorts.findById(ctx.actor.tenant, input.payload);
    if (cohort === undefined) throw notFound('That cohort no longer exists.', `${commandRef(COHORT, 'list')} shows the cohorts of this workspace.`);
    return join(ctx, cohort);
  },
};
