import { describe, expect, it } from 'vitest';
import { tidyText } from '../../src/domain/questions/question-text.js';
import { normalizeForMatch } from '../../src/domain/practice/student-text.js';
import { straightQuotes, wordCount } from '../../src/domain/text.js';

describe('the domain text helpers', () => {
  it('straightens every curly, low and prime quote and the modifier apostrophe, one character for one', () => {
    const written = '‘What’s’ „your“ ‚day‛ like″? Iʼm “curious” about 5′';
    const straight = straightQuotes(written);
    expect(straight).toBe("'What's' \"your\" 'day' like\"? I'm \"curious\" about 5'");
    expect(straight).toHaveLength(written.length);
  });

  it('gives the question checker and the graders the same quotes and the same word count', () => {
    const question = '  What’s   a “typical” week — like,  for you?  ';
    expect(tidyText(question)).toBe('What\'s a "typical" week — like, for you?');
    expect(normalizeForMatch(question)).toBe(straightQuotes(question).toLowerCase());
    // The dash is not a word, wherever the text is counted.
    expect(wordCount(tidyText(question))).toBe(7);
  });
});
