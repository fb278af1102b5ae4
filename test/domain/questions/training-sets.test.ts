import { describe, expect, it } from 'vitest';
import { FRESH_QUESTIONS_2 } from '../../../eval/questions/fresh-set-2.js';
import { HELD_OUT_BATCHES } from '../../../eval/questions/all-sets.js';
import { FRESH_QUESTIONS_9 } from '../../../eval/questions/fresh-set-9.js';
import { QUESTION_BANK } from '../../../src/domain/questions/bank/index.js';
import { TRAINING_SETS } from '../../../src/domain/questions/checker-meaning-examples.js';

/**
 * Questions the third fresh batch (eval/questions/fresh-set-2.ts) shares, word for word, with the older labelled sets: they
 * were already there when it was written. Listed so that no further one slips in.
 */
const KNOWN_SHARED = [
  'Have you ever thought about changing careers?',
  'Where is your headquarters?',
  'What does your company sell?',
  'How many locations does the chain have?',
];

/** The same for the fourth to ninth fresh batches: short common questions any student might write. */
const KNOWN_SHARED_LATER = [
  'How much do you make a year, roughly?',
  'Where is your firm headquartered?',
  'Who is the CEO of your company?',
  'What would you do differently if you were starting your career today?',
  'Do you like your job?',
  'How many branches does the bank have?',
  'Are you gay?',
];

/** A question as compared: lower case, single spaces. */
const plain = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Every question the meaning layer trains on, compared plainly. */
const trained = new Set(
  [
    ...Object.values(TRAINING_SETS)
      .flat()
      .map((q) => q.question),
    ...QUESTION_BANK.map((q) => q.text),
  ].map(plain),
);

describe("the meaning layer's training questions", () => {
  it('share no question with the third fresh batch (eval/questions/fresh-set-2.ts) beyond the four the older sets already had', () => {
    expect(FRESH_QUESTIONS_2.map((q) => q.question).filter((question) => trained.has(plain(question)))).toEqual(KNOWN_SHARED);
  });

  it('share no question with the newest batch (eval/questions/fresh-set-9.ts)', () => {
    expect(FRESH_QUESTIONS_9.map((q) => q.question).filter((question) => trained.has(plain(question)))).toEqual([]);
  });

  it('share with the fresh batches tuned on after their first run (fresh-set-3 to fresh-set-8) only the common questions they were written with', () => {
    const tuned = HELD_OUT_BATCHES.slice(1, -1).flat();
    expect(tuned.map((q) => q.question).filter((question) => trained.has(plain(question)))).toEqual(KNOWN_SHARED_LATER);
  });
});
