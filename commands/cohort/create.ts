import { commandRef, usageRef } from '../../src/core/command-ref.js';
import { channelToken } from '../../src/core/mention-token.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput } from '../../src/core/errors.js';
import { textOption } from '../../src/core/options.js';
import { actionRef, actions, bullets, button, context, ephemeral, heading, publicReply, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { DEFAULT_DIGEST, nextDigestTime, weekdayLabel } from '../../src/domain/cohorts/digest-time.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { localTime, studentTime } from '../shared/student-time.js';
import { MAX_COHORT_NAME } from './cohort-options.js';
import { COHORT, COHORT_ACTIONS } from './refs.js';
import { dayFlag, digestSchedule, timeFlag, timezoneFlag } from './schedule-options.js';
import { userText } from '../../src/core/user-text.js';

/** The public welcome posted in the cohort's channel, with its Join button. */
function welcomeReply(ctx: CommandContext, cohort: Cohort): Reply {
  return publicReply(
    heading(`👋 Welcome to the ${userText(cohort.name)} cohort`),
    text(
      `This channel is home to *${userText(cohort.name)}*: students here work through informational interviews together, with ${userText(ctx.actor.displayName)} as advisor.`,
    ),
    bullets([
      `Join with the button below or ${commandRef(COHORT, 'join')}; leave any time with ${commandRef(COHORT, 'leave')}.`,
      `Every ${weekdayLabel(cohort.digest.weekday)} at ${cohort.digest.time} (${cohort.digest.zone}) a digest here sums up the cohort's week: totals, milestones and a tip. It never names anyone who is behind.`,
      `See your own progress with ${commandRef(COHORT, 'me')}.`,
    ]),
    context(
      `Your notes stay private. Advisors see counts (contacts, interviews, thank-yous, practice) and only the interview summaries you choose to share with ${usageRef(COHORT, 'share')}.`,
    ),
    actions(button(`Join ${userText(cohort.name)}`, actionRef(COHORT, COHORT_ACTIONS.join, cohort.id), 'primary')),
  );
}

/** `/cohort create <name>`: binds a new cohort to this channel and posts its welcome. */
export const createSubcommand = defineSubcommand({
  description: 'Create a cohort in this channel and post a welcome with a Join button',
  examples: ['/cohort create fall', '/cohort create "Fall 2026" --day friday --time 15:00 --timezone America/Toronto'],
  role: 'advisor',
  options: {
    name: textOption({
      description: 'The cohort name, e.g. fall or "Nursing 2027"',
      positional: true,
      rest: true,
      maxLength: MAX_COHORT_NAME,
      example: 'fall',
    }),
    day: dayFlag,
    time: timeFlag,
    timezone: timezoneFlag,
  },
  run: async (ctx, args) => {
    if (ctx.conversation.isDirect)
      throw badInput('A cohort lives in a channel.', 'Type this in the channel the cohort will use.', commandRef(COHORT, 'create', { name: args.name }));
    const mine = await studentTime(ctx);
    const digest = digestSchedule(args, { ...DEFAULT_DIGEST, zone: mine.zone });
    const now = ctx.clock.now();
    const created = await ctx.services.cohorts.cohorts.create(
      ctx.actor.tenant,
      { name: args.name, channelId: ctx.conversation.channelId, createdBy: ctx.actor.userId, digest, nextDigestAt: nextDigestTime(digest, now) },
      now,
    );
    if (created === 'channel-taken') {
      const bound = await ctx.services.cohorts.cohorts.findByChannel(ctx.actor.tenant, ctx.conversation.channelId);
      throw new UserError(
        'conflict',
        `This channel already has a cohort${bound === undefined ? '' : `, ${bound.name}`}.`,
        'Create the new cohort in its own channel.',
      );
    }
    if (created === 'name-taken')
      throw new UserError(
        'conflict',
        `There is already a cohort named ${args.name}.`,
        'Pick another name.',
        commandRef(COHORT, 'create', { name: `${args.name} 2` }),
      );
    const time = { ...mine, zone: digest.zone };
    const sixWeeks = inZone(now, digest.zone).plus({ weeks: 6 }).toISODate() ?? '';
    return [
      welcomeReply(ctx, created),
      ephemeral(
        text(
          `✅ Created *${userText(created.name)}* in ${channelToken(ctx.conversation.channelId)}. The first digest comes ${localTime(nextDigestTime(digest, now), time, now)}.`,
        ),
        context(
          `Next: set a goal with \`${commandRef(COHORT, 'goal', { interviews: 3, by: sixWeeks })}\`, and add questions with \`${usageRef(COHORT, 'questions')}\`.`,
        ),
      ),
    ];
  },
});
