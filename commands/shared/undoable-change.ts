import * as z from 'zod';
import type { CommandContext } from '../../src/core/context.js';
import { actionRef, button } from '../../src/core/reply-builders.js';
import type { Button } from '../../src/core/reply.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';

/** How long a change can be undone: long enough to notice a slip, short enough not to surprise. */
export const UNDO_MINUTES = 15;

/** The name of the undo command, whose `last` action the Undo button runs. */
export const UNDO_COMMAND = 'undo';

const contactFields = z.object({
  name: z.string(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  foundVia: z.string().nullable(),
  channel: z.string().nullable(),
  subject: z.string().nullable(),
  targetType: z.string().nullable(),
});

/** What undoing a change does, stored beside it; each kind is written by the command that made the change. */
export const undoableChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contact-added'), contactId: z.string() }),
  z.object({ kind: z.literal('contact-edited'), contactId: z.string(), before: contactFields }),
  z.object({ kind: z.literal('reminder-set'), reminderId: z.string() }),
  z.object({ kind: z.literal('reminder-cancelled'), reminderId: z.string(), dueAt: z.string() }),
  z.object({ kind: z.literal('plan-changed'), planId: z.string(), subject: z.string(), plan: z.string() }),
  z.object({ kind: z.literal('reminder-changed'), reminderId: z.string(), title: z.string(), details: z.record(z.string(), z.unknown()), dueAt: z.string() }),
  /** `deleted`: the rows the delete took, as JSON (see `restorable-deletes.ts`). */
  z.object({ kind: z.literal('contact-deleted'), name: z.string(), deleted: z.string() }),
  z.object({ kind: z.literal('plan-deleted'), deleted: z.string() }),
]);

/** One change that can be undone. */
export type UndoableChange = z.infer<typeof undoableChange>;

/** A contact's editable fields as an undo keeps them (absent ones as null, so undoing clears what an edit added). */
export type ContactFields = z.infer<typeof contactFields>;

/** Keeps `change` as the student's last change, so `/undo` or the Undo button can reverse it. */
export async function rememberUndo(ctx: CommandContext, description: string, change: UndoableChange): Promise<void> {
  await ctx.services.undo.remember({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, description, change, ctx.clock.now());
}

/** How to put a reminder back as it is now, before a change to its text or time. */
export function reminderBefore(reminder: StoredReminder): UndoableChange {
  return { kind: 'reminder-changed', reminderId: reminder.id, title: reminder.title, details: { ...reminder.details }, dueAt: reminder.dueAt.toISOString() };
}

/** The Undo button shown beside a change. */
export function undoButton(): Button {
  return button('Undo', actionRef(UNDO_COMMAND, 'last'));
}
