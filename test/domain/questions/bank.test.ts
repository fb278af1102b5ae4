import { describe, expect, it } from 'vitest';
import { QUESTION_BANK } from '../../../src/domain/questions/bank/index.js';
import { checkQuestion } from '../../../src/domain/questions/checker.js';
import { suits } from '../../../src/domain/questions/plan-candidates.js';
import { fillSubject } from '../../../src/domain/questions/subject.js';
import { comparisonKey } from '../../../src/domain/questions/question-text.js';
import { QUESTION_CATEGORIES, TARGET_TYPES, type TargetType } from '../../../src/domain/questions/question-types.js';

const SAMPLE_SUBJECTS: Readonly<Record<TargetType, string>> = {
  occupation: 'occupational therapist',
  industry: 'renewable energy',
  organization: 'Shopify',
  program: 'the nursing program at Humber',
};

/** Every bank question filled in for every target type it suits. */
const filled = QUESTION_BANK.flatMap((question) =>
  TARGET_TYPES.filter((target) => suits(question, target)).map((target) => ({
    question,
    target,
    text: fillSubject(question.text, SAMPLE_SUBJECTS[target]),
    probes: question.probes.map((probe) => fillSubject(probe, SAMPLE_SUBJECTS[target])),
  })),
);

/** Words too common to tell two questions apart. */
const COMMON_WORDS = new Set([
  'what',
  'which',
  'does',
  'your',
  'would',
  'could',
  'should',
  'usually',
  'someone',
  'people',
  'work',
  'working',
  'about',
  'there',
  'their',
  'with',
  'from',
  'that',
  'this',
  'like',
  'look',
  'most',
]);

/** Bank questions written specifically for one target type, joined for keyword checks. */
function specificTexts(target: TargetType): string {
  return QUESTION_BANK.filter((question) => question.targets.includes(target))
    .map((question) => question.text)
    .join('\n');
}

describe('question bank', () => {
  it('holds at least 300 questions with unique slug ids', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(300);
    const ids = QUESTION_BANK.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('never repeats a text, ignoring case and punctuation', () => {
    const keys = QUESTION_BANK.map((question) => comparisonKey(question.text));
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });

  it('gives every question 1 to 3 probes and an answer time of 1 to 4 minutes (none for permission and thanks, said in passing)', () => {
    for (const question of QUESTION_BANK) {
      const inPassing = /^closing-(?:permission|thanks)-/.test(question.id);
      expect(question.probes.length, question.id).toBeGreaterThanOrEqual(1);
      expect(question.probes.length, question.id).toBeLessThanOrEqual(3);
      if (inPassing) expect(question.minutes, question.id).toBe(0);
      else expect(Number.isInteger(question.minutes) && question.minutes >= 1 && question.minutes <= 4, question.id).toBe(true);
      expect(question.targets.length, question.id).toBeGreaterThan(0);
    }
  });

  it('has questions for every category and target type', () => {
    for (const category of QUESTION_CATEGORIES) {
      for (const target of TARGET_TYPES) {
        const cell = QUESTION_BANK.filter((question) => question.category === category && suits(question, target));
        expect(cell.length, `${category} × ${target}`).toBeGreaterThan(0);
      }
    }
  });

  it('has must-tier questions for each target type in at least six categories', () => {
    for (const target of TARGET_TYPES) {
      const categories = new Set(
        QUESTION_BANK.filter((question) => question.tier === 'must' && question.category !== 'closing' && suits(question, target)).map(
          (question) => question.category,
        ),
      );
      expect(categories.size, target).toBeGreaterThanOrEqual(6);
    }
  });

  it('uses no placeholder but {subject}, and leaves no braces once filled', () => {
    for (const question of QUESTION_BANK) {
      for (const text of [question.text, ...question.probes]) {
        expect(text.replaceAll('{subject}', ''), question.id).not.toMatch(/[{}]/);
      }
    }
    for (const { text, probes } of filled) {
      for (const line of [text, ...probes]) expect(line).not.toMatch(/[{}]/);
    }
  });

  it('only uses {subject} in questions written for specific target types', () => {
    for (const question of QUESTION_BANK.filter((candidate) => candidate.targets.includes('universal'))) {
      expect(question.text, question.id).not.toContain('{subject}');
    }
  });

  it('keeps salary questions out of the must tier and about the field, not the person', () => {
    const salary = QUESTION_BANK.filter((question) => question.sensitivity === 'salary');
    expect(salary.length).toBeGreaterThan(0);
    for (const question of salary) {
      expect(question.tier, question.id).not.toBe('must');
      expect(question.text, question.id).not.toMatch(/\bdo you (?:make|earn)\b|\byour (?:salary|pay|income)\b/i);
    }
  });

  it('marks every question that mentions pay as a salary question, so it is never must-ask', () => {
    const aboutPay = QUESTION_BANK.filter((question) => /\b(?:pay|paid|salar(?:y|ies)|earn\w*|wages?|income|compensation|bonus\w*)\b/i.test(question.text));
    expect(aboutPay.length).toBeGreaterThan(0);
    for (const question of aboutPay) expect(question.sensitivity, question.id).toBe('salary');
  });

  it('has no question the checker would tell a student to avoid', () => {
    const avoided = filled.filter(({ text }) => checkQuestion(text).verdict === 'avoid').map(({ text }) => text);
    expect(avoided).toEqual([]);
  });

  it('passes the checker as good throughout, closing courtesies included', () => {
    const flagged = filled
      .map(({ text }) => checkQuestion(text))
      .filter((check) => check.verdict !== 'good')
      .map((check) => `${check.question} (${check.issues.join(', ')})`);
    expect(flagged).toEqual([]);
  });

  it('has probes that never ask for a job or a personal detail', () => {
    for (const { probes } of filled) {
      for (const probe of probes) expect(checkQuestion(probe).verdict, probe).not.toBe('avoid');
    }
  });

  it('closes every target type with a catch-all, a referral ask, permission and thanks', () => {
    for (const target of TARGET_TYPES) {
      for (const part of ['catchall', 'referral', 'permission', 'thanks']) {
        const lines = QUESTION_BANK.filter((question) => question.id.startsWith(`closing-${part}-`) && suits(question, target));
        expect(lines.length, `${part} for ${target}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives each target type questions of its own in every category, far more than the universal ones it shares', () => {
    const universal = QUESTION_BANK.filter((question) => question.targets.includes('universal')).length;
    for (const target of TARGET_TYPES) {
      const own = QUESTION_BANK.filter((question) => question.targets.length === 1 && question.targets[0] === target);
      expect(own.length, target).toBeGreaterThanOrEqual(2 * universal);
      for (const category of QUESTION_CATEGORIES)
        expect(
          own.some((question) => question.category === category),
          `${category} × ${target}`,
        ).toBe(true);
    }
  });

  it('never offers one target type two questions made of mostly the same words', () => {
    const words = (text: string): Set<string> =>
      new Set(
        comparisonKey(text.replaceAll('{subject}', ''))
          .split(' ')
          .filter((word) => word.length > 3 && !COMMON_WORDS.has(word)),
      );
    const nearDuplicates: string[] = [];
    const questions = QUESTION_BANK.filter((question) => question.category !== 'closing');
    questions.forEach((first, index) => {
      for (const second of questions.slice(index + 1)) {
        if (!TARGET_TYPES.some((target) => suits(first, target) && suits(second, target))) continue;
        const [a, b] = [words(first.text), words(second.text)];
        const shared = [...a].filter((word) => b.has(word)).length;
        if (shared / new Set([...a, ...b]).size >= 0.6) nearDuplicates.push(`${first.id} ~ ${second.id}`);
      }
    });
    expect(nearDuplicates).toEqual([]);
  });

  it('covers what matters for each target type', () => {
    const program = specificTexts('program');
    for (const topic of [/admission/i, /coursework|courses/i, /co-op|placement/i, /graduates of/i]) expect(program).toMatch(topic);
    const organization = specificTexts('organization');
    for (const topic of [/culture/i, /your team/i, /hiring process|find new graduates/i, /apart from/i]) expect(organization).toMatch(topic);
    const industry = specificTexts('industry');
    for (const topic of [/regulation/i, /growing|changing/i, /organizations .*shaping/i, /routes into/i]) expect(industry).toMatch(topic);
    const occupation = specificTexts('occupation');
    for (const topic of [/tasks/i, /skills/i, /career path/i]) expect(occupation).toMatch(topic);
  });
});
