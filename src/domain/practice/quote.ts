/**
 * Short quotes of a student's own words for feedback: long passages are trimmed at word
 * boundaries and marked with an ellipsis so the quote stays readable in a chat message.
 */
import { squeeze } from '../text.js';

/** Longest quote shown in feedback, in characters (ellipses excluded). */
export const MAX_QUOTE_CHARS = 80;

/** The text itself when short enough, otherwise its opening words followed by an ellipsis. */
export function shortQuote(text: string, max = MAX_QUOTE_CHARS): string {
  const clean = squeeze(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > max / 2 ? lastSpace : max).replace(/[\s,;:]+$/, '')}…`;
}

/**
 * A quote of at most `max` characters centred on `[index, index + length)` in `text`,
 * extended to word boundaries, with an ellipsis on each side that was cut.
 */
export function quoteAround(text: string, index: number, length: number, max = MAX_QUOTE_CHARS): string {
  if (squeeze(text).length <= max) return squeeze(text);
  const spare = Math.max(0, max - length);
  let from = Math.max(0, index - Math.floor(spare / 2));
  let to = Math.min(text.length, from + Math.max(max, length));
  from = Math.max(0, Math.min(from, to - max));
  while (from > 0 && /\S/.test(text.charAt(from - 1))) from++;
  while (to < text.length && /\S/.test(text.charAt(to))) to--;
  if (to <= from) return shortQuote(text.slice(index), max);
  const core = squeeze(text.slice(from, to)).replace(/[\s,;:]+$/, '');
  return `${from > 0 ? '…' : ''}${core}${to < text.length ? '…' : ''}`;
}
