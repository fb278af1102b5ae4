import { commandRef } from '../../src/core/command-ref.js';
import type { Replies } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { notFound } from '../../src/core/errors.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import type { QuestionPlan } from '../../src/domain/questions/plan-types.js';
import type { DeletedContactRecord } from '../../src/domain/journal/contact-repository.js';
import type { DeletedPlanRecord } from '../../src/domain/questions/saved-plan-repository.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { userText } from '../../src/core/user-text.js';
import { retitleNudges } from '../shared/journal-events.js';
import { UNDO_MINUTES, undoableChange, type UndoableChange } from '../shared/undoable-change.js';

/** Reverses the student's last change if it is recent and nothing changed it since; says what it did, or why it could not. */
export async function undoLast(ctx: CommandContext): Promise<Replies> {
  const mine = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  const since = new Date(ctx.clock.now().getTime() - UNDO_MINUTES * 60_000);
  const entry = await ctx.services.undo.take(mine, since);
  const change = entry === undefined ? undefined : undoableChange.safeParse(entry.change);
  if (entry === undefined || change?.success !== true) {
    throw notFound(
      `There is nothing to undo: I keep your last change for ${UNDO_MINUTES} minutes, and only once.`,
      `${commandRef('log', 'list')} and ${commandRef('remind', 'list')} show where things stand.`,
      commandRef('log', 'list'),
    );
  }
  const newer = await changedSince(ctx, mine, change.data, entry.createdAt);
  if (newer !== undefined) return ephemeral(text(`I left ${entry.description} as it is: ${newer}, and undoing it now would lose that.`));
  const outcome = await reverse(ctx, mine, change.data);
  return ephemeral(text(`↩️ Undone: ${entry.description}${outcome === undefined ? '' : ` (${outcome})`}.`));
}

/**
 * Why undoing `change` now would undo more than the student meant: what the change touched was
 * changed again after it (by the scheduler delivering a reminder, a time-zone move, a button on
 * a nudge), or is gone. Undefined when it is as the change left it.
 */
async function changedSince(ctx: CommandContext, mine: Recipient, change: UndoableChange, at: Date): Promise<string | undefined> {
  const { contacts, reminders, savedPlans } = ctx.services;
  switch (change.kind) {
    case 'contact-added':
    case 'contact-edited': {
      const contact = await contacts.findById(mine, change.contactId);
      if (contact === undefined) return 'that contact is no longer in your journal';
      return contact.updatedAt > at ? `${userText(contact.name)} changed after that` : undefined;
    }
    case 'reminder-set':
    case 'reminder-cancelled':
    case 'reminder-changed': {
      const reminder = await reminders.findById(mine, change.reminderId);
      if (reminder === undefined) return 'that reminder is gone';
      if (reminder.updatedAt <= at) return undefined;
      return reminder.status === 'pending'
        ? `reminder #${reminder.number} moved after that`
        : `reminder #${reminder.number} was delivered or settled after that`;
    }
    case 'plan-changed':
      return (await savedPlans.findById(mine, change.planId)) === undefined ? 'that plan is no longer saved' : undefined;
    case 'contact-deleted':
    case 'plan-deleted':
      return undefined;
  }
}

/** Reverses a change; a note to add when it could not come back exactly as it was. */
async function reverse(ctx: CommandContext, mine: Recipient, change: UndoableChange): Promise<string | undefined> {
  const now = ctx.clock.now();
  const { contacts, reminders } = ctx.services;
  switch (change.kind) {
    case 'contact-added':
      await contacts.delete(mine, change.contactId);
      return undefined;
    case 'contact-edited': {
      const { name, role, organization, foundVia, channel, subject, targetType } = change.before;
      await contacts.rename(mine, change.contactId, name, now);
      await contacts.update(
        mine,
        change.contactId,
        {
          role: role ?? undefined,
          organization: organization ?? undefined,
          foundVia: foundVia ?? undefined,
          channel: channel ?? undefined,
          subject: subject ?? undefined,
          targetType: targetType ?? undefined,
        },
        now,
      );
      await retitleNudges(ctx, mine, change.contactId, name);
      return undefined;
    }
    case 'reminder-set':
      await reminders.close(mine, change.reminderId, 'cancelled', now);
      return undefined;
    case 'reminder-cancelled':
      await reminders.restore(mine, change.reminderId, new Date(change.dueAt), now);
      return undefined;
    case 'plan-changed':
      await ctx.services.savedPlans.updateSaved(mine, change.planId, change.subject, JSON.parse(change.plan) as QuestionPlan);
      return undefined;
    case 'reminder-changed':
      await reminders.retitle(mine, change.reminderId, change.title, change.details, now);
      await reminders.reschedule(mine, change.reminderId, new Date(change.dueAt), now);
      return undefined;
    case 'contact-deleted': {
      const deleted = JSON.parse(change.deleted) as DeletedContactRecord;
      const restored = await contacts.restoreDeleted(mine, deleted);
      if (restored === undefined)
        throw notFound('I could not bring that contact back: it was not yours.', `${commandRef('log', 'list')} shows your journal.`, commandRef('log', 'list'));
      const note = 'with their notes, referrals and nudges';
      if (restored.name === change.name) return note;
      await retitleNudges(ctx, mine, deleted.contact.id, restored.name);
      return `${note}, as ${userText(restored.name)} since you have another ${userText(change.name)} now`;
    }
    case 'plan-deleted': {
      const deleted = JSON.parse(change.deleted) as DeletedPlanRecord;
      const number = await ctx.services.savedPlans.restoreSaved(mine, deleted);
      if (number === undefined)
        throw notFound(
          'I could not bring that plan back: it was not yours.',
          `${commandRef('questions', 'mine')} lists your saved plans.`,
          commandRef('questions', 'mine'),
        );
      return number === deleted.plan.number ? 'with all its questions' : `with all its questions, now as plan ${number}`;
    }
  }
}
