import { describe, expect, it } from 'vitest';
import { ALL_LABELLED_QUESTIONS } from '../../../eval/questions/all-sets.js';
import { checkQuestion } from '../../../src/domain/questions/checker.js';
import { CHECKER_LABELS } from '../../fixtures/questions/checker-labels.js';

/** Every labelled question the repo holds, once each. */
const QUESTIONS = [...new Set([...ALL_LABELLED_QUESTIONS, ...CHECKER_LABELS].map((label) => label.question))];

/** Every question that gets a rewrite, with it. */
const REWRITTEN = QUESTIONS.flatMap((question) => {
  const { rewrite } = checkQuestion(question);
  return rewrite === undefined ? [] : [{ question, rewrite }];
});

/** Signs of a broken sentence, each with what it looks like when it goes wrong. */
const BROKEN: readonly (readonly [string, RegExp])[] = [
  ['a word doubled', /\b(\w+) \1\b/i],
  [
    '"describe" followed by a clause ("describe the pay improves")',
    /\bdescribe (?:(?!that |which |who )[\w']+ ){1,5}?(?:is|are|was|were|be|will|would|can|could|should|must|improves|pays|gets|cares|matters|needs|makes)\b/i,
  ],
  ['"do" with a singular subject ("do a master\'s matter")', /\b(?:how much|how often|why|how) do (?:a|an|this|that|it)\b/i],
  ['"does" with a plural subject', /\bhow much does (?:the |your |a )?\w+s matter\b/i],
  ['two verbs after "do" ("do you must find")', /\b(?:do|does|did) (?:you|they|people|it) (?:must|will|would|can|could|should|may|might|is|are)\b/i],
  ['an article with no noun', /\b(?:a|an|the)\s*[,?.]/i],
  [
    'a leading frame kept ("To what extent don\'t you…")',
    /\bto what extent\b|\b(?:don't|isn't|wouldn't|aren't|doesn't|won't) (?:you|it|they)\b|\b(?:obviously|surely|clearly)\b/i,
  ],
  [
    'a yes/no opening',
    /^(?:do|does|did|is|are|was|were|can|could|will|would|should|have|has|had|am|may|might|shall)\b(?! you (?:tell|describe|walk|explain|share|talk))/i,
  ],
];

describe('rewrites of every labelled question', () => {
  it('covers the flagged questions of every labelled set', () => {
    expect(REWRITTEN.length).toBeGreaterThan(400);
  });

  it.each(REWRITTEN)('"$question" → "$rewrite" reads as one well-formed open question', ({ question, rewrite }) => {
    expect(rewrite).toMatch(/^[A-Z][^?]*\?$/);
    for (const [problem, pattern] of BROKEN) expect(rewrite, problem).not.toMatch(pattern);
    // A name the student capitalised keeps its capital in the rewrite.
    const names = question
      .split(/\s+/)
      .slice(1)
      .map((word) => word.replace(/[^\w&-]/g, ''))
      .filter((word) => /^[A-Z][a-z]/.test(word));
    for (const name of names) expect(rewrite, name).not.toMatch(new RegExp(`\\b${name.toLowerCase()}\\b`));
  });

  it.each(REWRITTEN)('"$question" → "$rewrite" is judged good when checked again', ({ rewrite }) => {
    const again = checkQuestion(rewrite);
    expect(again.issues).toEqual([]);
    expect(again.verdict).toBe('good');
  });
});
