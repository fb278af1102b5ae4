/**
 * `npm run eval:bank`: prints how many bank questions each target type has of its own (written
 * for it alone), how many it shares with other types, how many universal ones it gets, and its own
 * questions per category, so a review of the bank can show that no type reads like another with
 * the noun swapped.
 */
import { QUESTION_BANK } from '../../src/domain/questions/bank/index.js';
import { suits } from '../../src/domain/questions/plan-candidates.js';
import { QUESTION_CATEGORIES, TARGET_TYPES, type BankQuestion, type TargetType } from '../../src/domain/questions/question-types.js';

/** Writes one line of the report. */
function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** Questions written for this target type only. */
const ownQuestions = (target: TargetType): readonly BankQuestion[] =>
  QUESTION_BANK.filter((question) => question.targets.length === 1 && question.targets[0] === target);

const cell = (value: string | number, width: number): string => String(value).padStart(width);

print(`Question bank: ${QUESTION_BANK.length} questions in ${QUESTION_CATEGORIES.length} categories\n`);
print(`${'target'.padEnd(14)}${cell('own', 6)}${cell('shared', 8)}${cell('universal', 11)}${cell('suits', 7)}`);
for (const target of TARGET_TYPES) {
  const suitable = QUESTION_BANK.filter((question) => suits(question, target));
  const universal = suitable.filter((question) => question.targets.includes('universal')).length;
  const own = ownQuestions(target).length;
  print(`${target.padEnd(14)}${cell(own, 6)}${cell(suitable.length - own - universal, 8)}${cell(universal, 11)}${cell(suitable.length, 7)}`);
}

print(`\nOwn questions per category\n${'category'.padEnd(12)}${TARGET_TYPES.map((target) => cell(target, 14)).join('')}`);
for (const category of QUESTION_CATEGORIES) {
  const counts = TARGET_TYPES.map((target) => ownQuestions(target).filter((question) => question.category === category).length);
  print(`${category.padEnd(12)}${counts.map((count) => cell(count, 14)).join('')}`);
}
