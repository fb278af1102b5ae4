/**
 * Checks on who the student is and why they are getting in touch: their name, the connection
 * or referrer, a stated purpose, a one-line introduction, a personal greeting and the absence
 * of a long backstory. Which name the student has never matters, only whether they gave one.
 */
import { findIn, firstSentence, quoteHit, sentenceOfHit, type Draft } from '../draft.js';
import type { Finding } from '../feedback.js';
import { firstNameOf } from '../persona-text.js';
import { CONNECTION, GENERIC_GREETING, LIFE_STORY, PURPOSE, SELF_INTRO } from '../phrases.js';
import { shortQuote } from '../quote.js';
import type { Hit } from '../student-text.js';
import type { Persona } from '../rehearsal-types.js';

/** Flags a message in which the student never says who they are. */
export function missingName(d: Draft, persona: Persona, cost: number): Finding | null {
  if (d.named) return null;
  const original = firstSentence(d);
  return {
    code: 'no-name',
    cost,
    note: 'You did not say your name.',
    quote: shortQuote(original),
    advice: 'Start with your full name so they know who is calling before anything else.',
    rewrite: { original, suggestion: `Hi ${firstNameOf(persona)}, this is [your full name].` },
  };
}

/** Flags a message with no referrer and no word on how the student found the person. */
export function missingConnection(d: Draft, persona: Persona, cost: number): Finding | null {
  if (findConnection(d, persona) !== null) return null;
  const original = firstSentence(d);
  return {
    code: 'no-connection',
    cost,
    note: 'There was no connection or referrer.',
    quote: shortQuote(original),
    advice: `Say early who put you in touch; "${persona.connection.name} suggested I contact you" turns a stranger's message into a warm one.`,
    rewrite: { original, suggestion: connectionLine(persona) },
  };
}

/** Flags a connection that only appears after the first `withinSentences` sentences. */
export function buriedConnection(d: Draft, persona: Persona, withinSentences: number, cost: number): Finding | null {
  const hit = findConnection(d, persona);
  const limit = d.sentences[withinSentences]?.start ?? Number.POSITIVE_INFINITY;
  if (hit === null || hit.index < limit) return null;
  return {
    code: 'connection-buried',
    cost,
    note: 'The connection came late.',
    quote: quoteHit(d, hit),
    advice: 'Move the connection to your first or second sentence: it is the reason they keep reading.',
  };
}

/** Flags a message that never says what the student hopes to learn. */
export function missingPurpose(d: Draft, field: string, cost: number): Finding | null {
  if (findIn(d, PURPOSE) !== null) return null;
  const original = firstSentence(d);
  return {
    code: 'no-purpose',
    cost,
    note: 'The purpose was not clear.',
    quote: shortQuote(original),
    advice: 'Say in one sentence what you hope to learn, e.g. how they got started or what the work is really like.',
    rewrite: { original, suggestion: `I'm hoping to learn how you got into ${field} and what the work is like day to day.` },
  };
}

/** Flags a long personal backstory. */
export function lifeStory(d: Draft, cost: number): Finding | null {
  const hit = findIn(d, LIFE_STORY);
  if (hit === null) return null;
  const original = sentenceOfHit(d, hit);
  return {
    code: 'life-story',
    cost,
    note: 'The personal backstory took up space.',
    quote: quoteHit(d, hit),
    advice: 'Keep your background to one line (program, year, interest); save the story for when they ask.',
    rewrite: { original, suggestion: "I'm a [year] [program] student exploring this field." },
  };
}

/** Flags a message with no one-line introduction ("I'm a third-year ... student at ...", "My name is ..., a ...", "After six years as a chef, ..."). */
export function missingIntro(d: Draft, cost: number): Finding | null {
  if (findIn(d, SELF_INTRO) !== null) return null;
  const original = firstSentence(d);
  return {
    code: 'no-intro',
    cost,
    note: 'There was no short introduction of yourself.',
    quote: shortQuote(original),
    advice: 'Add one line on who you are: year, program and what you are exploring.',
  };
}

const WHY_YOU = [
  /\byour (work|experience|article|talk|post|team|path|research|case study|role|background|move|switch|clinic|studio|workshops?) (on|in|at|with|as|about|from|into|for)\b/,
  /\b(because|since) you\b/,
  /\bi (saw|read|noticed|heard|learned|came across) (that )?(you|your)\b/,
  /\byou('ve| have) (worked|built|led|spent|moved|made|written|published|started|run)\b/,
];

/** Flags a message that never says why the student chose this particular person. */
export function missingWhyYou(d: Draft, persona: Persona, cost: number): Finding | null {
  const keywords = persona.hooks.flatMap((h) => h.keywords.map((k) => new RegExp(escapeRegExp(k.toLowerCase()))));
  if (findIn(d, [...WHY_YOU, ...keywords]) !== null) return null;
  const hook = persona.hooks[0]?.text;
  return {
    code: 'no-why-you',
    cost,
    note: 'It did not say why you chose them.',
    quote: shortQuote(firstSentence(d)),
    advice:
      hook === undefined
        ? 'Add one sentence on why them in particular: something they did, wrote or said that drew you in.'
        : `Add one sentence on why them in particular, e.g. that you know ${hook}.`,
  };
}

/** Flags "Dear Sir/Madam" and other greetings addressed to nobody in particular. */
export function genericGreeting(d: Draft, persona: Persona, cost: number): Finding | null {
  const hit = findIn(d, GENERIC_GREETING);
  if (hit === null) return null;
  return {
    code: 'generic-greeting',
    cost,
    note: 'The greeting was generic.',
    quote: quoteHit(d, hit),
    advice: `Use their name: you know who you are writing to, and "${hit.text}" reads like a mass mailing.`,
    rewrite: { original: sentenceOfHit(d, hit), suggestion: `Dear ${persona.name},` },
  };
}

/** The referrer's name or a connection phrase, whichever comes first. */
export function findConnection(d: Draft, persona: Persona): Hit | null {
  const referrer = persona.connection.name.split(' ');
  const names = referrer.map((part) => new RegExp(`\\b${escapeRegExp(part.toLowerCase())}\\b`));
  return findIn(d, [...CONNECTION, ...names]);
}

/** The sentence a student could use to name their connection. */
function connectionLine(persona: Persona): string {
  return `${persona.connection.name}, ${persona.connection.role}, suggested I get in touch with you.`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
