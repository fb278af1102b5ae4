import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/domain/questions/bank/index.js';
import { budgetTime, questionsThatFit } from '../../../src/domain/questions/plan-timing.js';
import { remainingQuestions } from '../../../src/domain/questions/plan-more.js';
import { planQuestions, type PlanRequest, type PlannedQuestion, type QuestionPlan } from '../../../src/domain/questions/planner.js';
import { pickOne, seededRandom } from '../../../src/domain/random.js';
import { comparisonKey } from '../../../src/domain/questions/question-text.js';
import { QUESTION_CATEGORIES, TARGET_TYPES, type TargetType } from '../../../src/domain/questions/question-types.js';

const SUBJECTS: Readonly<Record<TargetType, string>> = {
  occupation: 'architect',
  industry: 'renewable energy',
  organization: 'Shopify',
  program: 'the nursing program at Humber',
};

function request(overrides: Partial<PlanRequest> = {}): PlanRequest {
  const target = overrides.target ?? 'occupation';
  return { target, subject: SUBJECTS[target], minutes: 15, focus: [], seed: `user-1:${SUBJECTS[target]}`, ...overrides };
}

function allQuestions(plan: QuestionPlan): PlannedQuestion[] {
  return [...plan.mustAsk, ...(plan.shouldAsk ?? []), ...plan.ifTimeAllows, ...plan.closing];
}

function questionMinutes(plan: QuestionPlan): number {
  return plan.mustAsk.reduce((sum, question) => sum + question.minutes, 0);
}

function closingMinutes(plan: QuestionPlan): number {
  return plan.closing.reduce((sum, question) => sum + question.minutes, 0);
}

function bankSensitivity(id: string): string {
  return QUESTION_BANK.find((question) => question.id === id.replace(/:follow-up$/, ''))?.sensitivity ?? 'none';
}

function bankTargets(id: string): readonly string[] {
  return QUESTION_BANK.find((question) => question.id === id)?.targets ?? [];
}

describe('planQuestions: time', () => {
  it.each([5, 10, 15, 20, 30, 45, 60, 90])('fits a %i-minute budget for every target type, the close included', (minutes) => {
    for (const target of TARGET_TYPES) {
      const plan = planQuestions(request({ target, minutes }));
      const time = budgetTime(minutes);
      expect(plan.budgetMinutes).toBe(minutes);
      expect(plan.estimatedMinutes).toBeLessThanOrEqual(minutes);
      expect(plan.estimatedMinutes).toBe(time.intro + questionMinutes(plan) + closingMinutes(plan));
      expect(closingMinutes(plan)).toBeLessThanOrEqual(time.close);
      expect(plan.mustAsk.length).toBeGreaterThanOrEqual(1);
      expect(plan.ifTimeAllows.length).toBeGreaterThanOrEqual(3);
      expect(plan.ifTimeAllows.length).toBeLessThanOrEqual(5);
    }
  });

  it.each([15, 30, 60])('keeps must-ask questions to about 60%% of %i minutes (never over 80%%) and never about pay, for every target type', (minutes) => {
    for (const target of TARGET_TYPES) {
      for (let user = 0; user < 10; user++) {
        for (const focus of [[], ['rewards'], ['rewards', 'conditions', 'culture']] as const) {
          const plan = planQuestions(request({ target, minutes, focus, seed: `user-${user}` }));
          const label = `${target}/${minutes}/${focus.join('+')}/user-${user}`;
          expect(questionMinutes(plan), label).toBeLessThanOrEqual(Math.floor(minutes * 0.6));
          expect(questionMinutes(plan), label).toBeLessThanOrEqual(minutes * 0.8);
          for (const question of plan.mustAsk) {
            expect(bankSensitivity(question.id), `${label}: ${question.text}`).toBe('none');
            expect(question.text, label).not.toMatch(/\b(?:pay|paid|salar(?:y|ies)|earn\w*|wages?|income|compensation)\b/i);
          }
        }
      }
    }
  });

  it('matches the shared model of how many questions fit: must-ask at an unhurried pace, should-ask up to a brisk one', () => {
    for (const minutes of [15, 30, 60]) {
      for (const target of TARGET_TYPES) {
        const plan = planQuestions(request({ target, minutes }));
        const fit = questionsThatFit(minutes);
        const main = plan.mustAsk.length + (plan.shouldAsk ?? []).length;
        expect(plan.mustAsk.length).toBeLessThanOrEqual(fit.fewest);
        expect(main).toBeLessThanOrEqual(fit.most);
        expect(main).toBeGreaterThanOrEqual(fit.fewest);
        expect(plan.shouldAsk?.length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it('plans 8 to 15 questions for the default 15 minutes, 3 to 5 of them must-ask', () => {
    for (const target of TARGET_TYPES) {
      for (let user = 0; user < 25; user++) {
        const plan = planQuestions(request({ target, seed: `user-${user}:${SUBJECTS[target]}` }));
        const total = plan.mustAsk.length + (plan.shouldAsk ?? []).length + plan.ifTimeAllows.length;
        expect(total).toBeGreaterThanOrEqual(8);
        expect(total).toBeLessThanOrEqual(15);
        expect(plan.mustAsk.length).toBeGreaterThanOrEqual(3);
        expect(plan.mustAsk.length).toBeLessThanOrEqual(5);
      }
    }
  });

  it('makes a 30-minute plan visibly longer than a 15-minute one', () => {
    for (const target of TARGET_TYPES) {
      const short = planQuestions(request({ target, minutes: 15 }));
      const long = planQuestions(request({ target, minutes: 30 }));
      expect(long.mustAsk.length).toBeGreaterThanOrEqual(short.mustAsk.length + 3);
      expect(long.estimatedMinutes).toBeGreaterThan(short.estimatedMinutes);
    }
  });

  it('still plans one question for a tiny budget and reports the estimate honestly', () => {
    const plan = planQuestions(request({ minutes: 2 }));
    expect(plan.mustAsk.length).toBe(1);
    expect(plan.estimatedMinutes).toBe(1 + questionMinutes(plan) + closingMinutes(plan));
    expect(plan.estimatedMinutes).toBeGreaterThan(2);
  });

  it('leaves the catch-all out when the close has a single minute, keeping the referral ask, permission and thanks', () => {
    const plan = planQuestions(request({ minutes: 5 }));
    expect(plan.closing.map((question) => question.id.split('-')[1])).toEqual(['referral', 'permission', 'thanks']);
    expect(closingMinutes(plan)).toBeLessThanOrEqual(budgetTime(5).close);
  });

  it('falls back to 15 minutes when the length is not a positive number', () => {
    expect(planQuestions(request({ minutes: Number.NaN })).budgetMinutes).toBe(15);
    expect(planQuestions(request({ minutes: -5 })).budgetMinutes).toBe(15);
  });
});

describe('planQuestions: asking for more than fits', () => {
  it.each([15, 30, 60])('warns at %i minutes for every target type, and still gives the plan that fits', (minutes) => {
    const fit = questionsThatFit(minutes);
    for (const target of TARGET_TYPES) {
      const plan = planQuestions(request({ target, minutes, questions: fit.most + 5 }));
      expect(plan.warning, target).toContain(`You asked for ${fit.most + 5} questions`);
      expect(plan.warning).toContain(`${minutes} minutes holds about ${fit.fewest} to ${fit.most}`);
      expect(plan.warning).toContain(`${plan.mustAsk.length} to ask for sure and ${plan.shouldAsk?.length ?? 0} more`);
      expect(plan.mustAsk.length + (plan.shouldAsk ?? []).length).toBeLessThanOrEqual(fit.most);
      expect(questionMinutes(plan)).toBeLessThanOrEqual(minutes * 0.8);
    }
  });

  it('says nothing when the request fits, and plans no more main questions than asked for', () => {
    expect(planQuestions(request({ minutes: 30 })).warning).toBeUndefined();
    const plan = planQuestions(request({ minutes: 30, questions: 5 }));
    expect(plan.warning).toBeUndefined();
    expect(plan.mustAsk.length + (plan.shouldAsk ?? []).length).toBe(5);
  });
});

describe('planQuestions: order and subjects', () => {
  const ORDER = ['opening', 'path', 'day-to-day', 'conditions', 'culture', 'rewards', 'skills', 'education', 'entry', 'trends', 'advice', 'resources'];

  it('puts every tier in conversation order: opening, their story, the work, skills and entry, trends, advice', () => {
    for (const target of TARGET_TYPES) {
      for (const minutes of [15, 30, 60]) {
        const plan = planQuestions(request({ target, minutes }));
        for (const tier of [plan.mustAsk, plan.shouldAsk ?? [], plan.ifTimeAllows]) {
          const ranks = tier.map((question) => ORDER.indexOf(question.category));
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        }
        expect(plan.mustAsk[0]?.category).toBe('opening');
      }
    }
  });

  it('names a long program in full in the first questions only, then as "the program", and never offers those again under More questions', () => {
    const longName: PlanRequest = request({ target: 'program', subject: 'the nursing program at Humber College', minutes: 30 });
    const plan = planQuestions(longName);
    const main = [...plan.mustAsk, ...(plan.shouldAsk ?? []), ...plan.ifTimeAllows];
    expect(main.filter((question) => question.text.includes('the nursing program at Humber College'))).toHaveLength(2);
    expect(main.filter((question) => question.text.includes('the program')).length).toBeGreaterThanOrEqual(5);
    const plannedIds = new Set(main.map((question) => question.id));
    expect(remainingQuestions(longName, plan).filter((question) => plannedIds.has(question.id))).toEqual([]);
    const shortName = planQuestions(request({ target: 'program', subject: 'BScN at Humber', minutes: 30 }));
    expect([...shortName.mustAsk, ...(shortName.shouldAsk ?? [])].every((question) => !question.text.includes('the program'))).toBe(true);
  });

  it('names an occupation or a field twice, then speaks of "this role" or "the field", as people do', () => {
    for (const [target, subject, short] of [
      ['occupation', 'nurse', /in this role|someone in this role|this work/],
      ['industry', 'renewable energy', /the field/],
    ] as const) {
      const plan = planQuestions(request({ target, subject, minutes: 30 }));
      const main = [...plan.mustAsk, ...(plan.shouldAsk ?? []), ...plan.ifTimeAllows];
      expect(main.filter((question) => question.text.includes(subject)).length, target).toBeLessThanOrEqual(2);
      expect(main.filter((question) => short.test(question.text)).length, target).toBeGreaterThanOrEqual(4);
      expect(main.map((question) => question.text).join('\n')).not.toMatch(/\ban? (?:in this role|the field)\b|\{/);
    }
  });

  it.each([
    ['occupation', 'Registered Nurses', 'a registered nurse'],
    ['industry', 'Healthcare', 'into healthcare'],
    ['occupation', 'UX design', 'a UX designer'],
    ['occupation', 'nurses', 'a nurse'],
    ['occupation', 'fintech', 'a fintech professional'],
    ['industry', 'a UX designer', 'UX design'],
    ['organization', '  **Shopify**!!! 🚀', 'Shopify'],
    ['program', 'nursing program at Humber', 'the nursing program at Humber'],
    ['program', 'the MSc in Data Science', 'the MSc in Data Science'],
  ] as const)('reads the %s subject "%s" naturally as "%s"', (target, subject, reads) => {
    const plan = planQuestions(request({ target, subject, minutes: 60 }));
    const texts = [plan.opener, ...allQuestions(plan).map((question) => question.text)].join('\n');
    expect(texts).toContain(reads);
    expect(texts).not.toMatch(/[*!🚀{}]|working as an? [\w ]*design\b/u);
  });
});

describe('planQuestions: content', () => {
  it('never repeats a question, by id or by text, across sections', () => {
    for (const target of TARGET_TYPES) {
      for (const minutes of [5, 15, 45, 90]) {
        const questions = allQuestions(planQuestions(request({ target, minutes })));
        expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
        expect(new Set(questions.map((question) => comparisonKey(question.text))).size).toBe(questions.length);
      }
    }
  });

  it('fills the subject everywhere and leaves no placeholder behind', () => {
    for (const target of TARGET_TYPES) {
      const plan = planQuestions(request({ target, minutes: 45 }));
      for (const question of allQuestions(plan)) {
        for (const line of [question.text, ...question.probes]) expect(line).not.toMatch(/[{}]/);
      }
      expect(plan.opener).toContain(SUBJECTS[target]);
      expect(plan.opener).not.toMatch(/[{}]/);
      expect(plan.mustAsk.some((question) => question.text.includes(SUBJECTS[target]))).toBe(true);
    }
  });

  it('uses the right article before the subject', () => {
    const plan = planQuestions(request({ subject: 'engineer', minutes: 60 }));
    const texts = allQuestions(plan)
      .map((question) => question.text)
      .join('\n');
    expect(texts).toContain('an engineer');
    expect(texts).not.toContain('a engineer');
  });

  it('opens with a warm-up question and restates the time and purpose', () => {
    for (const target of TARGET_TYPES) {
      const plan = planQuestions(request({ target }));
      expect(plan.mustAsk[0]?.category).toBe('opening');
      expect(plan.opener).toMatch(/^Thank them/);
      expect(plan.opener).toContain('15 minutes');
    }
  });

  it('closes with a catch-all, a referral ask, permission to use their name, and thanks', () => {
    for (const target of TARGET_TYPES) {
      const ids = planQuestions(request({ target })).closing.map((question) => question.id);
      expect(ids).toHaveLength(4);
      ['catchall', 'referral', 'permission', 'thanks'].forEach((part, index) => {
        expect(ids[index]).toMatch(new RegExp(`^closing-${part}-`));
      });
    }
  });

  it('spreads the main questions across categories', () => {
    for (const target of TARGET_TYPES) {
      for (const minutes of [15, 30]) {
        const plan = planQuestions(request({ target, minutes }));
        const perCategory = new Map<string, number>();
        for (const question of plan.mustAsk) perCategory.set(question.category, (perCategory.get(question.category) ?? 0) + 1);
        expect(Math.max(...perCategory.values())).toBeLessThanOrEqual(2);
        expect(perCategory.size).toBeGreaterThanOrEqual(Math.min(plan.mustAsk.length, 5));
      }
    }
  });

  it('puts must-tier questions first and brings focus categories forward', () => {
    const plain = planQuestions(request());
    expect(plain.mustAsk.filter((question) => question.tier === 'must').length).toBeGreaterThanOrEqual(3);
    for (const focus of [['trends'], ['rewards', 'education'], ['culture']] as const) {
      for (const target of TARGET_TYPES) {
        const plan = planQuestions(request({ target, focus }));
        for (const category of focus) {
          expect(
            plan.mustAsk.some((question) => question.category === category),
            `${target}/${category}`,
          ).toBe(true);
        }
      }
    }
    const trends = planQuestions(request({ focus: ['trends'] }));
    expect(trends.mustAsk.filter((question) => question.category === 'trends').length).toBeGreaterThanOrEqual(2);
  });

  it('draws visibly different questions for a program and for an organization', () => {
    for (let user = 0; user < 10; user++) {
      const program = planQuestions(request({ target: 'program', seed: `user-${user}` }));
      const organization = planQuestions(request({ target: 'organization', seed: `user-${user}` }));
      const programIds = new Set([...program.mustAsk, ...program.ifTimeAllows].map((question) => question.id));
      const shared = [...organization.mustAsk, ...organization.ifTimeAllows].filter((question) => programIds.has(question.id));
      expect(shared.length).toBeLessThanOrEqual(2);

      const programText = [...program.mustAsk, ...program.ifTimeAllows].map((question) => question.text).join('\n');
      expect(programText).toMatch(/admission|course|co-op|placement|graduates|student/i);
      const organizationText = [...organization.mustAsk, ...organization.ifTimeAllows].map((question) => question.text).join('\n');
      expect(organizationText).toMatch(/culture|team|atmosphere|apart from/i);
    }
  });

  it('prefers questions written for the target type over universal ones', () => {
    for (const target of TARGET_TYPES) {
      const plan = planQuestions(request({ target, minutes: 30 }));
      const specific = plan.mustAsk.filter((question) => bankTargets(question.id).includes(target));
      expect(specific.length / plan.mustAsk.length).toBeGreaterThanOrEqual(0.75);
    }
  });
});

describe('planQuestions: determinism', () => {
  it('gives the same plan for the same request', () => {
    for (const target of TARGET_TYPES) {
      const focus = ['skills'] as const;
      expect(planQuestions(request({ target, focus }))).toEqual(planQuestions(request({ target, focus })));
    }
  });

  it('varies the choice among equally good questions with the seed', () => {
    for (const target of TARGET_TYPES) {
      const selections = new Set<string>();
      for (let user = 0; user < 10; user++) {
        const plan = planQuestions(request({ target, seed: `user-${user}:${SUBJECTS[target]}` }));
        selections.add(
          [...plan.mustAsk, ...plan.ifTimeAllows]
            .map((question) => question.id)
            .sort()
            .join(','),
        );
      }
      expect(selections.size, target).toBeGreaterThanOrEqual(5);
    }
    const first = planQuestions(request({ seed: 'alice:architect' }));
    const second = planQuestions(request({ seed: 'bob:architect' }));
    const firstIds = new Set([...first.mustAsk, ...first.ifTimeAllows].map((question) => question.id));
    const differing = [...second.mustAsk, ...second.ifTimeAllows].filter((question) => !firstIds.has(question.id));
    expect(differing.length).toBeGreaterThanOrEqual(2);
  });
});

describe('planQuestions: property check over random requests', () => {
  it('keeps its promises for 300 random subjects, lengths, seeds and focus sets', () => {
    const random = seededRandom('property-check');
    const subjects = ['nurse', 'UX researcher', 'hour-long {odd} subject', '', 'fintech', 'Acme Corp.', 'the MSc in Data Science'];
    for (let round = 0; round < 300; round++) {
      const target = pickOne(TARGET_TYPES, random) ?? 'occupation';
      const minutes = 5 + Math.floor(random() * 86);
      const focus = QUESTION_CATEGORIES.filter(() => random() < 0.1);
      const plan = planQuestions({ target, subject: pickOne(subjects, random) ?? '', minutes, focus, seed: `seed-${round}` });
      const questions = allQuestions(plan);
      const label = `${target}/${minutes}/${plan.subject}`;

      expect(plan.estimatedMinutes, label).toBeLessThanOrEqual(minutes);
      expect(plan.mustAsk.length, label).toBeGreaterThanOrEqual(1);
      expect(plan.closing.length, label).toBeGreaterThanOrEqual(3);
      expect(
        plan.mustAsk.every((question) => bankSensitivity(question.id) === 'none'),
        label,
      ).toBe(true);
      expect(new Set(questions.map((question) => comparisonKey(question.text))).size, label).toBe(questions.length);
      for (const question of questions) {
        expect(question.minutes).toBeGreaterThanOrEqual(question.category === 'closing' ? 0 : 1);
        for (const line of [question.text, ...question.probes]) expect(line, label).not.toMatch(/[{}]/);
      }
      expect(plan.opener, label).not.toMatch(/[{}]/);
    }
  });
});
