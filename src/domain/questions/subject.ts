import type { TargetType } from './question-types.js';
import { tidyText } from './question-text.js';

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
 * Characters a subject may keep: letters, marks, digits, spaces and the punctuation names use
 * ("C#", "AT&T", "Hôtel-Dieu", "B.Sc.", "UX/UI"). Everything else (emoji, markup, braces,
 * mention signs) is dropped once, here, so it is not repeated in every line of the plan.
 */
const UNWANTED = /[^\p{L}\p{M}\p{N} &'’\-./+#(),:]/gu;

/** Field words and the person who works in them, for subjects typed as a field but planned as an occupation. */
const PRACTITIONERS: readonly (readonly [RegExp, string])[] = [
  [/\bdesign$/i, 'designer'],
  [/\bmanagement$/i, 'manager'],
  [/\bdevelopment$/i, 'developer'],
  [/\b(?:analysis|analytics)$/i, 'analyst'],
  [/\bscience$/i, 'scientist'],
  [/\bresearch$/i, 'researcher'],
  [/\bengineering$/i, 'engineer'],
  [/\bnursing$/i, 'nurse'],
  [/\baccounting$/i, 'accountant'],
  [/\bconsulting$/i, 'consultant'],
  [/\bmarketing$/i, 'marketer'],
  [/\bteaching$/i, 'teacher'],
  [/\b(?:programming|coding)$/i, 'programmer'],
  [/\bjournalism$/i, 'journalist'],
  [/\barchitecture$/i, 'architect'],
  [/\blaw$/i, 'lawyer'],
  [/\bmedicine$/i, 'doctor'],
  [/\bphotography$/i, 'photographer'],
  [/\b(\w+)ology$/i, '$1ologist'],
  [/\beconomics$/i, 'economist'],
  [/\bphysics$/i, 'physicist'],
  [/\bstatistics$/i, 'statistician'],
  [/\bmathematics$/i, 'mathematician'],
  [/\bdentistry$/i, 'dentist'],
  [/\bchemistry$/i, 'chemist'],
  [/\b(\w*(?:therap|pharmac))y$/i, '$1ist'],
];

/** Endings and words that already name a person who does the work. */
const PERSON =
  /(?:er|or|ist|ian|ant|(?<!m)ent|eer|ee)$|\b(?:man|woman|person|nurse|chef|pilot|architect|midwife|paramedic|surgeon|judge|coach|clerk|diplomat|curator|actuary|mechanic|secretary|attorney|paralegal|aide|medic|tech|associate|executive|lead|head)$/i;

/** The person nouns above in the plural, made singular: "nurses" → "nurse", "analysts" → "analyst". */
function singular(phrase: string): string {
  return phrase.replace(/(er|or|ist|ian|ant|ent|eer|nurse|chef|pilot|architect|judge|clerk|officer|agent|artist|specialist|assistant|associate)s$/i, '$1');
}

/** An occupation as a person who does it, so "a {subject}" reads well: "UX design" → "UX designer". */
function asPractitioner(phrase: string): string {
  const single = singular(phrase.replace(/^(?:an?|the)\s+/i, ''));
  for (const [field, person] of PRACTITIONERS) if (field.test(single)) return single.replace(field, person);
  return PERSON.test(single) || /^[A-Z0-9]{2,}$/.test(single) ? single : `${single} professional`;
}

/** Nouns after which an organisation or program typed in lower case takes "the": "city hospital" → "the city hospital". */
const GENERIC_PLACE =
  /\b(?:hospital|clinic|company|bank|ministry|department|agency|firm|school|college|university|museum|library|council|program|programme|degree|course|diploma|certificate|bootcamp|major|minor|apprenticeship|master'?s|bachelor'?s)\b/i;

/** Whether a lower-case name needs "the" to read as a noun phrase in "at {subject}" or "in {subject}". */
function needsArticle(phrase: string): boolean {
  return /^[a-z]/.test(phrase) && !/^(?:the|a|an|my|our|their|this|that)\b/i.test(phrase) && GENERIC_PLACE.test(phrase);
}

/** A field or sector as typed, without a leading article: "the renewable energy sector" stays, "a UX designer" becomes "UX design" where possible. */
function asField(phrase: string): string {
  const bare = phrase.replace(/^(?:an?)\s+/i, '');
  return bare
    .replace(/\bdesigners?$/i, 'design')
    .replace(/\bdevelopers?$/i, 'development')
    .replace(/\bengineers?$/i, 'engineering')
    .replace(/\bnurses?$/i, 'nursing')
    .replace(/\baccountants?$/i, 'accounting');
}

/**
 * A job or a field typed in title case ("Registered Nurses", "Healthcare") in lower case, as
 * it reads inside a sentence; acronyms and words with inner capitals ("UX", "JavaScript")
 * stay, and so does anything not typed wholly in title case.
 */
function lowerTitleCase(phrase: string): string {
  const words = phrase.split(' ');
  const titleCase = words.every((word) => /^(?:[A-Z][a-z'’-]*|[A-Z]{2,}\w*|[a-z]{1,3}|[^A-Za-z]+)$/.test(word) && !/[a-z][A-Z]/.test(word));
  return titleCase ? words.map((word) => (/^[A-Z][a-z'’-]+$/.test(word) ? word.toLowerCase() : word)).join(' ') : phrase;
}

/** Tidies, drops unwanted characters and stray quotes, and caps the length, once. */
function tidySubject(subject: string): string {
  let cleaned = tidyText(subject.replace(UNWANTED, ' '))
    .replace(/([&'’\-.,:()/])\1+/g, '$1')
    .replace(/^["'’\s]+/, '')
    .replace(/(\b[A-Z][a-z]{0,3}\.)?["'’\s.,;:!?-]*$/, (_tail, abbreviation: string | undefined) => abbreviation ?? '');
  if (cleaned.length > MAX_SUBJECT_LENGTH) {
    const cut = cleaned.slice(0, MAX_SUBJECT_LENGTH);
    const lastSpace = cut.lastIndexOf(' ');
    cleaned = lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
  }
  return cleaned;
}

/**
 * Makes a user-typed subject read naturally wherever the bank puts `{subject}`: cleaned once
 * (no braces, markup or emoji; trailing punctuation and a long tail cut); an occupation as a
 * person ("UX design" → "UX designer", "nurses" → "nurse", else "fintech professional"); a
 * field or industry as a field ("a UX designer" → "UX design"); an organisation or program
 * kept as typed, with "the" before a lower-case generic name ("nursing program" → "the
 * nursing program"). An empty subject becomes a neutral phrase suited to the target type.
 */
export function cleanSubject(subject: string, target: TargetType): string {
  const key = `${target}|${subject}`;
  let cleaned = cleanedSubjects.get(key);
  if (cleaned === undefined) {
    if (cleanedSubjects.size >= CLEANED_SUBJECTS_KEPT) cleanedSubjects.clear();
    cleaned = naturalSubject(subject, target);
    cleanedSubjects.set(key, cleaned);
  }
  return cleaned;
}

/**
 * Subjects already cleaned, by target type and what was typed: a student planning again, or
 * pressing More questions, costs a lookup rather than some thirty patterns (about 7 µs each time).
 */
const cleanedSubjects = new Map<string, string>();
const CLEANED_SUBJECTS_KEPT = 5_000;

/** The subject as {@link cleanSubject} describes it, worked out afresh. */
function naturalSubject(subject: string, target: TargetType): string {
  const tidied = tidySubject(subject);
  if (!/[\p{L}\p{N}]/u.test(tidied)) return FALLBACK_SUBJECTS[target];
  const commonNoun = target === 'occupation' || target === 'industry';
  const cleaned = commonNoun ? lowerTitleCase(tidied) : tidied;
  if (target === 'occupation') return asPractitioner(cleaned);
  if (target === 'industry') return asField(cleaned);
  return needsArticle(cleaned) ? `the ${cleaned}` : cleaned;
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
