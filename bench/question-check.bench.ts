/**
 * Cost of the question checker with its meaning layer: CPU time of the first use (word vectors
 * and the trained weights read), then CPU time per question, mean and slowest 1%, over every
 * labelled question (src/domain/questions/training and eval/questions), checked in turn for a few
 * rounds. CPU time, not wall-clock, so a busy machine does not inflate it. Run with `npm run bench:question-check`.
 */
import '../src/assets/provide-model-assets.js';
import { loadavg } from 'node:os';
import { ALL_LABELLED_QUESTIONS } from '../eval/questions/all-sets.js';
import { checkQuestion } from '../src/domain/questions/checker.js';

const ROUNDS = 5;
const questions = ALL_LABELLED_QUESTIONS.map((label) => label.question);

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
    `  first use (rules, word vectors and trained weights read): ${firstUse.toFixed(0)} ms CPU`,
    `  per question: mean ${mean.toFixed(2)} ms CPU, slowest 1% ${p99.toFixed(2)} ms CPU (target < 5 ms)`,
    '',
  ].join('\n'),
);
