import type { TargetType } from './types.js';
import { tidyText } from './text.js';

/** The placeholder that bank texts use for what the student is asking about. */
const SUBJECT_PLACEHOLDER = '{subject}';

/** Stands in for a missing subject; each reads well wherever the bank puts `{subject}`. */
const FALLBACK_SUBJECTS: Readonly<Record<TargetType, string>> = {
  occupation: 'professional in this field',
  industry: 'this industry',
  organization: 'your organization',
  program: 'this program',
};

/** Longest subject kept; anything longer is cut at a word boundary. */
const MAX_SUBJECT_LENGTH = 80;

/**
 * Makes a user-typed subject safe to drop into question texts: tidies spaces, removes
 * braces (so no placeholder can survive filling), trims trailing punctuation and caps the
 * length. An empty subject becomes a neutral phrase suited to the target type.
 */
export function cleanSubject(subject: string, target: TargetType): string {
  let cleaned = tidyText(subject.replace(/[{}]/g, ' ')).replace(/[\s.,;:!?]+$/, '');
  if (cleaned.length > MAX_SUBJECT_LENGTH) {
    const cut = cleaned.slice(0, MAX_SUBJECT_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    cleaned = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  }
  return cleaned === '' ? FALLBACK_SUBJECTS[target] : cleaned;
}

/**
 * Whether a phrase takes "an" rather than "a": vowel sounds ("an engineer", "an hour",
 * "an MRI technician") but not "uni-" or "one" words ("a user researcher", "a union organizer").
 */
function takesAn(phrase: string): boolean {
  const firstWord = phrase.split(' ')[0] ?? '';
  if (/^[A-Z]{2,}\b/.test(firstWord)) return /^[AEFHILMNORSX]/.test(firstWord);
  const word = firstWord.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(word)) return true;
  if (/^(uni|use|usu|uti|uro|eu|one|once)/.test(word)) return false;
  return /^[aeiou]/.test(word);
}

/**
 * Replaces every `{subject}` in a text, fixing the article in front of it
 * ("a {subject}" becomes "an architect").
 */
export function fillSubject(text: string, subject: string): string {
  if (!text.includes(SUBJECT_PLACEHOLDER)) return text;
  return text
    .replace(/\b([Aa])n? \{subject\}/g, (_match, article: string) => {
      const fixed = takesAn(subject) ? 'an' : 'a';
      return `${article === 'A' ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed} ${subject}`;
    })
    .replaceAll(SUBJECT_PLACEHOLDER, subject);
}
