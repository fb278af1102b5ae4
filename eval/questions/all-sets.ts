/**
 * Every labelled question set of the checker in one place: the ones the meaning layer trains on
 * (src/domain/questions/training) and the later fresh batches it never trains on, for the
 * benchmark and the tests that run over all of them.
 */
import type { LabelledQuestion } from '../../src/domain/questions/labelled-question.js';
import { TRAINING_SETS } from '../../src/domain/questions/checker-meaning-examples.js';
import { FRESH_QUESTIONS_2 } from './fresh-set-2.js';
import { FRESH_QUESTIONS_3 } from './fresh-set-3.js';
import { FRESH_QUESTIONS_4 } from './fresh-set-4.js';
import { FRESH_QUESTIONS_5 } from './fresh-set-5.js';
import { FRESH_QUESTIONS_6 } from './fresh-set-6.js';
import { FRESH_QUESTIONS_7 } from './fresh-set-7.js';
import { FRESH_QUESTIONS_8 } from './fresh-set-8.js';
import { FRESH_QUESTIONS_9 } from './fresh-set-9.js';
import { FRESH_QUESTIONS_10 } from './fresh-set-10.js';

/** The fresh batches kept out of training, oldest first; the last is the newest, whose first run is the honest figure. */
export const HELD_OUT_BATCHES: readonly (readonly LabelledQuestion[])[] = [
  FRESH_QUESTIONS_2,
  FRESH_QUESTIONS_3,
  FRESH_QUESTIONS_4,
  FRESH_QUESTIONS_5,
  FRESH_QUESTIONS_6,
  FRESH_QUESTIONS_7,
  FRESH_QUESTIONS_8,
  FRESH_QUESTIONS_9,
  FRESH_QUESTIONS_10,
];

/** Every labelled question of every set, training sets first. */
export const ALL_LABELLED_QUESTIONS: readonly LabelledQuestion[] = [...Object.values(TRAINING_SETS).flat(), ...HELD_OUT_BATCHES.flat()];
