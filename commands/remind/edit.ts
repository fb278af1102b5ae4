import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { badInput } from '../../src/core/errors.js';
import { actions, ephemeral, text } from '../../src/core/reply-builders.js';
import { rememberUndo, reminderBefore, undoButton } from '../shared/undoable-change.js';
import type { Reply } from '../../src/core/reply.js';
import { splitWhatAndWhen } from '../../src/domain/reminders/when.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { deliveryTime, localTime, studentTime } from '../shared/student-time.js';
import { userText } from '../../src/core/user-text.js';

/** The kind of reminder a student wrote themselves; the others' wording comes from the journal. */
const OWN_REMINDER = 'custom';

/**
 * Changes a reminder's text, its time, or both, as typed after its number: `"email Priya"`
 * (text), `friday 3pm` (time), or `"email Priya" friday 3pm` (both). The change can
 * be undone.
 */
export async function editReminder(ctx: CommandContext, reminder: StoredReminder, typed: string): Promise<Reply> {
  const time = await studentTime(ctx);
  const now = ctx.clock.now();
  const split = splitWhatAndWhen(typed, now, time.zone);
  const newTime = split.whenText === '' ? undefined : split.when;
  if (newTime !== undefined && !newTime.ok)
    throw badInput(
      newTime.message,
      'Give the new text in quotes, then the new time.',
      commandRef('remind', 'edit', { number: reminder.number, change: `"${reminder.title}" friday 3pm` }),
    );
  const newText = split.what === '' ? undefined : split.what;
  if (newText !== undefined && reminder.kind !== OWN_REMINDER) {
    throw badInput(
      `Reminder #${reminder.number} is a nudge about your journal, so its wording follows your contact.`,
      `Change its time only, or the contact with ${commandRef('log', 'edit')}.`,
      commandRef('remind', 'edit', { number: reminder.number, change: 'friday 3pm' }),
    );
  }
  const mine = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  if (newText !== undefined) await ctx.services.reminders.retitle(mine, reminder.id, newText, { ...reminder.details, text: newText }, now);
  const dueAt = newTime?.ok === true ? deliveryTime(newTime.at, time) : reminder.dueAt;
  if (newTime !== undefined) await ctx.services.reminders.reschedule(mine, reminder.id, dueAt, now);
  await rememberUndo(ctx, `your change to reminder #${reminder.number}`, reminderBefore(reminder));
  return ephemeral(
    text(`✏️ Reminder #${reminder.number} is now: *${userText(newText ?? reminder.title)}*, ${localTime(dueAt, time, now)}.`),
    actions(undoButton()),
  );
}
