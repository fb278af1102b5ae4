/** Damerau-Levenshtein distance (with adjacent swaps), cut short once it exceeds a limit, and spelling correction with it. */

/** The edit distance between two words when it is at most `limit`, otherwise null. */
export function editDistanceWithin(a: string, b: string, limit: number): number | null {
  if (Math.abs(a.length - b.length) > limit) return null;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return null;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length] ?? Number.POSITIVE_INFINITY;
  return distance <= limit ? distance : null;
}

/** Below this length a word is corrected only for a missing, doubled or swapped letter. */
const SHORT_WORD = 6;

/** Whether two words use the same letters (one is the other with letters swapped). */
function sameLetters(a: string, b: string): boolean {
  return Array.from(a).sort().join('') === Array.from(b).sort().join('');
}

/**
 * Words grouped by length, for spelling correction: a word with one or two typos differs in
 * length by at most two, so only a few groups need comparing (this keeps a misspelt question
 * well under a millisecond; comparing against the whole vocabulary took up to 13 ms).
 */
export class Vocabulary {
  private readonly byLength = new Map<number, string[]>();

  /** Groups the words by length (each word once). */
  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      const group = this.byLength.get(word.length) ?? [];
      group.push(word);
      this.byLength.set(word.length, group);
    }
  }

  /** Whether the word is known as written. */
  has(word: string): boolean {
    return this.byLength.get(word.length)?.includes(word) ?? false;
  }

  /**
   * The known word closest to `word`, within one typo (two for words of seven letters or more), or null.
   * A word under six letters is only read as one with a letter missing, doubled or swapped: one
   * changed letter in a short word usually makes another real word ("words" is not "works").
   */
  closest(word: string): string | null {
    if (word.length < 4) return null;
    const limit = word.length >= 7 ? 2 : 1;
    const short = word.length < SHORT_WORD;
    let best: { word: string; distance: number } | null = null;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const known of this.byLength.get(length) ?? []) {
        if (known.charCodeAt(0) !== word.charCodeAt(0) && known.charCodeAt(1) !== word.charCodeAt(1)) continue;
        if (short && known.length === word.length && !sameLetters(known, word)) continue;
        const distance = editDistanceWithin(word, known, limit);
        if (distance !== null && (best === null || distance < best.distance || (distance === best.distance && known < best.word)))
          best = { word: known, distance };
      }
    }
    return best?.word ?? null;
  }
}
