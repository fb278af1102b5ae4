import { commandRef } from '../../src/core/command-ref.js';
import type { Action } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError } from '../../src/core/errors.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { recordThanked } from '../shared/journal-events.js';
import { snoozeReminder } from './reminder-lookup.js';
import { SNOOZE_CHOICES } from './nudge-reply.js';
import { LIST_PAGE_ACTION, reminderList } from './reminder-list.js';
import { SET_ZONE_ACTION, setTypedTimezone } from './timezone.js';
import { userText } from '../../src/core/user-text.js';

/** A reminder named by a button's payload, only if it belongs to whoever pressed it. */
async function pressedReminder(ctx: CommandContext, id: string | undefined): Promise<StoredReminder> {
  const reminder = id === undefined ? undefined : await ctx.services.reminders.findById({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, id);
  if (reminder === undefined)
    throw new UserError('not-found', 'That reminder is not yours or no longer exists.', `${commandRef('remind', 'list')} shows your reminders.`);
  return reminder;
}

function alreadySettled(reminder: StoredReminder): boolean {
  return !['pending', 'claimed', 'delivered'].includes(reminder.status);
}

/** The answer to a button on a nudge that was already done, dismissed or cancelled: where to see what is still open. */
function settledReply(number: number): Reply {
  return ephemeral(text(`Reminder #${number} is already settled: nothing more to do for it. ${commandRef('remind', 'list')} shows the reminders still open.`));
}

/** The buttons and menu on every nudge, and the pages of `/remind list`. */
export const reminderActions: Readonly<Record<string, Action>> = {
  [LIST_PAGE_ACTION]: { run: (ctx, input) => reminderList(ctx, Number(input.payload) || 1) },
  [SET_ZONE_ACTION]: { run: (ctx, input) => setTypedTimezone(ctx, input.payload ?? '') },
  done: {
    run: async (ctx, input) => {
      const reminder = await pressedReminder(ctx, input.payload);
      if (alreadySettled(reminder)) return settledReply(reminder.number);
      await ctx.services.reminders.close({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, reminder.id, 'done', ctx.clock.now());
      const thanked = reminder.kind === 'thank-you' && reminder.contactId !== undefined ? await recordThanked(ctx, reminder.contactId) : undefined;
      return ephemeral(text(`✅ Done: ${userText(reminder.title)}.${thanked === undefined ? '' : ` ${thanked}`}`));
    },
  },
  snooze: {
    run: async (ctx, input) => {
      const reminder = await pressedReminder(ctx, input.payload);
      const choice = SNOOZE_CHOICES.find((option) => option.value === input.selected) ?? SNOOZE_CHOICES[0];
      return snoozeReminder(ctx, reminder, choice.value);
    },
  },
  dismiss: {
    run: async (ctx, input) => {
      const reminder = await pressedReminder(ctx, input.payload);
      if (alreadySettled(reminder)) return settledReply(reminder.number);
      await ctx.services.reminders.close({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, reminder.id, 'dismissed', ctx.clock.now());
      return ephemeral(text(`👍 Okay, no more about: ${userText(reminder.title)}.`));
    },
  },
};
