import { QUESTION_BANK } from './bank/index.js';
import { suits, toPlanned } from './plan-candidates.js';
import type { PlannedQuestion } from './plan-types.js';
import { pickOne, seededRandom } from '../random.js';
import { perTargetType, type TargetType } from './question-types.js';

/** The parts of every close, in speaking order; closing ids start with `closing-<part>-`. */
const CLOSING_PARTS = ['catchall', 'referral', 'permission', 'thanks'] as const;
type ClosingPart = (typeof CLOSING_PARTS)[number];

/** Which part gives way first when the close is short: the catch-all; a referral ask, permission and thanks always stay. */
const FIRST_TO_GO: ClosingPart = 'catchall';

/** The lines each target type can close with, part by part in order, worked out once. */
const CLOSING_LINES = perTargetType((target) =>
  CLOSING_PARTS.map((part) => ({ part, lines: QUESTION_BANK.filter((question) => question.id.startsWith(`closing-${part}-`) && suits(question, target)) })),
);

/**
 * The close of the conversation, within `minutes`: a catch-all question, the ask for other
 * people to talk to, permission to use the person's name, and thanks, one line of each chosen
 * by seed. Permission and thanks are said in passing (no minutes of their own); when the close
 * has no room left for the catch-all, it is left out rather than let the call run over.
 */
export function planClosing(target: TargetType, subject: string, seed: string, minutes: number): PlannedQuestion[] {
  const kept = new Map<ClosingPart, PlannedQuestion>();
  for (const { part, lines } of CLOSING_LINES[target]) {
    const chosen = pickOne(lines, seededRandom(`${seed}|closing|${part}`));
    if (chosen !== undefined) kept.set(part, toPlanned(chosen, subject));
  }
  const total = [...kept.values()].reduce((sum, line) => sum + line.minutes, 0);
  const catchAll = kept.get(FIRST_TO_GO);
  if (total > minutes && catchAll !== undefined) {
    const left = minutes - (total - catchAll.minutes);
    const shorter = CLOSING_LINES[target].find(({ part }) => part === FIRST_TO_GO)?.lines.filter((line) => line.minutes <= left) ?? [];
    const replacement = pickOne(shorter, seededRandom(`${seed}|closing|${FIRST_TO_GO}|short`));
    if (replacement === undefined) kept.delete(FIRST_TO_GO);
    else kept.set(FIRST_TO_GO, toPlanned(replacement, subject));
  }
  return CLOSING_PARTS.flatMap((part) => {
    const line = kept.get(part);
    return line === undefined ? [] : [line];
  });
}
