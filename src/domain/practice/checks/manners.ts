/**
 * Checks on tone and courtesy: saying thank you, plain wording, not pressing after a no,
 * and not slipping a new favour into a thank-you.
 */
import { findAffirmed, findIn, lastSentence, quoteHit, sentenceOfHit, type Draft } from '../draft.js';
import type { Finding } from '../feedback.js';
import { JOB_REQUEST, NEW_FAVOUR, PUSHY, SIGN_OFF, STIFF_LANGUAGE, THANKS_IN_ANY_LANGUAGE } from '../phrases.js';
import { shortQuote } from '../quote.js';
import { wordCount } from '../../text.js';

/** Sentences longer than this read as heavy in a short message. */
const LONG_SENTENCE_WORDS = 30;

/** Flags a message that never says thank you. */
export function missingThanks(d: Draft, cost: number): Finding | null {
  if (findIn(d, THANKS_IN_ANY_LANGUAGE) !== null) return null;
  return {
    code: 'no-thanks',
    cost,
    note: 'You did not say thank you.',
    quote: shortQuote(lastSentence(d)),
    advice: 'Thank them plainly, once: their time was a gift.',
  };
}

/** Flags stiff, formulaic wording and very long sentences. */
export function stiffLanguage(d: Draft, cost: number): Finding | null {
  const hit = findIn(d, STIFF_LANGUAGE);
  const long = d.sentences.find((s) => wordCount(s.text) > LONG_SENTENCE_WORDS);
  if (hit === null && long === undefined) return null;
  return {
    code: 'stiff-language',
    cost,
    note: hit === null ? 'Some sentences run long.' : 'Some wording is stiff.',
    quote: hit === null ? shortQuote(long?.text ?? '') : quoteHit(d, hit),
    advice: 'Write the way you would say it to a friendly professor: short sentences, everyday words.',
  };
}

/** Flags pressing on after the person said no or not now. */
export function pushy(d: Draft, cost: number): Finding | null {
  const hit = findIn(d, PUSHY);
  if (hit === null) return null;
  return {
    code: 'pushy',
    cost,
    note: 'It pushed after a no or a not-now.',
    quote: quoteHit(d, hit),
    advice: 'Accept their answer warmly; respecting a no is what makes a yes likely next time.',
  };
}

/** Flags a new favour asked in a message meant only to thank. */
export function newRequest(d: Draft, cost: number): Finding | null {
  const job = findAffirmed(d, JOB_REQUEST);
  const hit = job ?? findIn(d, NEW_FAVOUR);
  if (hit === null) return null;
  const asksJob = job !== null;
  return {
    code: asksJob ? 'job-request' : 'new-request',
    cost,
    note: asksJob ? 'The note asked for a job.' : 'The note asked for something new.',
    quote: quoteHit(d, hit),
    advice: 'Let the thank-you only thank. Save any new request for a later message, once you have acted on their advice.',
    rewrite: { original: sentenceOfHit(d, hit), suggestion: "I'll let you know how it goes. Thank you again for your time." },
  };
}

/**
 * A sign-off in any language or register ("Ngā mihi,", "Obrigado!", "Respectfully,"): a short
 * line ending in a comma or an exclamation mark, after the opening line, followed only by the
 * signature (up to three lines: name, phone, email).
 */
const CLOSING_LINE = /[^\n]\n+[ \t]*[^\n,!]{1,30}[,!][ \t]*\n+(?:[ \t]*[^\n]+\n*){1,3}$/u;

/** Flags a written message with no sign-off or closing thank-you. */
export function missingClose(d: Draft, cost: number): Finding | null {
  if (findIn(d, SIGN_OFF) !== null || CLOSING_LINE.test(d.text.trim())) return null;
  const original = lastSentence(d);
  return {
    code: 'no-close',
    cost,
    note: 'There was no clear close.',
    quote: shortQuote(original),
    advice: 'End with a short thank-you and your name, e.g. "Thank you for considering it, [your name]".',
    rewrite: { original, suggestion: `${original}\n\nThank you for considering it,\n[your name]` },
  };
}
