import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/core/suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps as one each', () => {
    expect(editDistance('help', 'helpp')).toBe(1);
    expect(editDistance('ocupation', 'occupation')).toBe(1);
    expect(editDistance('hlep', 'help')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestMatch', () => {
  const commands = ['help', 'questions', 'practice', 'log', 'remind', 'cohort', 'privacy'];

  it('suggests the nearest name for a typo', () => {
    expect(closestMatch('helpp', commands)).toBe('help');
    expect(closestMatch('questoins', commands)).toBe('questions');
    expect(closestMatch('ocupation', ['occupation', 'industry', 'organization', 'program'])).toBe('occupation');
  });

  it('suggests the only name that starts with what was typed', () => {
    expect(closestMatch('prac', commands)).toBe('practice');
  });

  it('suggests nothing when no name is close', () => {
    expect(closestMatch('banana', commands)).toBeUndefined();
    expect(closestMatch('', commands)).toBeUndefined();
  });
});
