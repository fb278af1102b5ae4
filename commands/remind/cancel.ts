import type { CommandContext } from '../../src/core/context.js';
import { actions, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import { rememberUndo, undoButton } from '../shared/undoable-change.js';
import { findReminder } from './reminder-lookup.js';

/** `/remind cancel <number>`: cancels one of the student's reminders, with a button to undo it. */
export async function cancelReminder(ctx: CommandContext, number: number): Promise<Reply> {
  const reminder = await findReminder(ctx, number);
  await ctx.services.reminders.close({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, reminder.id, 'cancelled', ctx.clock.now());
  await rememberUndo(ctx, `cancelling reminder #${reminder.number}, ${userText(reminder.title)}`, {
    kind: 'reminder-cancelled',
    reminderId: reminder.id,
    dueAt: reminder.dueAt.toISOString(),
  });
  return ephemeral(text(`🗑️ Cancelled reminder #${reminder.number}: ${userText(reminder.title)}.`), actions(undoButton()));
}
