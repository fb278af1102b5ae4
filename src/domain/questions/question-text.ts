import { squeeze, straightQuotes } from '../text.js';

/**
 * Tidies free text for display and matching: curly quotes and apostrophes become straight,
 * runs of whitespace become one space, and the ends are trimmed. Case and accents are kept.
 */
export function tidyText(text: string): string {
  return squeeze(straightQuotes(text.normalize('NFC')));
}

/**
 * Keys already worked out: plans, their "More questions" pages and advisors' questions compare
 * bank questions (with the subject filled in) this way, so the same texts come back request after request.
 */
const comparisonKeys = new Map<string, string>();
const COMPARISON_KEYS_KEPT = 20_000;

/**
 * A key for spotting the same question written twice: lower case, no accents, no
 * punctuation, single spaces. "What's next?" and "whats next" give the same key.
 */
export function comparisonKey(text: string): string {
  const known = comparisonKeys.get(text);
  if (known !== undefined) return known;
  const key = tidyText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (comparisonKeys.size >= COMPARISON_KEYS_KEPT) comparisonKeys.clear();
  comparisonKeys.set(text, key);
  return key;
}

/** Lower-cases the first letter, unless the text starts with "I" or an acronym. */
export function lowerFirst(text: string): string {
  return /^(?:I\b|[A-Z]{2,})/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Upper-cases the first letter. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
