/**
 * Time to understand one student question: the topic classifier (lemmas, spelling correction,
 * word vectors, softmax and BM25 against the labelled examples, rule tie-break) on every bank
 * question and every labelled evaluation question, many times over, after the model is built.
 * Prints what the first use costs (reading the word vectors, then building the model: time and
 * resident memory; the CPU time, which the machine's load moves less than the wall time), the median time per question, the slowest question (its median over the rounds, which
 * the machine's load moves little) and the p99 of all samples (which it moves a lot; the load
 * average is printed beside it). Run with `npm run bench:practice-classify`.
 */
import '../src/assets/provide-model-assets.js';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { EVAL_QUESTIONS } from '../eval/practice/question-set.js';
import { understandQuestion } from '../src/domain/practice/understand/topic.js';
import { wordVectors } from '../src/domain/practice/understand/word-vectors.js';
import { QUESTION_BANK } from '../src/domain/questions/bank/index.js';
import { ms, percentile } from './support/figures.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const questions = [...QUESTION_BANK.map((q) => q.text.replaceAll('{subject}', 'UX designer')), ...EVAL_QUESTIONS.map((q) => q.text)];

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
wordVectors();
const load = performance.now() - loadStart;
const rssVectors = process.memoryUsage().rss;
const buildStart = performance.now();
const cpuStart = process.cpuUsage();
understandQuestion('How did you get started?');
const build = performance.now() - buildStart;
const cpu = process.cpuUsage(cpuStart);
const buildCpu = (cpu.user + cpu.system) / 1000;
const rssModel = process.memoryUsage().rss;

const perQuestion: number[][] = questions.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  questions.forEach((question, i) => {
    const start = performance.now();
    understandQuestion(question, 'UX design');
    perQuestion[i]?.push(performance.now() - start);
  });
}
const samples = perQuestion.flat();
const slowest = Math.max(...perQuestion.map((times) => percentile(times, 50)));

console.log(`practice classify: ${questions.length} questions x ${ROUNDS} rounds`);
console.log(
  `  first use: word vectors read in ${ms(load)} (+${mib(rssVectors - rssBefore)} RSS), model built in ${ms(build)} (${ms(buildCpu)} of CPU; +${mib(rssModel - rssVectors)} RSS); RSS now ${mib(rssModel)}`,
);
console.log(`  per question: median ${ms(percentile(samples, 50))}; slowest question ${ms(slowest)} (target: under 5 ms)`);
console.log(`  all samples: p99 ${ms(percentile(samples, 99))} at load average ${loadavg()[0]?.toFixed(1) ?? '?'}`);
