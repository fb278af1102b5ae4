import { commandRef, usageRef } from '../../src/core/command-ref.js';
import type { Action } from '../../src/core/command.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import { GOAL_STATE_WORDS, describeGoal, describePart, goalCounts, goalStatus } from '../../src/domain/cohorts/goal.js';
import { practiceSummary, studentStats, thankYouShare } from '../../src/domain/cohorts/student-stats.js';
import { assignmentSummaryBlocks } from './assignment-summary.js';
import { COHORT } from './refs.js';
import { userText } from '../../src/core/user-text.js';

/** Gentler words for the student's own status than an advisor's report uses. */
const OWN_STATE_WORDS = { ...GOAL_STATE_WORDS, behind: 'a little behind pace: one step this week gets you back on track' } as const;

/** The student's own progress toward each of their cohorts' goals. */
async function progressReply(ctx: CommandContext): Promise<Reply> {
  const { cohorts, activity, shares } = ctx.services.cohorts;
  const me = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  const mine = await cohorts.cohortsOf(me.tenant, me.userId);
  if (mine.length === 0)
    return ephemeral(
      text(`You have not joined a cohort yet. ${commandRef(COHORT, 'list')} shows the cohorts here; join one with ${usageRef(COHORT, 'join')}.`),
    );
  const now = ctx.clock.now();
  const [own] = await activity.activityOf(me.tenant, [me.userId]);
  const stats = own === undefined ? undefined : studentStats(own, now, ctx.services.settings.cadence.thankYouWithinHours);
  const blocks: Block[] = [heading('Your progress')];
  if (stats !== undefined) {
    blocks.push(
      bullets([
        `Interviews held: ${stats.funnel.interviews}`,
        `Thank-yous sent within ${ctx.services.settings.cadence.thankYouWithinHours} hours: ${thankYouShare(stats.thankYous)}`,
        `Practice: ${practiceSummary(stats.practice)}`,
      ]),
    );
  }
  for (const cohort of mine) {
    const shared = await shares.countShared(me, cohort.id);
    const lines = [`Sharing with its advisors: ${shared === 0 ? 'nothing' : `${shared} interview summar${shared === 1 ? 'y' : 'ies'}`}`];
    if (cohort.goal !== undefined && stats !== undefined) {
      const status = goalStatus(cohort.goal, goalCounts(stats), now, cohort.digest.zone);
      lines.unshift(`Goal: ${describeGoal(cohort.goal, cohort.digest.zone)}`, `${status.parts.map(describePart).join(', ')}: ${OWN_STATE_WORDS[status.state]}`);
    } else lines.unshift('No goal set yet.');
    blocks.push(text(`*${userText(cohort.name)}*`), bullets(lines));
  }
  blocks.push(...(await assignmentSummaryBlocks(ctx.services, me, now)));
  blocks.push(
    context(
      `Only you see this. Share an interview summary with your advisors with ${usageRef(COHORT, 'share')}; see who viewed your data with ${commandRef('privacy', 'log')}.`,
    ),
  );
  return ephemeral(...blocks);
}

/** `/cohort me`: your own progress toward each goal and assignment. */
export const meSubcommand = defineSubcommand({
  description: "Your own progress toward your cohorts' goals and assignments",
  examples: ['/cohort me'],
  options: {},
  run: progressReply,
});

/** The "My progress" button on an advisor's nudge. */
export const progressAction: Action = { run: progressReply };
