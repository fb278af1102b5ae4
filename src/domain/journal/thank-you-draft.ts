/**
 * A first draft of a thank-you note after an informational interview, built
 * only from what the student logged. Anything not logged becomes a clearly
 * bracketed slot for the student to fill in; nothing is invented, and the note
 * never asks for anything new.
 *
 * @module
 */

/** What the draft is built from. */
export interface ThankYouInput {
  /** Who to thank, as the student wrote it. */
  readonly contactName: string;
  /** The student's name for the sign-off; a slot when missing. */
  readonly studentName?: string;
  /** An email (with a subject line) or a shorter card. */
  readonly format: 'email' | 'card';
  /** Something specific the student learned. */
  readonly learned?: string;
  /** Advice the contact gave. */
  readonly advice?: string;
  /** What the student did or will do as a result. */
  readonly nextSteps?: string;
  /** People the contact suggested talking to. */
  readonly referrals: readonly { readonly name: string }[];
  /** The occupation or field the conversation was about. */
  readonly subject?: string;
  /** Chooses between a few phrasings; the same seed always gives the same draft. Default 0. */
  readonly seed?: number;
}

/** A draft note. `subject` is set for emails only. */
export interface ThankYouDraft {
  readonly subject?: string;
  readonly body: string;
}

/** The bracketed slots used when a detail is missing. */
export const THANK_YOU_SLOTS = {
  contactName: '[their name]',
  studentName: '[your name]',
  learned: '[something specific you learned]',
  action: "[one thing you've done or will do because of the conversation]",
  adviceAction: "[what you've done or plan to do with their advice]",
} as const;

/**
 * Drafts a short, warm thank-you. It names something the student learned, an
 * action they took or will take, and any referrals by name, and makes no new
 * request. The template adds about 70 words to an email and 45 to a card, so
 * with details of a sentence each an email stays under ~120 words.
 */
export function draftThankYou(input: ThankYouInput): ThankYouDraft {
  const seed = Math.abs(Math.trunc(input.seed ?? 0));
  const contact = greetingName(clean(input.contactName)) ?? THANK_YOU_SLOTS.contactName;
  const student = signature(clean(input.studentName)) ?? THANK_YOU_SLOTS.studentName;
  const topic = clean(input.subject);
  const about = topic === undefined ? '' : ` about ${topic}`;
  const referrals = uniqueNames(input.referrals);
  const learned = learnedSentence(asClause(input.learned), seed);
  const nextSteps = asClause(input.nextSteps);

  if (input.format === 'card') {
    const lines = [
      `Thank you for talking with me${about}.`,
      learned,
      nextSteps === undefined ? `${THANK_YOU_SLOTS.action}.` : actionSentence(nextSteps),
      referrals.length > 0 ? `Thanks as well for pointing me to ${listNames(referrals)}.` : undefined,
    ];
    const signOff = pick(['With thanks,', 'Gratefully,'], seed);
    return { body: `Dear ${contact},\n\n${join(lines)}\n\n${signOff}\n${student}` };
  }

  const advice = asClause(input.advice);
  const opening = pick([`Thank you for taking the time to talk with me${about}.`, `Thank you for making time to speak with me${about}.`], seed);
  const adviceLine =
    advice === undefined ? undefined : pick([`I'm taking your advice to heart: ${advice}.`, `Your advice is one I mean to act on: ${advice}.`], seed);
  let action: string;
  if (nextSteps !== undefined) action = actionSentence(nextSteps);
  else action = advice === undefined ? `${THANK_YOU_SLOTS.action}.` : `${THANK_YOU_SLOTS.adviceAction}.`;
  const referralLine =
    referrals.length === 0
      ? undefined
      : `Thank you also for suggesting I speak with ${listNames(referrals)}; I'll be in touch with ${referrals.length === 1 ? 'them' : 'each of them'} soon.`;
  const closing = pick(['I really appreciate how generous you were with your time.', 'Thank you again for sharing your experience so openly.'], seed);
  const signOff = pick(['Best regards,', 'With thanks,'], seed + 1);

  const subject =
    topic === undefined
      ? pick(['Thank you for your time', 'Thank you for our conversation'], seed)
      : pick([`Thank you for our conversation about ${topic}`, `Thanks for talking with me about ${topic}`], seed);

  const body = [`Hi ${contact},`, '', join([opening, learned, adviceLine, action, referralLine]), '', closing, '', signOff, student].join('\n');
  return { subject, body };
}

/** Trims, collapses spaces and drops trailing punctuation; `undefined` when empty. */
function clean(text: string | undefined): string | undefined {
  const tidy = text
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!;,:]+$/u, '');
  return tidy === undefined || tidy === '' ? undefined : tidy;
}

/** Courtesy titles kept in a greeting ("Dr. Osei"). */
const TITLE = /^(dr|prof|professor|mr|mrs|ms|mx)\.?$/i;

/**
 * How a note greets someone: by first name ("Hi Amira"), or by title and family name when the
 * student logged a title ("Dear Dr. Osei").
 */
function greetingName(name: string | undefined): string | undefined {
  const parts = name?.split(' ') ?? [];
  const [first, ...rest] = parts;
  if (first === undefined) return undefined;
  if (TITLE.test(first) && rest.length > 0) return `${first} ${rest.at(-1) ?? ''}`;
  return first;
}

/** Words that are not anyone's name, such as the console's "you", which a note must not be signed with. */
const NOT_A_NAME = /^(you|me|user|student|unknown|anonymous)$/i;

function signature(name: string | undefined): string | undefined {
  return name === undefined || NOT_A_NAME.test(name) ? undefined : name;
}

/**
 * A logged note as a clause inside a sentence: bullets and line breaks become "and", at most two
 * points are kept, and a capital letter that only started the note is lowered (names and
 * acronyms keep theirs).
 */
function asClause(note: string | undefined): string | undefined {
  const points = (note ?? '')
    .split(/\n|;|\s[-•*]\s/u)
    .map((point) => clean(point.replace(/^\s*[-•*\d.)]+\s*/u, '')))
    .filter((point): point is string => point !== undefined);
  if (points.length === 0) return undefined;
  return points.slice(0, 2).map(lowerFirst).join(' and ');
}

function lowerFirst(text: string): string {
  const [word = ''] = text.split(' ');
  const keep = word === 'I' || /^[A-Z][A-Z0-9]/.test(word) || /^I'/.test(word);
  return keep ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function join(sentences: readonly (string | undefined)[]): string {
  return sentences.filter((sentence): sentence is string => sentence !== undefined).join(' ');
}

function pick<T>(options: readonly [T, ...T[]], seed: number): T {
  return options[seed % options.length] ?? options[0];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const CLAUSE_START = /^(?:how|why|what|when|where|which|who|whether|that|about)\b/i;

function learnedSentence(learned: string | undefined, seed: number): string {
  if (learned === undefined) {
    return `I especially appreciated hearing about ${THANK_YOU_SLOTS.learned}.`;
  }
  if (CLAUSE_START.test(learned)) {
    return pick([`I especially valued learning ${learned}.`, `It was really helpful to learn ${learned}.`], seed);
  }
  return pick([`One thing I keep coming back to: ${learned}.`, `What surprised me most: ${learned}.`], seed);
}

function actionSentence(nextSteps: string): string {
  if (/^i(?:'m|'ve|'ll|’m|’ve|’ll)?\s/i.test(nextSteps)) {
    return `${capitalise(nextSteps)}.`;
  }
  if (/^to\s/i.test(nextSteps)) {
    return `My next step is ${nextSteps}.`;
  }
  return `My next step: ${nextSteps}.`;
}

function uniqueNames(referrals: readonly { readonly name: string }[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const referral of referrals) {
    const name = clean(referral.name);
    if (name === undefined || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
