import { commandRef, usageRef } from '../../src/core/command-ref.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { Action } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { notFound } from '../../src/core/errors.js';
import { choiceOption } from '../../src/core/options.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { ADVISOR_NUDGE_KIND } from '../../src/domain/cohorts/advisor-nudge.js';
import type { MemberChoices } from '../../src/domain/cohorts/cohort-repository.js';
import { COHORT } from './refs.js';

const onOff = (description: string) => choiceOption(['on', 'off'] as const, { description, positional: true, example: 'on' });

/** Applies a choice to all the student's memberships; a clear error when they are in no cohort. */
async function setChoices(ctx: CommandContext, choices: MemberChoices): Promise<void> {
  if ((await ctx.services.cohorts.cohorts.setChoices(ctx.actor.tenant, ctx.actor.userId, choices)) > 0) return;
  throw notFound('You are not in a cohort yet.', `Join one with ${usageRef(COHORT, 'join')}.`, commandRef(COHORT, 'list'));
}

/** Turns advisors' nudges on or off in all the student's cohorts; muting also cancels those not yet delivered. */
async function setNudges(ctx: CommandContext, muted: boolean): Promise<Reply> {
  const me = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  if (muted) {
    const now = ctx.clock.now();
    for (const reminder of await ctx.services.reminders.upcoming(me, 100)) {
      if (reminder.kind === ADVISOR_NUDGE_KIND) await ctx.services.reminders.close(me, reminder.id, 'cancelled', now);
    }
  }
  await setChoices(ctx, { nudgesMuted: muted });
  if (!muted) return ephemeral(text(`🔔 Advisors' check-in nudges are on again. Mute them any time with ${commandRef(COHORT, 'nudges', { setting: 'off' })}.`));
  return ephemeral(
    text(`🔕 Advisors' check-in nudges are muted. Your own reminders still come. Turn them back on with ${commandRef(COHORT, 'nudges', { setting: 'on' })}.`),
  );
}

/** `/cohort nudges on|off`: whether advisors may send you check-in nudges. */
export const nudgesSubcommand = defineSubcommand({
  description: 'Mute or allow check-in nudges from your advisors',
  examples: ['/cohort nudges off', '/cohort nudges on'],
  options: { setting: onOff("on to allow advisors' nudges, off to mute them") },
  run: (ctx, args) => setNudges(ctx, args.setting === 'off'),
});

/** The "Mute advisor nudges" button on an advisor's nudge. */
export const muteNudgesAction: Action = { run: (ctx) => setNudges(ctx, true) };

/** `/cohort celebrate on|off`: whether the weekly digest may cheer your milestones by name. */
export const celebrateSubcommand = defineSubcommand({
  description: 'Let the weekly digest cheer your milestones by name, or not',
  examples: ['/cohort celebrate on', '/cohort celebrate off'],
  options: { setting: onOff('on to be named in milestones, off to be counted quietly') },
  run: async (ctx, args) => {
    const celebrate = args.setting === 'on';
    await setChoices(ctx, { celebrate });
    return ephemeral(
      text(
        celebrate
          ? '🎉 The weekly digest will cheer your milestones by name (first interview, goal met...). It never names anyone who is behind.'
          : '🤫 Your milestones will be counted in the weekly digest without your name.',
      ),
    );
  },
});
