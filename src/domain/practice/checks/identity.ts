/**
 * Checks on who the student is and why they are getting in touch: their name (spelled when
 * unusual), the connection or referrer, a stated purpose, a one-line introduction, a
 * personal greeting and the absence of a long backstory.
 */
import { findIn, firstSentence, quoteHit, sentenceOfHit, type Draft } from '../draft.js';
import type { Finding } from '../feedback.js';
import { firstNameOf } from '../persona-text.js';
import { CONNECTION, GENERIC_GREETING, LIFE_STORY, PURPOSE } from '../phrases.js';
import { shortQuote } from '../quote.js';
import { normalizeForMatch, type Hit } from '../text.js';
import type { Persona } from '../types.js';

const NAME_WORD = String.raw`[A-Z][\p{L}'\u2019-]+`;
const SELF_NAME = new RegExp(
  String.raw`\b(?:[Mm]y name is|[Tt]his is|[Ii]t's|[Ii]t\u2019s|I am|I'm|I\u2019m)\s+(${NAME_WORD}(?:\s+${NAME_WORD})?)`,
  'u',
);
const SIGNATURE = new RegExp(String.raw`\n\s*[-\u2013\u2014]?\s*(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})\s*$`, 'u');
const NOT_NAMES = new Set(['A', 'An', 'The', 'I', 'Calling', 'Writing', 'Reaching', 'Just', 'Hoping', 'Currently', 'Interested', 'Looking', 'Following', 'Your', 'My', 'Regarding', 'Sorry', 'So', 'Really', 'Also', 'Best', 'Thanks', 'Thank', 'Regards', 'Cheers', 'Sincerely']);
const SPELLED = [/\b[a-z](?:\s*[-.]\s*[a-z]|\s[a-z]){2,}\b/, /\bspell(ed|s|ing)?\b/];

/** Given names common enough in English-speaking settings that listeners rarely ask for a spelling. */
const COMMON_NAMES = new Set(
  'adam alex amy andrew anna ben chris daniel david emily emma grace hannah jack jake james jane jason jen jenny john jordan josh julia kate kevin laura lisa maria mark matt michael mike nick olivia paul rachel ryan sam sara sarah sophie steve tom tony'.split(' '),
);

/** The name the student gives for themselves ("this is Dana Kowalski", or a signature line). */
function findSelfName(text: string): string | null {
  const said = SELF_NAME.exec(text);
  const first = said?.[1]?.split(/\s+/)[0];
  if (said?.[1] !== undefined && first !== undefined && !NOT_NAMES.has(first)) return said[1];
  const signed = SIGNATURE.exec(text.trimEnd());
  const signedFirst = signed?.[1]?.split(/\s+/)[0];
  if (signed?.[1] !== undefined && signedFirst !== undefined && !NOT_NAMES.has(signedFirst)) return signed[1];
  return null;
}

/** Flags a message in which the student never says who they are. */
export function missingName(d: Draft, persona: Persona, cost: number): Finding | null {
  if (findSelfName(d.text) !== null) return null;
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

/** Flags an unusual first name that is never spelled out (nobody can call back a name they misheard). */
export function unspelledName(d: Draft, cost: number): Finding | null {
  const name = findSelfName(d.text);
  if (name === null || findIn(d, SPELLED) !== null) return null;
  if (COMMON_NAMES.has((name.split(/\s+/)[0] ?? name).toLowerCase())) return null;
  const hit = findIn(d, [new RegExp(escapeRegExp(normalizeForMatch(name)))]);
  return {
    code: 'name-not-spelled',
    cost,
    note: 'Your name was not spelled out.',
    quote: hit === null ? shortQuote(firstSentence(d)) : quoteHit(d, hit),
    advice: `If people sometimes mishear "${name}", spell it once right after saying it, e.g. "that's ${spellOut(name)}".`,
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

/** Flags a message with no one-line introduction ("I'm a third-year ... student at ..."). */
export function missingIntro(d: Draft, cost: number): Finding | null {
  if (findIn(d, [/\bi('m| am) (a|an|currently|in my|studying|finishing|completing|graduating)\b/, /\bas an? ([\w-]+ ){1,3}(student|graduate)\b/]) !== null) {
    return null;
  }
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

function spellOut(name: string): string {
  return (name.split(/\s+/)[0] ?? name).toUpperCase().split('').join('-');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
