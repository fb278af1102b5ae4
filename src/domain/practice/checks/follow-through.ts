/**
 * Checks for a thank-you note: it recalls something specific the person said, reports an
 * action taken or planned, and acknowledges the introduction they offered.
 */
import { findIn, findInSentences, firstSentence, lastSentence, quoteHit, sentenceOfHit, type Draft } from '../draft.js';
import type { Finding } from '../feedback.js';
import { JOB_REQUEST, NEW_FAVOUR, THANKS } from '../phrases.js';
import { shortQuote } from '../quote.js';
import { hasAny } from '../student-text.js';
import { wordCount } from '../../text.js';
import type { Persona } from '../rehearsal-types.js';

const RECALL = [
  /\byou (mentioned|explained|described|said|pointed out|told me|suggested|shared)\b/,
  /\byour (point|advice|tip|story|description|explanation) (about|on|to|of)\b/,
  /\b(hearing|learning) (about|how|why|that)\b/,
  /\bi (learned|realized|didn't know|had not realized|hadn't realized) (that|how|why)\b/,
];
/** Things a student does with advice, in the past ("I signed up"), present perfect ("I've joined") or future. */
const DONE = String.raw`(signed up|joined|registered|started|reached out|contacted|emailed|wrote|written|read|ordered|booked|enrolled|updated|looked (into|up)|downloaded|began|begun|finished|made|built|set up|called|practi[sc]ed|cut|added|picked|asked|talked|spoken|spoke|applied|took|taken|entered|attended|tried|visited|bought|sent|found|put|created|drafted|revised|messaged|followed|told|changed|switched|requested|chose|decided|scrapped|dropped|reworked|rewrote|redid|shortened|narrowed)`;

/** Verbs of thinking and feeling: "I have realised" reports a state of mind, not something done. */
const MINDSET = String.raw`(learned|learnt|realized|realised|enjoyed|appreciated|wanted|wondered|hoped|needed|liked|loved|worried|noticed|considered|valued|admired|missed)`;

const ACTION = [
  new RegExp(String.raw`\bi (already |just |then |also |finally |immediately )?${DONE}\b`),
  new RegExp(String.raw`\bi('ve| have) (already |now |just |since |also )?${DONE}\b`),
  new RegExp(String.raw`\bi('ve| have) (already |now |just |since |also )?(?!${MINDSET}\b)[a-z]+ed\b`),
  /\bi('ll| will|'m going to| am going to| plan to| intend to|'m planning to| am planning to) (sign up|join|register|start|reach out|contact|email|write to|read|look|book|enroll|update|apply to the|take|try|build|make|practi[cs]e|attend|finish|follow|add|cut|shadow|volunteer)\b/,
  /\bmy next step\b/,
  /\b(following|taking|on) your (advice|suggestion|tip)\b/,
];
const INTRODUCTION = [/\bintroduc(e|ed|ing|tion)\b/, /\bconnect(ing)? me\b/, /\b(put|putting) me in touch\b/, /\breferral\b/];

/** Whether a sentence asks for something (a job or a new favour) rather than recalls or reports. */
const isRequest = (masked: string): boolean => hasAny(masked, [...JOB_REQUEST, ...NEW_FAVOUR]);

/** Fewest words of a sentence that can tell the reader something: "- preceptor" in pasted notes does not. */
const MIN_TELLING_WORDS = 3;
const isTelling = (masked: string): boolean => wordCount(masked) >= MIN_TELLING_WORDS;

/**
 * Flags a note that recalls nothing specific the person said; a general recollection costs 40%.
 * A detail named only inside a request ("please send me the preceptor form") is asked for, not
 * recalled, and one in a bare fragment (notes pasted raw) is not told, so neither counts.
 */
export function missingSpecifics(d: Draft, persona: Persona, cost: number): Finding | null {
  const keywords = (persona.highlights ?? []).flatMap((h) => h.keywords.map((k) => new RegExp(`\\b${k.toLowerCase()}`)));
  if (findInSentences(d, keywords, (masked) => isTelling(masked) && !isRequest(masked)) !== null) return null;
  const recall = findIn(d, RECALL);
  const thanks = findIn(d, THANKS);
  const anchor = recall ?? thanks;
  const original = anchor === null ? firstSentence(d) : sentenceOfHit(d, anchor);
  const highlight = persona.highlights?.[0]?.text;
  return {
    code: 'no-specifics',
    cost: recall === null ? cost : cost * 0.4,
    note: recall === null ? 'The thanks was generic.' : 'It recalled the talk only in general terms.',
    quote: anchor === null ? shortQuote(original) : quoteHit(d, anchor),
    advice: 'Name one thing they told you that stuck with you; it shows you listened and makes the note memorable.',
    ...(highlight === undefined
      ? {}
      : { rewrite: { original, suggestion: `Thank you for explaining ${highlight}; it changed how I think about my next steps.` } }),
  };
}

/** Flags a note that reports no action taken or planned on the advice. */
export function missingAction(d: Draft, cost: number): Finding | null {
  if (findIn(d, ACTION) !== null) return null;
  const original = lastSentence(d);
  return {
    code: 'no-action',
    cost,
    note: 'It did not mention anything you did or will do.',
    quote: shortQuote(original),
    advice: 'Say what you did or will do with their advice ("I signed up for...", "Next week I will..."): it is the best thanks there is.',
    rewrite: { original, suggestion: 'Following your advice, I have already [what you did], and next week I will [next step].' },
  };
}

/** Flags a note that ignores the introduction the person offered (a bare name in pasted notes does not acknowledge it). */
export function missingReferralThanks(d: Draft, persona: Persona, cost: number): Finding | null {
  const names = persona.referral.name.split(' ').map((part) => new RegExp(`\\b${part.toLowerCase()}\\b`));
  if (findInSentences(d, [...names, ...INTRODUCTION], isTelling) !== null) return null;
  return {
    code: 'no-referral-thanks',
    cost,
    note: `It did not mention ${persona.referral.name}.`,
    quote: shortQuote(lastSentence(d)),
    advice: `Thank them for offering to introduce you to ${persona.referral.name}, and say when you will get in touch.`,
  };
}
