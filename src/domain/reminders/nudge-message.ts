/**
 * The words of each nudge: a short title and a warm, specific body.
 *
 * Each nudge names the exact command to type next, with the student's own
 * data (`/log thanked "Zoë Martin"`), as a value given to
 * {@link NudgeDetails.command} (command, subcommand, arguments), which the
 * student's platform writes its own way (`/nudge` on Slack, `name:value` fields
 * on Discord).
 *
 * @module
 */
import { DEFAULT_CADENCE } from './cadence-settings.js';
import type { CadenceSettings } from './cadence-settings.js';
import { formatLocal } from './local-time.js';
import type { NudgeKind } from './nudges.js';

/** Facts a nudge message may mention. Only `command` and `zone` are required. */
export interface NudgeDetails {
  /** Names a command in the message: `commandRef` in `src/core/command-ref.ts`, which each platform writes its own way. */
  readonly command: (command: string, subcommand?: string, args?: Readonly<Record<string, string>>) => string;
  /** The student's IANA zone, for showing times. */
  readonly zone: string;
  /** The current instant; used to leave out the year when it is this year. */
  readonly now?: Date;
  /** The occupation or field the student is exploring with this contact. */
  readonly subject?: string;
  /** For `prepare`: when the conversation is. */
  readonly interviewAt?: Date;
  /** For `custom`: what the student asked to be reminded of. */
  readonly text?: string;
  /** The cadence in force, for the day counts mentioned (default {@link DEFAULT_CADENCE}). */
  readonly settings?: CadenceSettings;
}

/** The parts of a nudge the wording depends on (a `PlannedNudge` fits). */
export interface NudgeSubject {
  readonly kind: NudgeKind;
  readonly contactName?: string;
  readonly referralName?: string;
}

/** A rendered nudge. */
export interface NudgeMessage {
  readonly title: string;
  readonly body: string;
}

/**
 * Writes the title and body of a nudge. Plain text, no markup, English.
 * Missing names fall back to neutral words ("your contact"); a prepare nudge
 * without a subject suggests an example occupation.
 */
export function nudgeMessage(nudge: NudgeSubject, details: NudgeDetails): NudgeMessage {
  const settings = details.settings ?? DEFAULT_CADENCE;
  const name = cleanName(nudge.contactName) ?? 'your contact';
  const nameAtStart = capitalise(name);
  const contact = nudge.contactName === undefined ? 'Dana Lee' : name;
  const log = (subcommand: string, more: Readonly<Record<string, string>> = {}): string => details.command('log', subcommand, { contact, ...more });

  switch (nudge.kind) {
    case 'request-follow-up':
      return {
        title: `Follow up with ${name}?`,
        body:
          `It's been ${settings.requestFollowUpDays} days since you asked ${name} for a conversation. ` +
          `A short, friendly follow-up is completely normal and often gets things moving: a line or two reminding them who you are is enough. ` +
          `If they've already answered, log it and these reminders stop: ${log('scheduled', { when: 'friday 2pm' })} when you have a time, or ${log('declined')}.`,
      };
    case 'request-last-follow-up':
      return {
        title: `One last note to ${name}?`,
        body:
          `Still no reply from ${name} after ${settings.requestLastFollowUpDays} days. ` +
          `One more brief, polite message is fine; after that it's okay to let this one rest and put your energy into other contacts. ` +
          `Heard back? Log it: ${log('scheduled', { when: 'friday 2pm' })}, or ${log('declined')}.`,
      };
    case 'mark-no-response':
      return {
        title: `Mark ${name} as no response?`,
        body:
          `It's been ${settings.markNoResponseDays} days without a reply from ${name}. That happens to everyone and says nothing about you. ` +
          `If you'd like to close this one: ${log('no-response')}. You can pick it up again if they write back.`,
      };
    case 'prepare': {
      const when =
        details.interviewAt === undefined
          ? `Your conversation with ${name} is coming up soon.`
          : `Your conversation with ${name} is on ${formatLocal(details.interviewAt, details.zone, details.now ?? details.interviewAt)}.`;
      const subject = cleanName(details.subject);
      const plan = details.command('questions', undefined, { kind: 'occupation', subject: subject ?? 'graphic designer' });
      return {
        title: `Getting ready to talk with ${name}`,
        body:
          `${when} A little preparation makes it much easier: try ${plan} for question ideas and put your top few first, ` +
          `look up ${name}'s background, and have a short introduction of yourself ready. Aim to wrap up within the time you agreed on.`,
      };
    }
    case 'thank-you':
      return {
        title: `Time to thank ${name}`,
        body:
          `Well done on talking with ${name}! A short thank-you within ${hoursInWords(settings.thankYouWithinHours)} leaves a lasting impression. ` +
          `Mention one specific thing you learned and what you'll do with it, and don't ask for anything new. Once it's sent, log it: ${log('thanked')}.`,
      };
    case 'contact-referral': {
      const referral = cleanName(nudge.referralName) ?? 'the person they suggested';
      return {
        title: `Reach out to ${referral}`,
        body:
          `${nameAtStart} suggested you talk to ${referral}. Getting in touch within ${daysInWords(settings.referralWithinDays)} of your conversation keeps the introduction fresh. ` +
          `Mention that ${name} pointed you their way, if they were happy for you to. Once it's sent, log it: ${details.command('log', 'request', { contact: referral === 'the person they suggested' ? 'Dana Lee' : referral })}.`,
      };
    }
    case 'keep-in-touch':
      return {
        title: `Check in with ${name}`,
        body:
          `It's been about ${settings.keepInTouchMonths} months since you were last in touch with ${name}. ` +
          `A quick update goes a long way: share what you've done since you talked, or pass on an article or event they might enjoy, without asking for anything. ` +
          `Your notes on them: ${log('show')}.`,
      };
    case 'custom': {
      const text = details.text?.trim();
      const about = cleanName(nudge.contactName);
      const lead = text !== undefined && text !== '' ? text : `Here's the reminder you set.`;
      return {
        title: about === undefined ? 'Reminder' : `Reminder about ${about}`,
        body: `${lead}\n\nNeed more time? Set a new one: ${details.command('remind', undefined, { reminder: `${quotedName(text !== undefined && text !== '' ? text : 'call back Sam')} tomorrow 9am` })}.`,
      };
    }
  }
}

/** A value as a command takes it: in double quotes when it has a space or a quote. */
function quotedName(value: string): string {
  return /[\s"]/.test(value) ? `"${value.replaceAll('"', '\\"')}"` : value;
}

function cleanName(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function hoursInWords(hours: number): string {
  if (hours % 24 === 0) return daysInWords(hours / 24);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

function daysInWords(days: number): string {
  if (days === 1) return 'a day';
  if (days === 7) return 'a week';
  if (days % 7 === 0) return `${days / 7} weeks`;
  return `${days} days`;
}
