/**
 * A short quote from a student's note around the words that showed a theme: the sentence they
 * stand in, cut to a few words either side when long, between graphemes (an emoji or an accented
 * letter is never split), with an ellipsis where it was cut.
 *
 * @module
 */

/** Longest quote, in graphemes, ellipses excluded. */
export const MAX_QUOTE_GRAPHEMES = 90;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Where the sentence holding offset `at` starts and ends in `text`. */
function sentenceAround(text: string, at: number): { from: number; to: number } {
  const ends = /[.!?]+(?=\s|$)|\n+|;\s/g;
  let from = 0;
  for (const match of text.matchAll(ends)) {
    const end = match.index + match[0].length;
    if (match.index >= at) return { from, to: match.index + (/^[.!?]/.test(match[0]) ? match[0].length : 0) };
    from = end;
  }
  return { from, to: text.length };
}

/**
 * A quote of the sentence of `text` that holds offset `at`, at most {@link MAX_QUOTE_GRAPHEMES}
 * graphemes, keeping the words at `at` in view.
 */
export function quoteAt(text: string, at: number, max = MAX_QUOTE_GRAPHEMES): string {
  const sentence = sentenceAround(text, at);
  const pieces = [...graphemes.segment(text.slice(sentence.from, sentence.to))].map((piece) => ({ text: piece.segment, at: sentence.from + piece.index }));
  let first = pieces.findIndex((piece) => /\S/.test(piece.text));
  let last = pieces.findLastIndex((piece) => /\S/.test(piece.text)) + 1;
  if (first === -1) return '';
  if (last - first > max) {
    const centre = Math.max(
      first,
      pieces.findIndex((piece) => piece.at >= at),
    );
    first = Math.max(first, Math.min(centre - Math.floor(max / 3), last - max));
    last = Math.min(last, first + max);
    [first, last] = atWordEdges(pieces, first, last);
  }
  const body = pieces
    .slice(first, last)
    .map((piece) => piece.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  const cutBefore = pieces.slice(0, first).some((piece) => /\S/.test(piece.text));
  const cutAfter = pieces.slice(last).some((piece) => /\S/.test(piece.text));
  return `${cutBefore ? '…' : ''}${body}${cutAfter ? '…' : ''}`;
}

/** The window narrowed so it neither starts nor ends inside a word; as it was when a single word fills it. */
function atWordEdges(pieces: readonly { text: string }[], first: number, last: number): [number, number] {
  const inWord = (index: number) => /\S/.test(pieces[index]?.text ?? ' ');
  let from = first;
  let to = last;
  while (from < to && inWord(from - 1) && inWord(from)) from += 1;
  while (to > from && inWord(to - 1) && inWord(to)) to -= 1;
  return from < to ? [from, to] : [first, last];
}
