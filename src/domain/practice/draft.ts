/**
 * A student's text prepared for grading (sentences with offsets) and the helpers that turn
 * a place in it into a short quote for feedback.
 */
import { quoteAround, shortQuote } from './quote.js';
import { firstHit, sentenceAt, splitSentences, type Hit, type Sentence } from './text.js';

/** A student's text and its sentences. */
export interface Draft {
  text: string;
  sentences: Sentence[];
}

/** Prepares a text for grading. */
export function toDraft(text: string): Draft {
  return { text, sentences: splitSentences(text) };
}

/** The first sentence (or the whole text when it has none). */
export function firstSentence(d: Draft): string {
  return d.sentences[0]?.text ?? d.text;
}

/** The last sentence (or the whole text when it has none). */
export function lastSentence(d: Draft): string {
  return d.sentences.at(-1)?.text ?? d.text;
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

/** The earliest hit of any pattern in the draft. */
export function findIn(d: Draft, patterns: readonly RegExp[]): Hit | null {
  return firstHit(d.text, patterns);
}
