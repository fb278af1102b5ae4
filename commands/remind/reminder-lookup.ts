import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { badInput, notFound } from '../../src/core/errors.js';
import { actions, ephemeral, text } from '../../src/core/reply-builders.js';
import { rememberUndo, reminderBefore, undoButton } from '../shared/undoable-change.js';
import type { Reply, SelectOption } from '../../src/core/reply.js';
import { matchingOptions } from '../../src/core/suggest.js';
import { snoozedTime } from '../../src/domain/reminders/snooze.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { deliveryTime, localTime, studentTime } from '../shared/student-time.js';
import { userText } from '../../src/core/user-text.js';

/** The student's own reminder with this number; a clear error otherwise. */
export async function findReminder(ctx: CommandContext, number: number): Promise<StoredReminder> {
  const reminder = await ctx.services.reminders.findByNumber({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, number);
  if (reminder === undefined || !['pending', 'claimed', 'delivered'].includes(reminder.status)) {
    throw notFound(
      `You have no open reminder #${number}.`,
      `${commandRef('remind', 'list')} shows your reminders and their numbers.`,
      commandRef('remind', 'list'),
    );
  }
  return reminder;
}

/** The student's upcoming reminders whose number or title matches what they are typing: suggestions for a reminder number. */
export async function suggestReminders(ctx: CommandContext, typed: string): Promise<SelectOption[]> {
  const upcoming = await ctx.services.reminders.upcoming({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, 25);
  return matchingOptions(
    upcoming.map((reminder) => ({ label: `#${reminder.number} ${reminder.title}`, value: String(reminder.number) })),
    typed,
  );
}

/** Moves a reminder later, by a typed length ("2h", counted from when it is due) or to a typed time ("friday 3pm"), outside quiet hours. */
export async function snoozeReminder(ctx: CommandContext, reminder: StoredReminder, typed: string): Promise<Reply> {
  const time = await studentTime(ctx);
  const now = ctx.clock.now();
  const due = reminder.status === 'pending' ? reminder.dueAt : now;
  const snoozed = snoozedTime(typed, { now, due, zone: time.zone });
  if (!snoozed.ok)
    throw badInput(snoozed.message, 'Say how long to wait, or until when.', commandRef('remind', 'snooze', { number: reminder.number, duration: '2h' }));
  const until = deliveryTime(snoozed.at, time);
  await ctx.services.reminders.reschedule({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, reminder.id, until, now);
  await rememberUndo(ctx, `snoozing reminder #${reminder.number}`, reminderBefore(reminder));
  return ephemeral(text(`😴 Snoozed: *${userText(reminder.title)}* will come back ${localTime(until, time, now)}.`), actions(undoButton()));
}
