/**
 * The words of a note with where each stands, as written and as a lemma, so that a phrase can
 * be matched on lemmas and quoted from the note as the student wrote it.
 *
 * @module
 */
import { lemma } from '../../practice/understand/lemma.js';

/** One word of a note. */
export interface NoteWord {
  /** As written, case kept ("Shopify", "co"). */
  readonly written: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  /** The rough lemma the topic classifier uses (`lemma.ts`). */
  readonly lemma: string;
  /** Where the word starts in the note and where it ends (possessive included), in UTF-16 code units. */
  readonly index: number;
  readonly end: number;
}

/**
 * Letters and digits, with inner apostrophes and a few joiners ("AT&T", "don't"). Hyphens split
 * words, so "co-op" and "co op", "entry-level" and "entry level" read the same.
 */
const WORD = /[\p{L}\p{N}]+(?:['’&][\p{L}\p{N}]+)*/gu;

/** Endings dropped before lemmatising: a possessive, and the negation of a contraction. */
const CLITIC = /(?:'s|n't)$/;

/** The words of `text`, in order. */
export function noteWords(text: string): NoteWord[] {
  const words: NoteWord[] = [];
  for (const match of text.matchAll(WORD)) {
    const written = match[0].replace(/’/g, "'").replace(CLITIC, '');
    if (written === '') continue;
    const lower = written.toLowerCase();
    words.push({ written, lower, lemma: lemma(lower), index: match.index, end: match.index + match[0].length });
  }
  return words;
}
