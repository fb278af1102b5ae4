import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { badInput } from '../../src/core/errors.js';
import type { Referral } from '../../src/domain/journal/events.js';
import { stageAfterEvent } from '../../src/domain/journal/events.js';
import { checkMove, isContactStage } from '../../src/domain/journal/stages.js';
import { nudgesForEvent } from '../../src/domain/reminders/cadence.js';
import { nudgeMessage } from '../../src/domain/reminders/nudge-message.js';
import { isNudgeKind, shouldCancel } from '../../src/domain/reminders/nudges.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import type { Recipient, StoredReminder } from '../../src/domain/reminders/reminder-repository.js';
import { deliveryTime, studentTime, type StudentTime } from './student-time.js';
import { userText } from '../../src/core/user-text.js';

/** A journal event about one contact, before the contact's id and name are attached. */
export type ContactEvent =
  | { readonly type: 'request-sent' | 'reply-received' | 'thanked' | 'no-response' | 'keep-in-touch-done' }
  | { readonly type: 'scheduled'; readonly interviewAt: Date }
  | { readonly type: 'interviewed'; readonly referrals: readonly Referral[] }
  | { readonly type: 'declined'; readonly referrals?: readonly Referral[] };

/** Throws a clear message when the event would move the contact somewhere it cannot go. */
export function assertCanRecord(contact: Contact, event: ContactEvent): void {
  const stage = stageAfterEvent(event.type);
  if (stage === undefined || !isContactStage(contact.stage)) return;
  const check = checkMove(contact.stage, stage);
  if (!check.allowed)
    throw badInput(
      check.explanation,
      `${commandRef('log', 'show', { contact: contact.name })} shows where ${userText(contact.name)} stands.`,
      commandRef('log', 'show', { contact: contact.name }),
    );
}

/** What recording an event scheduled, and the student's time it was planned in. */
export interface RecordedEvent {
  readonly scheduled: readonly StoredReminder[];
  readonly time: StudentTime;
}

/**
 * Records an event: moves the contact to its stage, then brings the contact's nudges in line
 * with the cadence (cancelling those the event makes moot, scheduling the next ones outside
 * the student's quiet hours). Returns the nudges now scheduled, with the student's time they
 * were planned in; a caller that already read that time passes it.
 */
export async function recordEvent(ctx: CommandContext, contact: Contact, event: ContactEvent, known?: StudentTime): Promise<RecordedEvent> {
  assertCanRecord(contact, event);
  const recipient = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  const now = ctx.clock.now();
  // An event cannot be undone, so an undo must not reach past it to an earlier change.
  await ctx.services.undo.forget(recipient);
  const stage = stageAfterEvent(event.type);
  if (stage !== undefined) await ctx.services.contacts.moveTo(recipient, contact.id, stage, now);
  const time = known ?? (await studentTime(ctx));
  const plan = nudgesForEvent(
    { ...event, contactId: contact.id, contactName: contact.name, at: now },
    {
      now,
      zone: time.zone,
      settings: ctx.services.settings.cadence,
    },
  );
  for (const pending of await ctx.services.reminders.pendingForContact(recipient, contact.id)) {
    if (!isNudgeKind(pending.kind) || pending.dedupeKey === undefined) continue;
    if (shouldCancel({ kind: pending.kind, dedupeKey: pending.dedupeKey }, plan)) await ctx.services.reminders.close(recipient, pending.id, 'cancelled', now);
  }
  const keepInTouch = contact.keepInTouch;
  const scheduled: StoredReminder[] = [];
  for (const nudge of plan.schedule) {
    if (nudge.kind === 'keep-in-touch' && !keepInTouch) continue;
    const details = {
      contactName: contact.name,
      ...(nudge.referralName === undefined ? {} : { referralName: nudge.referralName }),
      ...(contact.subject === undefined ? {} : { subject: contact.subject }),
      ...(event.type === 'scheduled' ? { interviewAt: event.interviewAt.toISOString() } : {}),
    };
    const title = nudgeMessage(nudge, { command: commandRef, zone: time.zone, now }).title;
    scheduled.push(
      await ctx.services.reminders.schedule(
        { ...recipient, kind: nudge.kind, contactId: contact.id, title, details, dueAt: deliveryTime(nudge.dueAt, time), dedupeKey: nudge.dedupeKey },
        now,
      ),
    );
  }
  return { scheduled, time };
}

/** Marks a contact thanked (from a thank-you nudge's Done); a sentence saying so, or undefined if it could not be. */
export async function recordThanked(ctx: CommandContext, contactId: string): Promise<string | undefined> {
  const contact = await ctx.services.contacts.findById({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, contactId);
  if (contact === undefined || !isContactStage(contact.stage) || !checkMove(contact.stage, 'thanked').allowed) return undefined;
  await recordEvent(ctx, contact, { type: 'thanked' });
  return `I've marked ${userText(contact.name)} as thanked and will suggest keeping in touch in a few months.`;
}

/** Pending nudges about a contact carry its name in their title: they follow a rename. */
export async function retitleNudges(ctx: CommandContext, mine: Recipient, contactId: string, name: string): Promise<void> {
  for (const reminder of await ctx.services.reminders.pendingForContact(mine, contactId)) {
    const before = typeof reminder.details.contactName === 'string' ? reminder.details.contactName : undefined;
    if (before === undefined || before === name) continue;
    await ctx.services.reminders.retitle(
      mine,
      reminder.id,
      reminder.title.replaceAll(before, name),
      { ...reminder.details, contactName: name },
      ctx.clock.now(),
    );
  }
}
