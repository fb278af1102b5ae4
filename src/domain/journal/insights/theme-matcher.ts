/**
 * Finds the themes of {@link LEXICON} in a note: the longest phrase wins at each word, phrases
 * meet on lemmas, and a long word the lexicon almost knows ("certifcate", "netwroking") is read
 * as that word.
 *
 * @module
 */
import { editDistanceWithin } from '../../practice/understand/edit-distance.js';
import { lemma } from '../../practice/understand/lemma.js';
import { noteWords, type NoteWord } from './note-words.js';
import { LEXICON, type ThemeId } from './themes.js';

/** A phrase of the lexicon found in a note. */
export interface ThemeHit {
  readonly theme: ThemeId;
  /** The topic the phrase names, or undefined for a cue ("the skills you need"). */
  readonly topic: string | undefined;
  /** Index of the first and one past the last word matched. */
  readonly from: number;
  readonly to: number;
}

/**
 * Everyday phrases whose lemmas meet an entry but mean something else ("pay attention" is not
 * pay, "book a call" is not a book, "get in touch" is not a way in): matched first and skipped.
 */
const IGNORED = [
  'pay attention',
  'paid attention',
  'paying attention',
  'book a',
  'book an',
  'booked a',
  'booked an',
  'booked in',
  'booking a',
  'fully booked',
  'follow up',
  'followed up',
  'right away',
  'get in touch',
  'got in touch',
  'keep in touch',
  'stay in touch',
  'in touch',
  'pass away',
  'far away',
  'same applies to',
  'an hour',
  'half an hour',
  'for hours',
  'last night',
  'good evening',
  'at night',
  'in the event',
  'in any event',
];

type Entry = { readonly theme: ThemeId; readonly topic: string | undefined } | 'ignored';

/** Entries by the key of their phrase; the longest phrase has this many words. */
const ENTRIES = new Map<string, Entry[]>();
let longest = 1;

/**
 * The key of a phrase: its lemmas, and for a single word also how it starts. The lemmatiser folds
 * everyday synonyms together ("hour", "night" and "overtime"; "grade" and "alumni"; "diploma" and
 * "certificate"), which helps a phrase meet its paraphrase but makes a lone word match too much:
 * a lone word matches an entry only when it also starts like that entry's word ("overtime"
 * matches "overtime", not "evening").
 */
function keyOf(words: readonly Matched[]): string {
  const lemmas = words.map((word) => word.lemma).join(' ');
  return words.length === 1 ? `${lemmas}#${words[0]?.lower.slice(0, 4) ?? ''}` : lemmas;
}

function addEntry(phrase: string, entry: Entry): void {
  const words = noteWords(phrase);
  const key = keyOf(words);
  longest = Math.max(longest, words.length);
  const entries = ENTRIES.get(key) ?? [];
  const same = (other: Entry) => (other === 'ignored' || entry === 'ignored' ? other === entry : other.theme === entry.theme && other.topic === entry.topic);
  if (!entries.some(same)) ENTRIES.set(key, [...entries, entry]);
}

for (const phrase of IGNORED) addEntry(phrase, 'ignored');
for (const theme of LEXICON) {
  for (const { label, phrases } of theme.topics) for (const phrase of phrases) addEntry(phrase, { theme: theme.id, topic: label });
  for (const cue of theme.cues) addEntry(cue, { theme: theme.id, topic: undefined });
}

/**
 * Lexicon words long enough to be corrected safely, for typos; a shorter word is too easily
 * another real word. Below {@link MIN_SUBSTITUTED} letters only a letter missing, added or swapped
 * is mended, since one changed letter makes other real words ("matters" is not "masters").
 */
const MIN_CORRECTED = 7;
const MIN_SUBSTITUTED = 9;
const LONG_WORDS: readonly string[] = [
  ...new Set(
    LEXICON.flatMap((theme) => [...theme.topics.flatMap((entry) => entry.phrases), ...theme.cues])
      .flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/))
      .filter((word) => word.length >= MIN_CORRECTED),
  ),
].sort();
const KNOWN_LEMMAS = new Set([...ENTRIES.keys()].flatMap((key) => key.replace(/#.*$/, '').split(' ')));

/** A word as matched: its lemma and how it is written in lower case. */
interface Matched {
  readonly lemma: string;
  readonly lower: string;
}

/** The word, or the lexicon word it is one typo away from when the lexicon does not know it as written. */
function corrected(word: NoteWord): Matched {
  if (KNOWN_LEMMAS.has(word.lemma) || word.lower.length < MIN_CORRECTED || /\d/.test(word.lower)) return word;
  const substitutes = word.lower.length >= MIN_SUBSTITUTED;
  const near = LONG_WORDS.find(
    (known) =>
      known[0] === word.lower[0] &&
      (substitutes || known.length !== word.lower.length || sameLetters(known, word.lower)) &&
      editDistanceWithin(word.lower, known, 1) !== null,
  );
  return near === undefined ? word : { lemma: lemma(near), lower: near };
}

/** Every theme phrase in the words of a note, left to right, none overlapping. */
export function themeHits(words: readonly NoteWord[]): ThemeHit[] {
  const matched = words.map(corrected);
  const hits: ThemeHit[] = [];
  let at = 0;
  while (at < matched.length) {
    const found = longestEntryAt(matched, at);
    if (found === undefined) {
      at += 1;
      continue;
    }
    const ignored = found.entries.includes('ignored');
    for (const entry of found.entries) if (entry !== 'ignored') hits.push({ ...entry, from: at, to: at + found.length });
    // An ignored phrase leaves its last word free: "pay attention to detail" still names a skill.
    at += ignored ? Math.max(1, found.length - 1) : found.length;
  }
  return hits;
}

function longestEntryAt(words: readonly Matched[], at: number): { entries: Entry[]; length: number } | undefined {
  for (let length = Math.min(longest, words.length - at); length >= 1; length--) {
    const entries = ENTRIES.get(keyOf(words.slice(at, at + length)));
    if (entries !== undefined) return { entries, length };
  }
  return undefined;
}

/** Whether two words use the same letters (the lexicon's words are ASCII, so code units are letters). */
function sameLetters(a: string, b: string): boolean {
  return a.split('').sort().join('') === b.split('').sort().join('');
}
