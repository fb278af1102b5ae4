import { commandRef } from '../../src/core/command-ref.js';
import type { Action, ActionInput } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { actionRef, actions, button, context, ephemeral, formReply, text } from '../../src/core/reply-builders.js';
import { draftThankYou } from '../../src/domain/journal/thank-you-draft.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import { recordEvent } from '../shared/journal-events.js';
import { applyContactEdit, stopKeepInTouch } from './contact-edit.js';
import { formArguments } from '../shared/form-values.js';
import { me, pressedContact } from './contact-lookup.js';
import { addContact, logInterview, logScheduled } from './journal-handlers.js';
import { journalList, journalShow } from './journal-views.js';
import { isContactStage } from '../../src/domain/journal/stages.js';
import { addContactForm, editContactForm } from './log-forms.js';
import { addOptions, editOptions, interviewOptions, scheduledOptions } from './log-options.js';
import { userText } from '../../src/core/user-text.js';
import { atomic } from '../shared/atomic.js';
import { UNDO_MINUTES, rememberUndo, undoButton } from '../shared/undoable-change.js';

/** A thank-you draft for the student to edit, built from what they logged. */
async function draftReply(ctx: CommandContext, contact: Contact, format: 'email' | 'card') {
  const interviews = await ctx.services.contacts.interviews(me(ctx), contact.id);
  const latest = interviews[interviews.length - 1];
  const referrals = (await ctx.services.contacts.list(me(ctx))).filter((candidate) => candidate.referredBy === contact.id);
  const draft = draftThankYou({
    contactName: contact.name,
    studentName: ctx.actor.displayName,
    format,
    referrals: referrals.map((referral) => ({ name: referral.name })),
    ...(latest?.learned === undefined ? {} : { learned: latest.learned }),
    ...(latest?.advice === undefined ? {} : { advice: latest.advice }),
    ...(latest?.nextSteps === undefined ? {} : { nextSteps: latest.nextSteps }),
    ...(contact.subject === undefined ? {} : { subject: contact.subject }),
  });
  const other = format === 'email' ? 'card' : 'email';
  return ephemeral(
    text(
      `✉️ ${format === 'email' ? 'An email' : 'A card'} draft for *${userText(contact.name)}*. Make it yours before you send it: Rapport never sends anything for you.`,
    ),
    ...(draft.subject === undefined ? [] : [text(`Subject: ${userText(draft.subject)}`)]),
    text(userText(draft.body)),
    context(`Once it is sent: ${commandRef('log', 'thanked', { contact: contact.name })}.`),
    actions(button(format === 'email' ? 'Card version' : 'Email version', actionRef('log', `draft-${other}`, contact.id))),
  );
}

/** Asks before deleting a contact: nothing is deleted until the student confirms. */
export function confirmDelete(contact: Contact) {
  return ephemeral(
    text(`Delete *${userText(contact.name)}* with all their notes and reminders? You can undo it for ${UNDO_MINUTES} minutes.`),
    actions(
      button(`Yes, delete ${userText(contact.name)}`, actionRef('log', 'delete-confirm', contact.id), 'danger'),
      button('Keep', actionRef('log', 'keep', contact.id)),
    ),
  );
}

/** The buttons and forms of `/log`. */
export const logActions: Readonly<Record<string, Action>> = {
  'add-form': { run: () => formReply(addContactForm()) },
  'add-submit': {
    run: atomic((ctx, input: ActionInput) =>
      addContact(ctx, formArguments(input.values, addOptions, { command: 'log', subcommand: 'add', args: { contact: 'Dana Lee' } })),
    ),
  },
  'interview-submit': {
    run: atomic((ctx, input: ActionInput) =>
      logInterview(
        ctx,
        formArguments(input.values, interviewOptions, { command: 'log', subcommand: 'interview', args: { contact: 'Dana Lee', learned: 'what you learned' } }),
      ),
    ),
  },
  'scheduled-submit': {
    run: atomic((ctx, input: ActionInput) =>
      logScheduled(
        ctx,
        formArguments(input.values, scheduledOptions, { command: 'log', subcommand: 'scheduled', args: { contact: 'Dana Lee', when: 'next Tuesday 2pm' } }),
      ),
    ),
  },
  show: { run: async (ctx, input) => journalShow(ctx, await pressedContact(ctx, input.payload)) },
  'list-page': {
    run: (ctx, input) => {
      const [stage = '', page = '1'] = (input.payload ?? '').split('.');
      return journalList(ctx, { stage: isContactStage(stage) ? stage : undefined, page: Number(page) || 1 });
    },
  },
  'edit-form': { run: async (ctx, input) => formReply(editContactForm(await pressedContact(ctx, input.payload))) },
  'edit-submit': {
    run: async (ctx, input) => {
      const contact = await pressedContact(ctx, input.payload);
      return applyContactEdit(ctx, contact, formArguments(input.values, editOptions, { command: 'log', subcommand: 'edit', args: { contact: contact.name } }));
    },
  },
  draft: { run: async (ctx, input) => draftReply(ctx, await pressedContact(ctx, input.payload), 'email') },
  'draft-email': { run: async (ctx, input) => draftReply(ctx, await pressedContact(ctx, input.payload), 'email') },
  'draft-card': { run: async (ctx, input) => draftReply(ctx, await pressedContact(ctx, input.payload), 'card') },
  delete: { run: async (ctx, input) => confirmDelete(await pressedContact(ctx, input.payload)) },
  'delete-confirm': {
    run: async (ctx, input) => {
      const contact = await pressedContact(ctx, input.payload);
      const deleted = await ctx.services.contacts.deleteRestorably(me(ctx), contact.id);
      if (deleted !== undefined)
        await rememberUndo(ctx, `deleting ${userText(contact.name)}`, { kind: 'contact-deleted', name: contact.name, deleted: JSON.stringify(deleted) });
      return ephemeral(text(`🗑️ Deleted ${userText(contact.name)} from your journal.`), actions(undoButton()));
    },
  },
  keep: { run: () => ephemeral(text('Okay, nothing was deleted.')) },
  'no-response': {
    run: async (ctx, input) => {
      const contact = await pressedContact(ctx, input.payload);
      await recordEvent(ctx, contact, { type: 'no-response' });
      return ephemeral(text(`Marked ${userText(contact.name)} as no response. If they write back, log it and carry on.`));
    },
  },
  'stop-keep-in-touch': {
    run: async (ctx, input) => {
      const contact = await pressedContact(ctx, input.payload);
      await stopKeepInTouch(ctx, contact);
      return ephemeral(
        text(
          `Okay, no more keep-in-touch nudges about ${userText(contact.name)}. Turn them back on with ${commandRef('log', 'edit', { contact: contact.name, keep: 'yes' })}.`,
        ),
      );
    },
  },
};
