import type { PlannedQuestion } from './plan-types.js';
import type { TargetType } from './question-types.js';

/** Escapes a subject for use inside a pattern. */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How each target type's subject is referred to once the plan has named it, phrase by phrase. */
const SHORT_FORMS: Readonly<Record<TargetType, (subject: string) => readonly (readonly [RegExp, string])[]>> = {
  occupation: (subject) => [
    [new RegExp(`\\b(?:the )?work of an? ${escaped(subject)}\\b`, 'g'), 'this work'],
    [new RegExp(`\\bas an? ${escaped(subject)}\\b`, 'g'), 'in this role'],
    [new RegExp(`\\ban? ${escaped(subject)}\\b`, 'g'), 'someone in this role'],
  ],
  industry: (subject) => [[new RegExp(`\\b${escaped(subject)}\\b`, 'g'), 'the field']],
  organization: (subject) => [[new RegExp(`(?<!\\w)${escaped(subject)}(?!\\w)`, 'g'), 'the organization']],
  program: (subject) => [[new RegExp(`(?<!\\w)${escaped(subject)}(?!\\w)`, 'g'), 'the program']],
};

/** Patterns already built, by target type and subject: a student planning again reuses them. */
const builtForms = new Map<string, readonly (readonly [RegExp, string])[]>();
const BUILT_FORMS_KEPT = 2_000;

/** The short-form patterns for a subject, built once. */
function shortFormsFor(target: TargetType, subject: string): readonly (readonly [RegExp, string])[] {
  const key = `${target}|${subject}`;
  let forms = builtForms.get(key);
  if (forms === undefined) {
    if (builtForms.size >= BUILT_FORMS_KEPT) builtForms.clear();
    forms = SHORT_FORMS[target](subject);
    builtForms.set(key, forms);
  }
  return forms;
}

/** An organisation or program name of this many words or fewer is short enough to repeat. */
const SHORT_NAME_WORDS = 3;

/** How many questions name the subject in full before the short form takes over. */
const NAMED_IN_FULL = 2;

/**
 * Tiers of questions in which the subject is named in full in the first questions only and
 * referred to as people speak after that: "in this role" or "someone in this role" for an
 * occupation, "the field" for an industry, "the program" or "the organization" for a long
 * name (a short name such as "Shopify" is kept). Probes follow their question; an advisor's
 * questions keep the advisor's words.
 */
export function shortenRepeatedSubject(tiers: readonly PlannedQuestion[][], target: TargetType, subject: string): readonly PlannedQuestion[][] {
  const named = target === 'organization' || target === 'program';
  if (named && subject.split(' ').length <= SHORT_NAME_WORDS) return tiers;
  const forms = shortFormsFor(target, subject);
  const shorten = (line: string): string => (line.includes(subject) ? forms.reduce((text, [pattern, short]) => text.replace(pattern, short), line) : line);
  let mentions = 0;
  return tiers.map((tier) =>
    tier.map((question) => {
      if (question.source === 'advisor' || !question.text.includes(subject)) return question;
      mentions++;
      return mentions <= NAMED_IN_FULL ? question : { ...question, text: shorten(question.text), probes: question.probes.map(shorten) };
    }),
  );
}
