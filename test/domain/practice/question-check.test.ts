import { describe, expect, it } from 'vitest';
import { questionFinding } from '../../../src/domain/practice/checks/question.js';
import { checkQuestion } from '../../../src/domain/questions/checker.js';

describe('questionFinding', () => {
  it('names a leading question as leading, with its neutral rewrite', () => {
    const finding = questionFinding(checkQuestion("Isn't it stressful to work in an emergency room?"), 0.5);
    expect(finding?.code).toBe('leading-question');
    expect(finding?.rewrite?.original).toBe("Isn't it stressful to work in an emergency room?");
    expect(finding?.rewrite?.suggestion).not.toMatch(/n't/);
  });

  it('still names a plain yes/no question as closed', () => {
    expect(questionFinding(checkQuestion('Do you get to travel a lot?'), 0.5)?.code).toBe('closed-question');
  });

  it('gives no finding for a good question', () => {
    expect(questionFinding(checkQuestion('What does a typical week look like for you?'), 0.5)).toBeNull();
  });
});
