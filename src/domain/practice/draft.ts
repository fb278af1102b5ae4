/**
 * A student's text prepared for grading (sentences with offsets) and the helpers that turn
 * a place in it into a short quote for feedback.
 */
import { quoteAround, shortQuote } from './quote.js';
import { EMAIL_PATTERN, maskIdentity, measurableText, PHONE_PATTERN, signerNameSpans } from './signer.js';
import { wordCount } from '../text.js';
import { firstHit, normalizeForMatch, sentenceAt, splitSentences, type Hit, type Sentence } from './student-text.js';

/**
 * A student's text and its sentences, with two views that hide who wrote it: `match` (the
 * writer's name and email user masked, same offsets as `text`) for pattern checks, and
 * `measured` (name, numbers and addresses replaced by fixed stand-ins) for length checks.
 * `named` says whether the writer gave their name.
 */
export interface Draft {
  text: string;
  sentences: Sentence[];
  match: string;
  measured: string;
  named: boolean;
}

/** Prepares a text for grading. */
export function toDraft(text: string): Draft {
  const names = signerNameSpans(text);
  return { text, sentences: splitSentences(text), match: maskIdentity(text, names), measured: measurableText(text, names), named: names.length > 0 };
}

/** The first sentence (or the whole text when it has none). */
export function firstSentence(d: Draft): string {
  return d.sentences[0]?.text ?? d.text;
}

/** A sign-off line: a few words ending in a comma or an exclamation mark ("Best regards,", "Obrigado!"). */
const SIGN_OFF_LINE = /^[^\n.?]{1,30}[,!]$/u;
const MAX_SIGN_OFF_WORDS = 4;
const CONTACT_LABEL = /\b(phone|tel|mobile|cell|email|e-mail)\b/giu;

/** Whether a sentence only signs the message: the writer's name, a sign-off, a phone number or an address. */
function signsOnly(d: Draft, s: Sentence): boolean {
  let unmasked = '';
  for (let i = 0; i < s.text.length; i++) if (d.match.charCodeAt(s.start + i) === s.text.charCodeAt(i)) unmasked += s.text.charAt(i);
  const rest = unmasked.replace(PHONE_PATTERN, '').replace(EMAIL_PATTERN, '').replace(CONTACT_LABEL, '');
  if (!/[\p{L}\p{N}]/u.test(rest)) return true;
  return SIGN_OFF_LINE.test(s.text) && wordCount(s.text) <= MAX_SIGN_OFF_WORDS;
}

/**
 * The last sentence of the message itself, before any signature (the name, a sign-off, a
 * phone number or an address): the line a missing ending belongs after. The whole text when
 * there is nothing else.
 */
export function lastSentence(d: Draft): string {
  const body = d.sentences.filter((s) => !signsOnly(d, s));
  return (body.at(-1) ?? d.sentences.at(-1))?.text ?? d.text;
}

/** A short quote of the sentence around a hit, centred on the hit when the sentence is long. */
export function quoteHit(d: Draft, hit: Hit): string {
  const sentence = sentenceAt(d.sentences, hit.index);
  if (sentence === undefined) return shortQuote(hit.text);
  return quoteAround(sentence.text, hit.index - sentence.start, hit.text.length);
}

/** The full sentence containing a hit (for rewrites). */
export function sentenceOfHit(d: Draft, hit: Hit): string {
  return sentenceAt(d.sentences, hit.index)?.text ?? hit.text;
}

/** The earliest hit of any pattern in the draft (matched with the writer's name masked). */
export function findIn(d: Draft, patterns: readonly RegExp[]): Hit | null {
  return firstHit(d.match, patterns, d.text);
}

/** The earliest hit of any pattern in the sentences whose masked text `keep` accepts. */
export function findInSentences(d: Draft, patterns: readonly RegExp[], keep: (masked: string) => boolean): Hit | null {
  for (const s of d.sentences) {
    const masked = d.match.slice(s.start, s.start + s.text.length);
    if (!keep(masked)) continue;
    const hit = firstHit(masked, patterns, s.text);
    if (hit !== null) return { index: s.start + hit.index, text: hit.text };
  }
  return null;
}

/** A negation just before a phrase turns it around: "I am not looking for a job". */
const NEGATED = /\b(not|never|no longer|nor|n't|without)\b[^.!?\n,;]{0,25}$/;

/**
 * The earliest hit of any pattern that the student does not negate in the words just before
 * it, so "I am not asking for a job" is not read as asking for one.
 */
export function findAffirmed(d: Draft, patterns: readonly RegExp[]): Hit | null {
  const norm = normalizeForMatch(d.match);
  let best: Hit | null = null;
  for (const pattern of patterns) {
    for (const m of norm.matchAll(new RegExp(pattern.source, 'g'))) {
      if (NEGATED.test(norm.slice(Math.max(0, m.index - 40), m.index).replace(/n't/g, " n't"))) continue;
      if (best === null || m.index < best.index) best = { index: m.index, text: d.text.slice(m.index, m.index + m[0].length) };
      break;
    }
  }
  return best;
}
