import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../../src/domain/practice/understand/edit-distance.js';
import { lemma, terms } from '../../../src/domain/practice/understand/lemma.js';
import { understandQuestion } from '../../../src/domain/practice/understand/topic.js';
import { QUESTION_BANK } from '../../../src/domain/questions/bank/index.js';
import { planQuestions } from '../../../src/domain/questions/planner.js';
import { TARGET_TYPES } from '../../../src/domain/questions/question-types.js';

describe('spelling correction', () => {
  const known = new Vocabulary(['works', 'skills', 'work', 'career']);

  it('mends a dropped, doubled or swapped letter, and up to two typos in a long word', () => {
    expect(['skils', 'wrok', 'carrer', 'careeer'].map((word) => known.closest(word))).toEqual(['skills', 'work', 'career', 'career']);
  });

  it('does not turn a short real word into another by changing one letter', () => {
    expect(known.closest('words')).toBeNull();
    expect(known.closest('fork')).toBeNull();
  });
});

describe('lemmas', () => {
  it('folds a family of words into one term', () => {
    expect(new Set(['drawn', 'hooked', 'sparked', 'attracted'].map(lemma)).size).toBe(1);
    expect(new Set(['daily', 'day', 'everyday'].map(lemma)).size).toBe(1);
    expect(terms('What do you usually do on a Monday morning?')).toEqual([lemma('monday'), lemma('morning')]);
    expect(terms('I hope to work there one day')).not.toContain(lemma('day'));
  });

  it('brings word forms and everyday synonyms to one term', () => {
    expect(new Set(['study', 'studies', 'studied', 'studying'].map(lemma)).size).toBe(1);
    expect(lemma('salary')).toBe(lemma('wages'));
    expect(terms("What's a typical day like?")).toEqual(['typical', 'day']);
  });
});

describe('understandQuestion', () => {
  it('files nearly every bank question, subject filled in, under its own category', () => {
    const right = QUESTION_BANK.filter((q) => understandQuestion(q.text.replaceAll('{subject}', 'nurse'), 'nurse').topic === q.category);
    expect(right.length / QUESTION_BANK.length).toBeGreaterThanOrEqual(0.97);
  });

  it.each(TARGET_TYPES)('understands every question of a 60-minute %s plan', (target) => {
    const plan = planQuestions({ target, subject: 'UX designer', minutes: 60, focus: [], seed: 'test' });
    for (const q of [...plan.mustAsk, ...plan.ifTimeAllows, ...plan.closing])
      expect(understandQuestion(q.text, 'UX designer').topic, q.text).not.toBe('unclear');
  });

  it('reads through typos', () => {
    expect(understandQuestion('wat skils do you need for this carrer?').topic).toBe('skills');
  });

  it('says which word it did not understand when a question is unclear', () => {
    const understood = understandQuestion('And the zorbulation?');
    expect(understood.topic).toBe('unclear');
    expect(understood.unknownWords).toContain('zorbulation');
  });

  it('leaves the subject under discussion out of the comparison', () => {
    expect(understandQuestion('What does a typical week look like in nursing?', 'nursing').topic).toBe('day-to-day');
  });
});
