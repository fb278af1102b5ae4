import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/domain/questions/bank/index.js';
import { planQuestions, type PlanRequest, type QuestionPlan } from '../../../src/domain/questions/planner.js';
import { fillSubject } from '../../../src/domain/questions/subject.js';
import { comparisonKey } from '../../../src/domain/questions/question-text.js';

const BASE: PlanRequest = { target: 'occupation', subject: 'UX researcher', minutes: 15, focus: [], seed: 'user-7:ux researcher' };

function ids(plan: QuestionPlan): string[] {
  return [...plan.mustAsk, ...plan.ifTimeAllows, ...plan.closing].map((question) => question.id);
}

function bankQuestion(id: string) {
  const question = QUESTION_BANK.find((candidate) => candidate.id === id);
  if (question === undefined) throw new Error(`No bank question ${id}`);
  return question;
}

describe('planQuestions: answered questions become follow-ups', () => {
  const plain = planQuestions(BASE);
  const answered = plain.mustAsk.slice(0, 3).map((question) => question.id);
  const plan = planQuestions({ ...BASE, answeredQuestionIds: new Set(answered) });

  it('replaces each answered question, in place, with a follow-up built from its probes', () => {
    answered.forEach((id, index) => {
      const followUp = plan.mustAsk[index];
      const original = bankQuestion(id);
      const firstProbe = fillSubject(original.probes[0] ?? '', BASE.subject);
      expect(followUp?.id).toBe(`${id}:follow-up`);
      expect(followUp?.source).toBe('follow-up');
      expect(followUp?.text.toLowerCase()).toContain(firstProbe.toLowerCase().slice(1));
      expect(followUp?.probes).toEqual(original.probes.slice(1).map((probe) => fillSubject(probe, BASE.subject)));
    });
    expect(ids(plan)).not.toEqual(expect.arrayContaining(answered));
  });

  it('leaves everything else as it was', () => {
    expect(plan.mustAsk.slice(3)).toEqual(plain.mustAsk.slice(3));
    expect(plan.estimatedMinutes).toBe(plain.estimatedMinutes);
  });

  it('ignores answered ids the plan would not have used', () => {
    const unused = QUESTION_BANK.filter((question) => question.targets.includes('program')).map((question) => question.id);
    expect(planQuestions({ ...BASE, answeredQuestionIds: new Set(unused) })).toEqual(plain);
  });
});

describe('planQuestions: advisor questions', () => {
  const bankText = fillSubject(bankQuestion('day-occupation-tools').text, BASE.subject);
  const advisorQuestions = [
    'How do you recruit participants for usability studies?',
    '   ',
    bankText,
    'how do you recruit participants for usability studies',
    'What would a {subject} want to see in a research portfolio?',
  ];
  const plan = planQuestions({ ...BASE, advisorQuestions });
  const advisor = plan.mustAsk.filter((question) => question.source === 'advisor');

  it('puts them among the must-ask questions before any bank question but the warm-up, marked as advisor questions', () => {
    expect(advisor.map((question) => question.text).sort()).toEqual(
      ['How do you recruit participants for usability studies?', bankText, 'What would a UX researcher want to see in a research portfolio?'].sort(),
    );
    expect(plan.mustAsk.filter((question) => question.source === 'bank').map((question) => question.category)).toEqual(['opening']);
    expect(advisor.every((question) => question.minutes === 2)).toBe(true);
  });

  it('drops the bank copy of a question the advisor also suggested', () => {
    const keys = [...plan.mustAsk, ...plan.ifTimeAllows, ...plan.closing].map((question) => comparisonKey(question.text));
    expect(keys.filter((key) => key === comparisonKey(bankText))).toHaveLength(1);
    expect(ids(plan)).not.toContain('day-occupation-tools');
  });

  it('counts them in the time budget', () => {
    expect(plan.estimatedMinutes).toBeLessThanOrEqual(15);
    const bankMinutes = plan.mustAsk.filter((question) => question.source !== 'advisor').reduce((sum, question) => sum + question.minutes, 0);
    expect(bankMinutes).toBeLessThan(planQuestions(BASE).mustAsk.reduce((sum, question) => sum + question.minutes, 0));
  });

  it('moves advisor questions that do not fit down a tier, to "should ask" and then "if time allows"', () => {
    const many = Array.from({ length: 9 }, (_, index) => `What is advisor question number ${index + 1} about?`);
    const crowded = planQuestions({ ...BASE, advisorQuestions: many });
    const advisorIn = (tier: readonly { source: string }[]): number => tier.filter((question) => question.source === 'advisor').length;
    expect(advisorIn(crowded.mustAsk) + advisorIn(crowded.shouldAsk ?? []) + advisorIn(crowded.ifTimeAllows)).toBe(9);
    expect(advisorIn(crowded.mustAsk)).toBe(3);
    expect(advisorIn(crowded.shouldAsk ?? [])).toBeGreaterThanOrEqual(1);
    expect(crowded.estimatedMinutes).toBeLessThanOrEqual(15);
    expect(crowded.ifTimeAllows.every((question) => question.source === 'advisor')).toBe(true);
  });
});
