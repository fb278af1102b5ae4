import { defineCommand, type Replies } from '../src/core/command.js';
import type { CommandContext } from '../src/core/context.js';
import { notFound } from '../src/core/errors.js';
import { ephemeral, text } from '../src/core/reply-builders.js';
import type { QuestionPlan } from '../src/domain/questions/plan-types.js';
import type { Recipient } from '../src/storage/reminder-repository.js';
import { retitleNudges } from './shared/journal-events.js';
import { UNDO_COMMAND, UNDO_MINUTES, undoableChange, type UndoableChange } from './shared/undo.js';

/** `/undo`: reverses the student's last change (a contact added or edited, a reminder set, changed or cancelled) within a few minutes. */
export const undoCommand = defineCommand({
  name: UNDO_COMMAND,
  description: 'Undo your last change: a contact added or edited, a reminder or saved plan changed',
  examples: ['/undo'],
  options: {},
  run: (ctx) => undoLast(ctx),
  actions: { last: { run: (ctx) => undoLast(ctx) } },
});

async function undoLast(ctx: CommandContext): Promise<Replies> {
  const mine = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  const since = new Date(ctx.clock.now().getTime() - UNDO_MINUTES * 60_000);
  const entry = await ctx.services.undo.take(mine, since);
  const change = entry === undefined ? undefined : undoableChange.safeParse(entry.change);
  if (entry === undefined || change?.success !== true) {
    throw notFound(`There is nothing to undo: I keep your last change for ${UNDO_MINUTES} minutes, and only once.`, `${ctx.slash('log')} list and ${ctx.slash('remind')} list show where things stand.`, '/log list');
  }
  await reverse(ctx, mine, change.data);
  return ephemeral(text(`↩️ Undone: ${entry.description}.`));
}

async function reverse(ctx: CommandContext, mine: Recipient, change: UndoableChange): Promise<void> {
  const now = ctx.clock.now();
  const { contacts, reminders } = ctx.services;
  switch (change.kind) {
    case 'contact-added':
      return contacts.delete(mine, change.contactId);
    case 'contact-edited': {
      const { name, role, organization, foundVia, channel, subject, targetType } = change.before;
      await contacts.rename(mine, change.contactId, name, now);
      await contacts.update(mine, change.contactId, { role: role ?? undefined, organization: organization ?? undefined, foundVia: foundVia ?? undefined, channel: channel ?? undefined, subject: subject ?? undefined, targetType: targetType ?? undefined }, now);
      await retitleNudges(ctx, mine, change.contactId, name);
      return;
    }
    case 'reminder-set':
      await reminders.close(mine, change.reminderId, 'cancelled', now);
      return;
    case 'reminder-cancelled':
      await reminders.restore(mine, change.reminderId, new Date(change.dueAt), now);
      return;
    case 'plan-changed':
      await ctx.services.savedPlans.updateSaved(mine, change.planId, change.subject, JSON.parse(change.plan) as QuestionPlan);
      return;
    case 'reminder-changed':
      await reminders.retitle(mine, change.reminderId, change.title, change.details, now);
      await reminders.reschedule(mine, change.reminderId, new Date(change.dueAt), now);
      return;
  }
}
