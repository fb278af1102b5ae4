import type { PlannedQuestion } from './plan-types.js';
import type { TargetType } from './types.js';

/** How a long program or organisation name is referred to once the plan has named it in full. */
const SHORT_FORMS: Readonly<Partial<Record<TargetType, string>>> = {
  organization: 'the organization',
  program: 'the program',
};

/** Names of more words than this are shortened after the first questions. */
const LONG_NAME_WORDS = 3;

/** How many questions name the subject in full before the short form takes over. */
const NAMED_IN_FULL = 2;

/**
 * Tiers of questions in which a long program or organisation name ("the nursing program at
 * Humber College") is written in full in the first questions only, and as "the program" or
 * "the organization" after that, as people speak. Other subjects and short names are unchanged.
 */
export function shortenRepeatedSubject(tiers: readonly PlannedQuestion[][], target: TargetType, subject: string): readonly PlannedQuestion[][] {
  const short = SHORT_FORMS[target];
  if (short === undefined || subject.split(' ').length <= LONG_NAME_WORDS) return tiers;
  let named = 0;
  const shorten = (line: string): string => line.replaceAll(subject, short);
  return tiers.map((tier) =>
    tier.map((question) => {
      if (!question.text.includes(subject)) return question;
      named++;
      return named <= NAMED_IN_FULL ? question : { ...question, text: shorten(question.text), probes: question.probes.map(shorten) };
    }),
  );
}
