/**
 * What a student has prepared, read from their journal and saved plans for a rehearsal: the
 * person they mean to contact next (or, for a thank-you, the one they last interviewed), what
 * they are exploring, their planned questions and their interview notes.
 */
import type { CommandContext } from '../../src/core/context.js';
import type { Preparation, ScenarioId } from '../../src/domain/practice/index.js';
import { TARGET_TYPES, type TargetType } from '../../src/domain/questions/question-types.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';

/** Stages of someone the student has yet to talk to. */
const BEFORE_TALKING: readonly string[] = ['identified', 'request-sent', 'scheduled'];
/** Stages of someone the student has talked to. */
const AFTER_TALKING: readonly string[] = ['interviewed', 'thanked', 'keeping-in-touch'];

/** The student's preparation for a scenario; empty when they have saved nothing. */
export async function loadPreparation(ctx: CommandContext, scenario: ScenarioId): Promise<Preparation> {
  const [plans, contacts] = await Promise.all([ctx.services.savedPlans.list(ctx.actor), ctx.services.contacts.list(ctx.actor)]);
  const plan = plans.reduce<(typeof plans)[number] | undefined>(
    (latest, p) => (latest === undefined || p.createdAt > latest.createdAt ? p : latest),
    undefined,
  );
  const stages = scenario === 'thanks' ? AFTER_TALKING : BEFORE_TALKING;
  const contact = latestIn(contacts.filter((c) => stages.includes(c.stage)));
  const notes = contact === undefined || scenario !== 'thanks' ? [] : await interviewNotes(ctx, contact);
  const subject = contact?.subject ?? plan?.subject;
  const target = targetOf(contact?.targetType) ?? plan?.target;
  const referrer = contacts.find((c) => c.id === contact?.referredBy)?.name;
  const suggested = contact === undefined ? undefined : contacts.find((c) => c.referredBy === contact.id)?.name;
  return {
    ...(contact === undefined
      ? {}
      : {
          person: {
            name: contact.name,
            ...(contact.role === undefined ? {} : { role: contact.role }),
            ...(contact.organization === undefined ? {} : { organization: contact.organization }),
            ...(referrer === undefined ? {} : { referredBy: referrer }),
            ...(suggested === undefined ? {} : { suggested }),
          },
        }),
    ...(subject === undefined ? {} : { subject }),
    ...(target === undefined ? {} : { target }),
    ...(plan === undefined ? {} : { questions: plan.plan.mustAsk.map((q) => q.text) }),
    ...(notes.length === 0 ? {} : { notes }),
  };
}

function latestIn(contacts: readonly Contact[]): Contact | undefined {
  return contacts.reduce<Contact | undefined>((latest, c) => (latest === undefined || c.updatedAt > latest.updatedAt ? c : latest), undefined);
}

function targetOf(stored: string | undefined): TargetType | undefined {
  return TARGET_TYPES.find((t) => t === stored);
}

/** What the student noted after their latest interview with the contact. */
async function interviewNotes(ctx: CommandContext, contact: Contact): Promise<string[]> {
  const latest = (await ctx.services.contacts.interviews(ctx.actor, contact.id)).at(-1);
  return [latest?.learned, latest?.advice].filter((note): note is string => note !== undefined && note.trim() !== '');
}
