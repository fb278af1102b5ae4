import { describe, expect, it } from 'vitest';
import { pickWeighted, toSeed, unitRandom } from '../../../src/domain/practice/rehearsal-random.js';
import { MAX_QUOTE_CHARS, quoteAround, shortQuote } from '../../../src/domain/practice/quote.js';
import { spokenSeconds, spokenWordCount, splitSentences } from '../../../src/domain/practice/student-text.js';
import { wordCount } from '../../../src/domain/text.js';

describe('text helpers', () => {
  it('counts words, and spoken words digit by digit', () => {
    expect(wordCount("It's a 15-minute call.")).toBe(4);
    expect(spokenWordCount('Call 416-555-0142')).toBe(11);
    expect(spokenWordCount('dana.k@mail.com')).toBe(7);
    expect(spokenSeconds('word '.repeat(150))).toBe(60);
  });

  it('splits sentences at end punctuation and line breaks, but not after titles', () => {
    const sentences = splitSentences('Hi Dr. Park, this is Sam.\nI study nursing! Do you have time?');
    expect(sentences.map((s) => s.text)).toEqual(['Hi Dr. Park, this is Sam.', 'I study nursing!', 'Do you have time?']);
    expect(sentences[1]!.start).toBe(26);
  });

  it('keeps short quotes whole and trims long ones with an ellipsis', () => {
    expect(shortQuote('  Are you   hiring? ')).toBe('Are you hiring?');
    const long = 'I have always loved building things, and ever since I was a child I wanted to design bridges for my city.';
    const quote = shortQuote(long);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS + 1);
    const around = quoteAround(long, long.indexOf('ever since'), 'ever since'.length, 40);
    expect(around).toContain('ever since');
    expect(around.startsWith('…')).toBe(true);
  });
});

describe('seeded randomness', () => {
  it('is a pure function of seed and salt', () => {
    expect(unitRandom(7, 'branch')).toBe(unitRandom(7, 'branch'));
    expect(unitRandom(7, 'branch')).not.toBe(unitRandom(8, 'branch'));
    expect(unitRandom(7, 'branch')).not.toBe(unitRandom(7, 'pickup'));
    expect(toSeed(-1)).toBe(0xffffffff);
    expect(toSeed(Number.NaN)).toBe(0);
  });

  it('picks by weight and never picks a zero weight', () => {
    expect(pickWeighted({ a: 1, b: 0, c: 1 }, 0.49)).toBe('a');
    expect(pickWeighted({ a: 1, b: 0, c: 1 }, 0.51)).toBe('c');
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 1000; i++) counts[pickWeighted({ a: 3, b: 1 }, unitRandom(i, 'w'))]++;
    expect(counts.a).toBeGreaterThan(counts.b * 2);
  });
});
