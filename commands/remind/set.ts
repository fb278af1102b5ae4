import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { badInput } from '../../src/core/errors.js';
import { actions, context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import { splitWhatAndWhen } from '../../src/domain/reminders/when.js';
import { deliveryTime, localTime, studentTime } from '../shared/student-time.js';
import { rememberUndo, undoButton } from '../shared/undoable-change.js';

/**
 * `/remind <what> <when>`: schedules the student's own reminder, what first and then when; a time
 * inside their quiet hours arrives when they end, and the reply says so and how it read the text.
 */
export async function setReminder(ctx: CommandContext, typed: string): Promise<Reply> {
  const time = await studentTime(ctx);
  const now = ctx.clock.now();
  const split = splitWhatAndWhen(typed, now, time.zone);
  if (!split.when.ok)
    throw badInput(split.when.message, 'Write what comes first, then when.', commandRef('remind', undefined, { reminder: '"call back Sam" tomorrow 9am' }));
  if (split.what === '')
    throw badInput(
      'What should I remind you of?',
      'Write what comes first, then when.',
      commandRef('remind', undefined, { reminder: `"email Priya" ${split.whenText}` }),
    );
  const arrives = deliveryTime(split.when.at, time);
  const reminder = await ctx.services.reminders.schedule(
    { tenant: ctx.actor.tenant, userId: ctx.actor.userId, kind: 'custom', title: split.what, details: { text: split.what }, dueAt: arrives },
    now,
  );
  const quietNote =
    arrives.getTime() === split.when.at.getTime()
      ? []
      : [
          context(
            `You asked for ${localTime(split.when.at, time, now)}, which falls in your quiet hours (${time.quiet.start}–${time.quiet.end}), so it will arrive when they end. Change them with ${commandRef('remind', 'quiet')}.`,
          ),
        ];
  await rememberUndo(ctx, `reminder #${reminder.number}, ${userText(split.what)}`, { kind: 'reminder-set', reminderId: reminder.id });
  const reading = split.quoted
    ? []
    : [
        context(
          `I read “${userText(typed)}” as: *${userText(split.what)}*, ${localTime(arrives, time, now)}. Not right? Change it with \`${commandRef('remind', 'edit', { number: reminder.number, change: `"${split.what}" ${split.whenText}` })}\`.`,
        ),
      ];
  return ephemeral(
    text(`⏰ Got it. I'll remind you to *${userText(split.what)}* on ${localTime(arrives, time, now)}, by direct message.`),
    ...reading,
    ...quietNote,
    context(
      `Reminder #${reminder.number}. Cancel with ${commandRef('remind', 'cancel', { number: reminder.number })}; see all with ${commandRef('remind', 'list')}.`,
    ),
    actions(undoButton()),
  );
}
