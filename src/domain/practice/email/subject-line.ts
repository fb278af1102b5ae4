/**
 * The subject-line check: present, specific (names a connection, the field or who you are),
 * short, and free of what junk filters and tired readers skip.
 */
import type { Finding } from '../feedback.js';
import { shortQuote } from '../quote.js';
import { hasAny, normalizeForMatch } from '../student-text.js';
import { words } from '../../text.js';
import type { Persona } from '../rehearsal-types.js';

/** Longest subject that still reads at a glance, in words. */
export const MAX_SUBJECT_WORDS = 10;

const SPAM = [
  /!!/,
  /\$/,
  /\b(urgent|asap|free|act now|guaranteed|amazing|important|please read|don't miss|opportunity|limited)\b/,
  /\b(job|jobs|hire|hiring|position|opening|resume|cv|application)\b/,
];
const SPECIFIC = [/\b(student|graduate|grad|alum|alumna|alumnus|major|referred|suggested|intern|co-op)\b/];
const GENERIC_WORDS = new Set([
  'hi',
  'hello',
  'hey',
  'question',
  'questions',
  'quick',
  'request',
  'meeting',
  'help',
  'informational',
  'interview',
  'networking',
  'introduction',
  'intro',
  'following',
  'up',
  'inquiry',
  'enquiry',
  'chat',
  'a',
  'an',
  'the',
  'for',
  'from',
  'about',
  'my',
  'your',
  'to',
  'of',
  'and',
  're',
  'fw',
  'hoping',
  'connect',
]);

/**
 * The findings of a subject line (one at most). A missing subject is quoted by the first line
 * of the body, the first thing the reader would see instead.
 */
export function subjectFindings(subject: string | null, bodyStart: string, persona: Persona, field: string): Finding[] {
  const suggestion = `${persona.connection.name} suggested I write: student exploring ${field}`;
  if (subject === null) {
    return [
      {
        code: 'no-subject',
        cost: 1,
        note: 'There was no subject line.',
        quote: shortQuote(bodyStart),
        advice: 'Add a short subject that names your connection or your question, so it is opened rather than skipped.',
      },
    ];
  }
  const quote = shortQuote(subject);
  const rewrite = { original: subject, suggestion };
  if (isSpammy(subject)) {
    return [
      {
        code: 'spammy-subject',
        cost: 0.7,
        note: 'The subject could be taken for junk mail or a mass application.',
        quote,
        advice: 'Drop capitals, exclamation marks and job words; name your connection or your field instead.',
        rewrite,
      },
    ];
  }
  if (!isSpecific(subject, persona, field)) {
    return [
      {
        code: 'generic-subject',
        cost: 0.6,
        note: 'The subject was too vague.',
        quote,
        advice: 'Make the subject specific: who sent you, or what you are exploring.',
        rewrite,
      },
    ];
  }
  if (words(subject).length > MAX_SUBJECT_WORDS) {
    return [
      {
        code: 'long-subject',
        cost: 0.4,
        note: 'The subject was long.',
        quote,
        advice: `Keep the subject under ${MAX_SUBJECT_WORDS} words; the end gets cut off on phones.`,
      },
    ];
  }
  return [];
}

function isSpammy(subject: string): boolean {
  const shouting = words(subject).filter((w) => w.length >= 3 && w === w.toUpperCase() && /\p{L}/u.test(w)).length;
  return shouting >= 2 || hasAny(subject, SPAM);
}

function isSpecific(subject: string, persona: Persona, field: string): boolean {
  const known = [persona.connection.name, persona.organization, field, persona.role].flatMap((s) => words(normalizeForMatch(s)));
  const said = words(normalizeForMatch(subject)).filter((w) => !GENERIC_WORDS.has(w));
  return hasAny(subject, SPECIFIC) || said.some((w) => w.length > 2 && known.includes(w));
}
