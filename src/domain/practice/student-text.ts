import { straightQuotes, words } from '../text.js';

/**
 * Text helpers shared by every grader: normalising for matching, counting words, estimating
 * speaking time and splitting into sentences with their positions in the original text.
 */

/** Speaking rate used to turn words into seconds. */
export const WORDS_PER_MINUTE = 150;

/** A sentence of a student's text with its offset in that text. */
export interface Sentence {
  text: string;
  start: number;
}

/** A regular-expression hit in a student's text, with its offset in the original text. */
export interface Hit {
  index: number;
  text: string;
}

/**
 * Lower-cases and straightens quotes without changing the length, so offsets found in the
 * normalised text point at the same characters of the original.
 */
export function normalizeForMatch(text: string): string {
  return straightQuotes(text.toLowerCase());
}

/**
 * Number of words as spoken aloud: each digit of a phone number is said separately and an
 * email address is read out part by part ("dana dot k at mail dot com").
 */
export function spokenWordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    if (token.includes('@')) {
      count += token.split(/[.@_]/).filter((part) => part.length > 0).length * 2 - 1;
    } else if (/\d/.test(token)) {
      count += (token.match(/\d/g) ?? []).length;
    } else if (words(token).length > 0) {
      count += words(token).length;
    }
  }
  return count;
}

/** Estimated seconds to say a text aloud at {@link WORDS_PER_MINUTE}. */
export function spokenSeconds(text: string): number {
  return Math.round((spokenWordCount(text) / WORDS_PER_MINUTE) * 60);
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'e.g', 'i.e', 'etc', 'vs', 'no']);

/** Splits text into sentences at end punctuation or line breaks, keeping common abbreviations intact. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?]+["')\]]*(?=\s|$)|\n/g;
  let start = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, m.index - 6), m.index + 1));
    if (m[0].startsWith('.') && before?.[1] !== undefined && ABBREVIATIONS.has(before[1].toLowerCase())) continue;
    pushSentence(sentences, text, start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  pushSentence(sentences, text, start, text.length);
  return sentences;
}

function pushSentence(into: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (words(trimmed).length > 0) into.push({ text: trimmed, start: from + lead });
}

/**
 * The earliest hit of any pattern in the text (patterns are matched against the normalised
 * text); the hit's words are taken from `original`, a same-length version of `text`.
 */
export function firstHit(text: string, patterns: readonly RegExp[], original = text): Hit | null {
  const norm = normalizeForMatch(text);
  let best: Hit | null = null;
  for (const pattern of patterns) {
    const m = pattern.exec(norm);
    if (m !== null && (best === null || m.index < best.index)) {
      best = { index: m.index, text: original.slice(m.index, m.index + m[0].length) };
    }
  }
  return best;
}

/** Whether any pattern matches the text. */
export function hasAny(text: string, patterns: readonly RegExp[]): boolean {
  return firstHit(text, patterns) !== null;
}

/** The sentence containing a character offset, or the last sentence before it. */
export function sentenceAt(sentences: readonly Sentence[], index: number): Sentence | undefined {
  return sentences.findLast((s) => s.start <= index);
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
