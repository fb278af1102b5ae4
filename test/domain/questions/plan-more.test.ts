import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/domain/questions/bank/index.js';
import { suits } from '../../../src/domain/questions/plan-candidates.js';
import { remainingQuestions } from '../../../src/domain/questions/plan-more.js';
import { planQuestions, type PlanRequest } from '../../../src/domain/questions/planner.js';
import { comparisonKey } from '../../../src/domain/questions/question-text.js';

const REQUEST: PlanRequest = { target: 'occupation', subject: 'graphic designer', minutes: 15, focus: [], seed: 'ana:graphic designer' };

describe('remainingQuestions', () => {
  const plan = planQuestions(REQUEST);
  const remaining = remainingQuestions(REQUEST, plan);
  const inPlan = new Set([...plan.mustAsk, ...(plan.shouldAsk ?? []), ...plan.ifTimeAllows, ...plan.closing].map((question) => question.id));

  it('offers every suitable bank question the plan left out, once, without warm-ups or closing lines', () => {
    const expected = QUESTION_BANK.filter(
      (question) => suits(question, 'occupation') && !['opening', 'closing'].includes(question.category) && !inPlan.has(question.id),
    ).map((question) => question.id);
    expect(remaining.map((question) => question.id).sort()).toEqual(expected.sort());
    expect(new Set(remaining.map((question) => comparisonKey(question.text))).size).toBe(remaining.length);
  });

  it('ranges over several categories on each page', () => {
    for (let start = 0; start + 5 <= 30; start += 5) {
      expect(new Set(remaining.slice(start, start + 5).map((question) => question.category)).size).toBeGreaterThanOrEqual(4);
    }
  });

  it('puts the focus categories first', () => {
    const focused = { ...REQUEST, focus: ['culture'] as const };
    const [first] = remainingQuestions(focused, planQuestions(focused));
    expect(first?.category).toBe('culture');
  });

  it('is the same every time for the same request', () => {
    expect(remainingQuestions(REQUEST, planQuestions(REQUEST))).toEqual(remaining);
  });
});
