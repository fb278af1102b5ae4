import { describe, expect, it } from 'vitest';
import { FRESH_QUESTIONS_2 } from '../../../eval/questions/fresh-set-2.js';
import { QUESTION_BANK } from '../../../src/domain/questions/bank/index.js';
import { TRAINING_SETS } from '../../../src/domain/questions/checker-meaning-examples.js';

/**
 * Questions the batch never tuned on shares, word for word, with the older labelled sets: they
 * were already there when it was written. Listed so that no further one slips in.
 */
const KNOWN_SHARED = [
  'Have you ever thought about changing careers?',
  'Where is your headquarters?',
  'What does your company sell?',
  'How many locations does the chain have?',
];

/** A question as compared: lower case, single spaces. */
const plain = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe("the meaning layer's training questions", () => {
  it('share no question with the batch never tuned on (eval/questions/fresh-set-2.ts) beyond the four the older sets already had', () => {
    const trained = new Set(
      [
        ...Object.values(TRAINING_SETS)
          .flat()
          .map((q) => q.question),
        ...QUESTION_BANK.map((q) => q.text),
      ].map(plain),
    );
    expect(FRESH_QUESTIONS_2.map((q) => q.question).filter((question) => trained.has(plain(question)))).toEqual(KNOWN_SHARED);
  });
});
