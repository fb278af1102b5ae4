import { QUESTION_BANK } from './bank/index.js';
import { suits, toPlanned } from './plan-candidates.js';
import type { PlannedQuestion } from './plan-types.js';
import { pickOne, seededRandom } from './random.js';
import { perTargetType, type TargetType } from './types.js';

/** The parts of every close, in order; closing ids start with `closing-<part>-`. */
const CLOSING_PARTS = ['catchall', 'referral', 'permission', 'thanks'] as const;

/** The lines each target type can close with, part by part in order, worked out once. */
const CLOSING_LINES = perTargetType((target) =>
  CLOSING_PARTS.map((part) => ({ part, lines: QUESTION_BANK.filter((question) => question.id.startsWith(`closing-${part}-`) && suits(question, target)) })),
);

/**
 * The close of the conversation: a catch-all question, the ask for other people to talk
 * to, permission to use the person's name, and thanks. One line of each, chosen by seed
 * from those that suit the target type.
 */
export function planClosing(target: TargetType, subject: string, seed: string): PlannedQuestion[] {
  return CLOSING_LINES[target].flatMap(({ part, lines }) => {
    const chosen = pickOne(lines, seededRandom(`${seed}|closing|${part}`));
    return chosen === undefined ? [] : [toPlanned(chosen, subject)];
  });
}
