import { commandRef } from '../../src/core/command-ref.js';
import type { Replies } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput } from '../../src/core/errors.js';
import type { ArgsOf } from '../../src/core/options.js';
import { actionRef, actions, bullets, button, context, ephemeral, formReply, text } from '../../src/core/reply-builders.js';
import type { Block } from '../../src/core/reply.js';
import { STAGE_LABELS, isContactStage } from '../../src/domain/journal/stages.js';
import { parseWhen } from '../../src/domain/reminders/when.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import { assertCanRecord, recordEvent, type ContactEvent, type RecordedEvent } from '../shared/journal-events.js';
import { localTime, studentTime } from '../shared/student-time.js';
import { findOrCreateContact, me } from './contact-lookup.js';
import { readPersonLine, type PersonLine } from '../../src/domain/journal/person-line.js';
import { rememberUndo, undoButton } from '../shared/undoable-change.js';
import { MAX_CONTACT_NAME, detailsFromOptions } from './contact-options.js';
import { interviewDate } from './interview-date.js';
import { addContactForm, interviewForm, scheduledForm } from './log-forms.js';
import { splitNames, type addOptions, type declinedOptions, type eventOptions, type interviewOptions, type scheduledOptions } from './log-options.js';
import { userText } from '../../src/core/user-text.js';
import { reflectionOffer } from './reflect.js';
import { settleOwnAssignmentNudges } from '../cohort/assignment-nudges.js';

function stageLabel(stage: string): string {
  return isContactStage(stage) ? STAGE_LABELS[stage] : stage;
}

/** What happens next: the nudges the event scheduled, in the student's time. */
function nextNudges(ctx: CommandContext, { scheduled, time }: RecordedEvent): Block[] {
  if (scheduled.length === 0) return [];
  const now = ctx.clock.now();
  return [
    text('I will nudge you by direct message:'),
    bullets(scheduled.map((reminder) => `${userText(reminder.title)}: ${localTime(reminder.dueAt, time, now)}`)),
  ];
}

function showButton(contact: Contact) {
  return button(`Show ${userText(contact.name)}`, actionRef('log', 'show', contact.id));
}

/** `/log add`: a new contact in the first stage, or the form when no name is given. */
export async function addContact(ctx: CommandContext, args: ArgsOf<typeof addOptions>): Promise<Replies> {
  if (args.contact === undefined) return formReply(addContactForm(), text('Tell me about the person you would like to learn from.'));
  const person = readPersonLine(args.contact);
  const existing = await ctx.services.contacts.findByName(me(ctx), person.name);
  if (existing !== undefined) {
    throw new UserError(
      'conflict',
      `${existing.name} is already in your journal (${stageLabel(existing.stage)}).`,
      `Change their details with ${commandRef('log', 'edit')}.`,
      commandRef('log', 'edit', { contact: existing.name }),
    );
  }
  const contact = await ctx.services.contacts.create(
    me(ctx),
    person.name,
    'identified',
    detailsFromOptions({ role: person.role, org: person.organization, ...definedOnly(args) }),
    ctx.clock.now(),
  );
  await rememberUndo(ctx, `added ${userText(contact.name)} to your journal`, { kind: 'contact-added', contactId: contact.id });
  return ephemeral(
    text(`📇 Added *${userText(contact.name)}*${describePerson(contact)} to your journal.`),
    context(`When you reach out, log it: \`${commandRef('log', 'request', { contact: contact.name })}\`. I will remind you to follow up if they do not reply.`),
    actions(showButton(contact), undoButton()),
  );
}

const EVENT_WORDS: Record<'request-sent' | 'thanked' | 'no-response', string> = {
  'request-sent': 'Request sent to',
  thanked: 'Thank-you sent to',
  'no-response': 'Marked as no response:',
};

/** `/log request`, `/log thanked`, `/log no-response`: one step for one contact. */
export async function logStep(ctx: CommandContext, args: ArgsOf<typeof eventOptions>, type: 'request-sent' | 'thanked' | 'no-response'): Promise<Replies> {
  const event: ContactEvent = { type };
  const contact = await findOrCreateContact(ctx, args.contact, detailsFromOptions(args), (found) => {
    assertCanRecord(found, event);
  });
  const recorded = await recordEvent(ctx, contact, event);
  return ephemeral(text(`✅ ${EVENT_WORDS[type]} *${userText(contact.name)}*.`), ...nextNudges(ctx, recorded), actions(showButton(contact)));
}

/** `/log scheduled`: an interview with a time; the form when the name or time is missing. */
export async function logScheduled(ctx: CommandContext, args: ArgsOf<typeof scheduledOptions>): Promise<Replies> {
  if (args.contact === undefined || args.when === undefined) return formReply(scheduledForm(args));
  const time = await studentTime(ctx);
  const when = parseWhen(args.when, ctx.clock.now(), time.zone);
  if (!when.ok) throw badInput(when.message, 'Say when the interview is.', commandRef('log', 'scheduled', { contact: args.contact, when: 'next Tuesday 2pm' }));
  const event: ContactEvent = { type: 'scheduled', interviewAt: when.at };
  const contact = await findOrCreateContact(ctx, args.contact, { interviewAt: when.at }, (found) => {
    assertCanRecord(found, event);
  });
  const recorded = await recordEvent(ctx, contact, event, time);
  const topic =
    contact.subject === undefined
      ? ''
      : ` Plan your questions with ${commandRef('questions', undefined, { kind: contact.targetType ?? 'occupation', subject: contact.subject })}.`;
  return ephemeral(text(`📅 Interview with *${userText(contact.name)}*: ${when.display}.${topic}`), ...nextNudges(ctx, recorded), actions(showButton(contact)));
}

/** `/log interview`: the notes after a conversation, its referrals as new contacts; the form when notes are missing. */
export async function logInterview(ctx: CommandContext, args: ArgsOf<typeof interviewOptions>): Promise<Replies> {
  if (args.contact === undefined || args.learned === undefined) {
    return formReply(interviewForm(args), text('Write your notes now, while the conversation is fresh.'));
  }
  const now = ctx.clock.now();
  const time = await studentTime(ctx);
  const held = interviewDate(args.on, now, time.zone);
  const referrals = referralsOf(args.referrals);
  const event: ContactEvent = { type: 'interviewed', referrals: referrals.map(({ name }) => ({ name })) };
  const contact = await findOrCreateContact(ctx, args.contact, {}, (found) => {
    assertCanRecord(found, event);
  });
  const interview = await ctx.services.contacts.addInterview(
    me(ctx),
    {
      contactId: contact.id,
      heldAt: held.at,
      learned: args.learned,
      ...(args.advice === undefined ? {} : { advice: args.advice }),
      ...(args.next === undefined ? {} : { nextSteps: args.next }),
    },
    now,
  );
  const added = await addReferrals(ctx, contact, referrals, args['may-use-name']);
  const recorded = await recordEvent(ctx, contact, event, time);
  await settleOwnAssignmentNudges(ctx);
  return ephemeral(
    text(`📝 Saved your notes from *${userText(contact.name)}*. Well done!`),
    ...(held.read === undefined || args.on === undefined ? [] : [context(`I read “${userText(args.on)}” as ${held.read}.`)]),
    ...(added.length === 0 ? [] : [text(`Added to your journal as referrals: ${added.map(userText).join(', ')}.`)]),
    ...nextNudges(ctx, recorded),
    actions(button('Draft thank-you note', actionRef('log', 'draft', contact.id), 'primary'), showButton(contact)),
    ...(await reflectionOffer(ctx, interview)),
  );
}

/** `/log declined`: a polite no, and anyone they suggested instead. */
export async function logDeclined(ctx: CommandContext, args: ArgsOf<typeof declinedOptions>): Promise<Replies> {
  const referrals = referralsOf(args.referrals);
  const event: ContactEvent = { type: 'declined', referrals: referrals.map(({ name }) => ({ name })) };
  const contact = await findOrCreateContact(ctx, args.contact, {}, (found) => {
    assertCanRecord(found, event);
  });
  const added = await addReferrals(ctx, contact, referrals, args['may-use-name']);
  const recorded = await recordEvent(ctx, contact, event);
  return ephemeral(
    text(`Noted: *${userText(contact.name)}* declined. That is part of the process, and asking was the right move.`),
    ...(added.length === 0
      ? [context('Next time someone says no, ask who else they would suggest.')]
      : [text(`They suggested: ${added.map(userText).join(', ')}. Added to your journal.`)]),
    ...nextNudges(ctx, recorded),
  );
}

/** The referrals as typed, each name within a contact's limit: a longer one is refused before anything is stored. */
function referralsOf(typed: string | undefined): PersonLine[] {
  const people = splitNames(typed).map(readPersonLine);
  const long = people.find(({ name }) => name.length > MAX_CONTACT_NAME);
  if (long !== undefined) {
    throw new UserError(
      'bad-input',
      `A referral's name has ${long.name.length} characters; a contact's name has at most ${MAX_CONTACT_NAME}.`,
      `Separate several names with ";", and keep details for ${commandRef('log', 'edit')}.`,
      commandRef('log', 'interview', { contact: 'Dana Lee', learned: 'what you learned', referrals: 'Sam Ortiz; Lee Park' }),
      'referrals',
    );
  }
  return people;
}

/** Adds each referral as a contact linked to the person who suggested them (names already logged are left as they are). */
async function addReferrals(ctx: CommandContext, referrer: Contact, people: readonly PersonLine[], mayUseName: 'yes' | 'no' | undefined): Promise<string[]> {
  const added: string[] = [];
  for (const person of people) {
    if ((await ctx.services.contacts.findByName(me(ctx), person.name)) !== undefined) continue;
    const contact = await ctx.services.contacts.create(
      me(ctx),
      person.name,
      'identified',
      {
        ...(person.role === undefined ? {} : { role: person.role }),
        ...(person.organization === undefined ? {} : { organization: person.organization }),
        foundVia: `Referred by ${referrer.name}`,
        referredBy: referrer.id,
        ...(mayUseName === undefined ? {} : { mayUseReferrerName: mayUseName === 'yes' }),
        ...(referrer.subject === undefined ? {} : { subject: referrer.subject }),
        ...(referrer.targetType === undefined ? {} : { targetType: referrer.targetType }),
      },
      ctx.clock.now(),
    );
    added.push(`${contact.name}${describePerson(contact)}`);
  }
  return added;
}

/** ", UX researcher at SickKids" after a name, when the contact has a role or an organisation. */
function describePerson(contact: Contact): string {
  if (contact.role !== undefined && contact.organization !== undefined) return ` (${contact.role} at ${contact.organization})`;
  const either = contact.role ?? contact.organization;
  return either === undefined ? '' : ` (${either})`;
}

/** The options given, without the ones left out, so they override what a line said. */
function definedOnly<T extends object>(args: T): Partial<T> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined)) as Partial<T>;
}
