import { commandRef } from '../../src/core/command-ref.js';
import type { Replies } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError } from '../../src/core/errors.js';
import type { ArgsOf } from '../../src/core/options.js';
import { actions } from '../../src/core/reply-builders.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import { retitleNudges } from '../shared/journal-events.js';
import { rememberUndo, undoButton, type ContactFields } from '../shared/undoable-change.js';
import { me, pressedContact } from './contact-lookup.js';
import { detailsFromOptions } from './contact-options.js';
import { journalShow } from './journal-views.js';
import { userText } from '../../src/core/user-text.js';
import type { editOptions } from './log-options.js';

/**
 * Changes a contact: a new name (pending nudges follow it), role, organisation and the other
 * details as separate fields, and whether keep-in-touch nudges continue; the change can be undone.
 */
export async function applyContactEdit(ctx: CommandContext, contact: Contact, args: ArgsOf<typeof editOptions>): Promise<Replies> {
  const now = ctx.clock.now();
  const renamed = args.contact !== undefined && args.contact !== contact.name ? args.contact : undefined;
  if (renamed !== undefined && !(await ctx.services.contacts.rename(me(ctx), contact.id, renamed, now))) {
    throw new UserError(
      'conflict',
      `You already have a contact named ${renamed}.`,
      'Pick another name, e.g. with their organization.',
      commandRef('log', 'edit', { contact: contact.name }),
    );
  }
  if (renamed !== undefined) await retitleNudges(ctx, me(ctx), contact.id, renamed);
  await ctx.services.contacts.update(me(ctx), contact.id, detailsFromOptions(args), now);
  if (args.keep === 'no') await stopKeepInTouch(ctx, contact);
  if (args.keep === 'yes') await ctx.services.contacts.update(me(ctx), contact.id, { keepInTouch: true }, now);
  // Kept last, so that nothing this edit wrote counts as a change made after it.
  await rememberUndo(ctx, `your changes to ${userText(contact.name)}`, { kind: 'contact-edited', contactId: contact.id, before: contactFields(contact) });
  const shown = await journalShow(ctx, await pressedContact(ctx, contact.id));
  return { ...shown, blocks: [...shown.blocks, actions(undoButton())] };
}

/** Turns off keep-in-touch nudges for a contact and cancels the ones pending. */
export async function stopKeepInTouch(ctx: CommandContext, contact: Contact): Promise<void> {
  const now = ctx.clock.now();
  await ctx.services.contacts.update(me(ctx), contact.id, { keepInTouch: false }, now);
  for (const reminder of await ctx.services.reminders.pendingForContact(me(ctx), contact.id)) {
    if (reminder.kind === 'keep-in-touch') await ctx.services.reminders.close(me(ctx), reminder.id, 'cancelled', now);
  }
}

/** A contact's editable fields as an undo restores them. */
function contactFields(contact: Contact): ContactFields {
  return {
    name: contact.name,
    role: contact.role ?? null,
    organization: contact.organization ?? null,
    foundVia: contact.foundVia ?? null,
    channel: contact.channel ?? null,
    subject: contact.subject ?? null,
    targetType: contact.targetType ?? null,
  };
}
