import { QUESTION_BANK } from './bank/index.js';
import { suits, toPlanned } from './plan-candidates.js';
import type { PlannedQuestion } from './plan-types.js';
import { pickOne, seededRandom } from './random.js';
import type { TargetType } from './types.js';

/** The parts of every close, in order; closing ids start with `closing-<part>-`. */
const CLOSING_PARTS = ['catchall', 'referral', 'permission', 'thanks'] as const;

/**
 * The close of the conversation: a catch-all question, the ask for other people to talk
 * to, permission to use the person's name, and thanks. One line of each, chosen by seed
 * from those that suit the target type.
 */
export function planClosing(target: TargetType, subject: string, seed: string): PlannedQuestion[] {
  return CLOSING_PARTS.flatMap((part) => {
    const options = QUESTION_BANK.filter((question) => question.id.startsWith(`closing-${part}-`) && suits(question, target));
    const chosen = pickOne(options, seededRandom(`${seed}|closing|${part}`));
    return chosen === undefined ? [] : [toPlanned(chosen, subject)];
  });
}
