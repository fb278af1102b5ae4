import { describe, expect, it } from 'vitest';
import { budgetTime } from '../../../src/domain/questions/plan-timing.js';
import { pickOne, seededRandom } from '../../../src/domain/random.js';
import { cleanSubject, fillSubject } from '../../../src/domain/questions/subject.js';
import { comparisonKey } from '../../../src/domain/questions/question-text.js';
import { CATEGORY_LABELS, QUESTION_CATEGORIES, TARGET_LABELS, TARGET_TYPES } from '../../../src/domain/questions/question-types.js';

describe('fillSubject', () => {
  it.each([
    ['architect', 'an architect'],
    ['nurse', 'a nurse'],
    ['hour-based tutor', 'an hour-based tutor'],
    ['user researcher', 'a user researcher'],
    ['UX designer', 'a UX designer'],
    ['MRI technologist', 'an MRI technologist'],
    ['European policy analyst', 'a European policy analyst'],
  ])('puts the right article before %s', (subject, expected) => {
    expect(fillSubject('Working as a {subject} is hard.', subject)).toBe(`Working as ${expected} is hard.`);
  });

  it('keeps a capital article and fills every placeholder', () => {
    expect(fillSubject('A {subject} meets another {subject}.', 'engineer')).toBe('An engineer meets another engineer.');
    expect(fillSubject('Life at {subject}', 'Acme')).toBe('Life at Acme');
  });
});

describe('cleanSubject', () => {
  it('tidies what the user typed and removes braces', () => {
    expect(cleanSubject('  data   {subject} scientist. ', 'occupation')).toBe('data subject scientist');
  });

  it('falls back to a neutral phrase for each target type', () => {
    expect(fillSubject('as a {subject}', cleanSubject('', 'occupation'))).toBe('as a professional in this field');
    expect(cleanSubject(' ', 'organization')).toBe('your organization');
  });

  it('cuts very long subjects at a word boundary', () => {
    const cleaned = cleanSubject('word '.repeat(40), 'industry');
    expect(cleaned.length).toBeLessThanOrEqual(80);
    expect(cleaned.endsWith('word')).toBe(true);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed, differs across seeds and stays in [0, 1)', () => {
    const first = seededRandom('alice');
    const again = seededRandom('alice');
    const other = seededRandom('bob');
    const draw = (random: () => number): number[] => Array.from({ length: 50 }, () => random());
    const a = draw(first);
    expect(draw(again)).toEqual(a);
    expect(draw(other)).not.toEqual(a);
    for (const value of a) expect(value >= 0 && value < 1).toBe(true);
    expect(pickOne<number>([], first)).toBeUndefined();
  });
});

describe('budgetTime', () => {
  it('keeps about two minutes each for the introduction and the close', () => {
    expect(budgetTime(15)).toEqual({ budget: 15, intro: 2, close: 2, forQuestions: 11, extras: 4 });
    expect(budgetTime(5)).toMatchObject({ intro: 1, close: 1, forQuestions: 3 });
    expect(budgetTime(60)).toMatchObject({ intro: 2, close: 3, forQuestions: 55 });
    expect(budgetTime(1).forQuestions).toBe(0);
  });
});

describe('labels and text keys', () => {
  it('labels every category and target type', () => {
    for (const category of QUESTION_CATEGORIES) expect(CATEGORY_LABELS[category].length).toBeGreaterThan(0);
    for (const target of TARGET_TYPES) expect(TARGET_LABELS[target].length).toBeGreaterThan(0);
    expect(CATEGORY_LABELS['day-to-day']).toBe('Day-to-day work');
    expect(CATEGORY_LABELS.conditions).toBe('Working conditions and lifestyle');
  });

  it('compares texts regardless of case, accents, quotes and punctuation', () => {
    expect(comparisonKey('What’s  the Résumé  like?')).toBe(comparisonKey('whats the resume like'));
  });
});
