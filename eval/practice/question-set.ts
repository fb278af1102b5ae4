/** All labelled evaluation questions: the main set in four parts, and seven batches measured apart. */
import { FIRST_ROWS } from './questions.js';
import { FRESH_ROWS } from './questions-fresh.js';
import type { Row } from './question-row.js';
import { LAST_ROWS } from './questions-last.js';
import { MORE_ROWS } from './questions-more.js';
import { RUN_ON_ROWS } from './questions-run-on.js';
import { UNSEEN_2_ROWS } from './questions-unseen-2.js';
import { UNSEEN_3_ROWS } from './questions-unseen-3.js';
import { UNSEEN_4_ROWS } from './questions-unseen-4.js';
import { UNSEEN_5_ROWS } from './questions-unseen-5.js';
import { UNSEEN_6_ROWS } from './questions-unseen-6.js';
import { UNSEEN_7_ROWS } from './questions-unseen-7.js';
import { UNSEEN_ROWS } from './questions-unseen.js';
import type { LabelledTopic } from '../../src/domain/practice/understand/phrasings.js';
import type { TargetType } from '../../src/domain/questions/question-types.js';

/**
 * One labelled question. `also` names a second acceptable topic, only where a careful reader
 * would file the question under either and the persona's answer for either topic answers it
 * (see answers.ts): the bank itself files such questions under two, or the question asks about
 * two things at once (workload and the week's shape). Topics a reader can tell apart get no
 * `also`: "how did you get in" (path) and "how do I get in" (entry) are different questions,
 * and so are "what would you tell me" (advice) and "what did you do" (path). A question about
 * the licence or registration needed to practise accepts entry and education in every set: it
 * is both a step into the work and a credential to study for, the bank files it under entry and
 * earlier batches under education, and the persona's entry and education answers both name the
 * field's credential. The unseen batches otherwise keep the labels they had when first measured.
 */
export interface LabelledQuestion {
  text: string;
  topic: LabelledTopic;
  target: TargetType;
  also?: LabelledTopic;
}

function flatten(rows: Readonly<Record<LabelledTopic, readonly Row[]>>): LabelledQuestion[] {
  return Object.entries(rows).flatMap(([topic, list]) =>
    list.map(([text, target, also]) => ({ text, topic: topic as LabelledTopic, target, ...(also === undefined ? {} : { also }) })),
  );
}

/** Every labelled question. */
export const EVAL_QUESTIONS: readonly LabelledQuestion[] = [...flatten(FIRST_ROWS), ...flatten(RUN_ON_ROWS), ...flatten(MORE_ROWS), ...flatten(LAST_ROWS)];

/** The fresh batch, measured apart from the main set (see questions-fresh.ts). */
export const FRESH_QUESTIONS: readonly LabelledQuestion[] = flatten(FRESH_ROWS);

/** The unseen batch, written before the word-vector classifier and never tuned on (see questions-unseen.ts). */
export const UNSEEN_QUESTIONS: readonly LabelledQuestion[] = flatten(UNSEEN_ROWS);

/** The second unseen batch, written before the classifier was tuned on the first one and never tuned on (see questions-unseen-2.ts). */
export const UNSEEN_2_QUESTIONS: readonly LabelledQuestion[] = flatten(UNSEEN_2_ROWS);

/** The third unseen batch, written before the classifier work of 2026-12-07 evening and never tuned on (see questions-unseen-3.ts). */
export const UNSEEN_3_QUESTIONS: readonly LabelledQuestion[] = flatten(UNSEEN_3_ROWS);

/** The fourth unseen batch, written after that classifier work and never tuned on (see questions-unseen-4.ts). */
export const UNSEEN_4_QUESTIONS: readonly LabelledQuestion[] = flatten(UNSEEN_4_ROWS);

/** The fifth unseen batch, written before task i16b's changes and never tuned on (see questions-unseen-5.ts). */
export const UNSEEN_5_QUESTIONS: readonly LabelledQuestion[] = flatten(UNSEEN_5_ROWS);

/** The sixth unseen batch, written before task "understanding"'s changes and never tuned on (see questions-unseen-6.ts). */
export const UNSEEN_6_QUESTIONS: readonly LabelledQuestion[] = flatten(UNSEEN_6_ROWS);

/** The seventh unseen batch, written sealed by someone who saw neither the classifier nor its phrasings, and measured once (see questions-unseen-7.ts). */
export const UNSEEN_7_QUESTIONS: readonly LabelledQuestion[] = flatten(UNSEEN_7_ROWS);

/** Every labelled question of the main set and of every batch measured apart. */
export const ALL_QUESTIONS: readonly LabelledQuestion[] = [
  ...EVAL_QUESTIONS,
  ...FRESH_QUESTIONS,
  ...UNSEEN_QUESTIONS,
  ...UNSEEN_2_QUESTIONS,
  ...UNSEEN_3_QUESTIONS,
  ...UNSEEN_4_QUESTIONS,
  ...UNSEEN_5_QUESTIONS,
  ...UNSEEN_6_QUESTIONS,
  ...UNSEEN_7_QUESTIONS,
];
