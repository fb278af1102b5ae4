import type { QuestionRange } from './plan-timing.js';

/** What the student asked for, and what the plan that fits holds. */
export interface Overreach {
  /** Main questions the student asked for, if they said. */
  requested: number | undefined;
  /** The conversation's length, in minutes. */
  minutes: number;
  /** How many main questions fit, from an unhurried pace to a brisk one. */
  fit: QuestionRange;
  mustAsk: number;
  shouldAsk: number;
}

/**
 * The warning for a request that does not fit, or undefined when it does: how many questions
 * the time holds, what the plan gives instead, and the two ways to get more.
 */
export function overreachWarning({ requested, minutes, fit, mustAsk, shouldAsk }: Overreach): string | undefined {
  if (requested === undefined || requested <= fit.most) return undefined;
  const range = fit.fewest === fit.most ? `${fit.most}` : `${fit.fewest} to ${fit.most}`;
  return (
    `You asked for ${requested} questions, but ${minutes} minutes holds about ${range} once you leave time to follow up on the answers. ` +
    `This plan fits: ${mustAsk} to ask for sure and ${shouldAsk} more if the answers are brisk, with spares below. ` +
    'For more, ask the person for a longer conversation, or keep the rest for a second one.'
  );
}
