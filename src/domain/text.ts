/**
 * The text helpers every part of the domain shares: straightening quotes, collapsing
 * whitespace, and finding and counting words. One of each, so that a question the checker
 * measures and a draft a grader measures are counted the same way.
 */

/** Curly, low and prime single quotes and the modifier apostrophe (ʼ). */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
/** Curly, low and prime double quotes. */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

/**
 * Straight quotes and apostrophes for curly ones, one character for one, so that an offset
 * found in the result points at the same character of the original.
 */
export function straightQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** Collapses runs of whitespace to one space and trims. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words of a text (letters, digits, inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return words(text).length;
}
