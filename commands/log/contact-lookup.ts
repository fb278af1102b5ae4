import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, notFound } from '../../src/core/errors.js';
import type { SelectOption } from '../../src/core/reply.js';
import { closestMatch, matchingOptions } from '../../src/core/suggest.js';
import type { Contact, ContactDetails } from '../../src/domain/journal/contact-repository.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';

/** The student asking, as a repository recipient. */
export function me(ctx: CommandContext): Recipient {
  return { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
}

/** A name as a command takes it, quoted when it has a space or a quote (`"Zoë Martin"`), so a hint can be typed back as shown. */
export function quotedName(name: string): string {
  return /[\s"]/.test(name) ? `"${name.replaceAll('"', '\\"')}"` : name;
}

/** The student's contact with this name; a clear error with the nearest name otherwise. */
export async function findContact(ctx: CommandContext, name: string): Promise<Contact> {
  const contact = await ctx.services.contacts.findByName(me(ctx), name);
  if (contact !== undefined) return contact;
  const names = (await ctx.services.contacts.list(me(ctx))).map((candidate) => candidate.name);
  const guess = closestMatch(name, names);
  throw notFound(
    guess === undefined ? `There is no "${name}" in your journal.` : `There is no "${name}" in your journal: did you mean ${guess}?`,
    `${commandRef('log', 'list')} shows everyone you have logged.`,
    commandRef('log', 'show', { contact: guess ?? names[0] ?? 'Dana Lee' }),
  );
}

/** The student's contacts whose names match what they are typing: suggestions for a contact option. */
export async function suggestContacts(ctx: CommandContext, typed: string): Promise<SelectOption[]> {
  const contacts = await ctx.services.contacts.list(me(ctx));
  return matchingOptions(
    contacts.map((contact) => ({ label: contact.name, value: contact.name })),
    typed,
  );
}

/** A contact named by a button's payload, only if it belongs to whoever pressed it. */
export async function pressedContact(ctx: CommandContext, id: string | undefined): Promise<Contact> {
  const contact = id === undefined ? undefined : await ctx.services.contacts.findById(me(ctx), id);
  if (contact === undefined)
    throw new UserError('not-found', 'That contact is not in your journal any more.', `${commandRef('log', 'list')} shows your journal.`);
  return contact;
}

/**
 * The contact with this name, created in the first stage when new (a shortcut such as
 * `/log interview "Dana Lee"` may be the first the journal hears of them); details given are saved.
 * `check` runs on an existing contact before anything is written, so a refused event stores nothing.
 */
export async function findOrCreateContact(ctx: CommandContext, name: string, details: ContactDetails, check: (contact: Contact) => void): Promise<Contact> {
  const now = ctx.clock.now();
  const existing = await ctx.services.contacts.findByName(me(ctx), name);
  if (existing === undefined) return ctx.services.contacts.create(me(ctx), name, 'identified', details, now);
  check(existing);
  if (Object.keys(details).length === 0) return existing;
  await ctx.services.contacts.update(me(ctx), existing.id, details, now);
  return { ...existing, ...details };
}
