/**
 * The last guard on every rewrite: a better question never keeps a private subject about the
 * person (their health, family, beliefs, age, home, debts or plans to retire), whatever rule or
 * template produced it. One that does is replaced by a question about how people in the field
 * handle that part of life.
 */
import { re } from './checker-rules.js';
import { BODY_AND_TREATMENT, NOT_THE_BODY, PRIVATE_QUALIFIER } from './checker-private-words.js';

/** Private parts of the person's life, as nouns that follow "your". */
const PRIVATE_NOUN = String.raw`health|wellbeing|well-being|illness|sickness|condition|injur(?:y|ies)|disabilit(?:y|ies)|diagnosis|medication|therapy|therapist|pregnanc(?:y|ies)|fertility|retirement|age|weight|${BODY_AND_TREATMENT}|wife|husband|partner|spouse|boyfriend|girlfriend|marriage|divorce|kids|children|family|parents|religion|faith|church|politics|vote|ethnicity|nationality|accent|mortgage|debts?|loans?|savings|rent|house|home|address|love life|private life|personal life`;

/** States of the person's own life, as words that follow "are you" or "you … were". */
const PRIVATE_STATE = String.raw`ill|sick|disabled|pregnant|married|divorced|single|religious|retir(?:e|ed|ing)|diagnosed|in therapy|on medication`;

/** "your health", "your own family", "your bad knee", but not "your health and safety team", "your partner organisations" or "your back office". */
const YOUR_PRIVATE = re(
  String.raw`\b(?:your|ur) (?:(?:${PRIVATE_QUALIFIER}) )?(?:${PRIVATE_NOUN})\b(?! (?:and safety|insurance|organi[sz]ations?|agenc(?:y|ies)|firms?|compan(?:y|ies)|schools?|sector|system|services?|team|page|business|work|${NOT_THE_BODY})\b)`,
);

/** "are you pregnant", "you might retire", "were you ever ill". */
const YOU_PRIVATE = re(String.raw`\b(?:you|u)\b(?: [\w'-]+){0,2}? (?:${PRIVATE_STATE})\b`);

/** The redirection offered instead: how people in the field handle life outside work. */
export const PRIVATE_REDIRECT = 'How do people in this field fit the work around life outside it?';

/** Whether a question (a rewrite) is about the person's own private life. */
export function keepsPrivateSubject(question: string): boolean {
  return YOUR_PRIVATE.test(question) || YOU_PRIVATE.test(question);
}

/** The rewrite as it may be offered: a redirection if it kept a private subject. */
export function withoutPrivateSubject(rewrite: string): string {
  return keepsPrivateSubject(rewrite) ? PRIVATE_REDIRECT : rewrite;
}
