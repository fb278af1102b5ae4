/**
 * Cost of the question checker with its meaning layer: CPU time to train the layer on first use
 * (word vectors read, examples learned), then CPU time per question, mean and slowest 1%, over
 * every labelled question (src/domain/questions/training and eval/questions), checked in turn for a few rounds. CPU time, not
 * wall-clock, so a busy machine does not inflate it. Run with `npm run bench:question-check`.
 */
import '../src/assets/provide-model-assets.js';
import { loadavg } from 'node:os';
import { FRESH_QUESTIONS_2 } from '../eval/questions/fresh-set-2.js';
import { FRESH_QUESTIONS_3 } from '../eval/questions/fresh-set-3.js';
import { FRESH_QUESTIONS_4 } from '../eval/questions/fresh-set-4.js';
import { FRESH_QUESTIONS_5 } from '../eval/questions/fresh-set-5.js';
import { FRESH_QUESTIONS_6 } from '../eval/questions/fresh-set-6.js';
import { FRESH_QUESTIONS_7 } from '../eval/questions/fresh-set-7.js';
import { FRESH_QUESTIONS } from '../src/domain/questions/training/fresh-set.js';
import { LABELLED_QUESTIONS } from '../src/domain/questions/training/labelled-set.js';
import { LATER_QUESTIONS } from '../src/domain/questions/training/later-set.js';
import { UNSEEN_QUESTIONS } from '../src/domain/questions/training/unseen-set.js';
import { checkQuestion } from '../src/domain/questions/checker.js';

const ROUNDS = 5;
const questions = [
  ...LABELLED_QUESTIONS,
  ...LATER_QUESTIONS,
  ...UNSEEN_QUESTIONS,
  ...FRESH_QUESTIONS,
  ...FRESH_QUESTIONS_2,
  ...FRESH_QUESTIONS_3,
  ...FRESH_QUESTIONS_4,
  ...FRESH_QUESTIONS_5,
  ...FRESH_QUESTIONS_6,
  ...FRESH_QUESTIONS_7,
].map((label) => label.question);

/** CPU milliseconds (user and system) spent since `start`. */
const cpuSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const first = process.cpuUsage();
checkQuestion('What does a normal week look like for you?');
const firstUse = cpuSince(first);

const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const question of questions) {
    const start = process.cpuUsage();
    checkQuestion(question);
    times.push(cpuSince(start));
  }
}
times.sort((a, b) => a - b);
const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
const p99 = times[Math.floor(times.length * 0.99)] ?? 0;

process.stdout.write(
  [
    `Question checker, ${questions.length} labelled questions × ${ROUNDS} rounds (load average ${loadavg()[0]?.toFixed(2) ?? '?'})`,
    `  first use (rules and meaning layer trained): ${firstUse.toFixed(0)} ms CPU`,
    `  per question: mean ${mean.toFixed(2)} ms CPU, slowest 1% ${p99.toFixed(2)} ms CPU (target < 5 ms)`,
    '',
  ].join('\n'),
);
