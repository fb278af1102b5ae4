import { describe, expect, it } from 'vitest';
import { ALL_LABELLED_QUESTIONS } from '../../../eval/questions/all-sets.js';
import { checkQuestion } from '../../../src/domain/questions/checker.js';
import { VAGUE_FALLBACK } from '../../../src/domain/questions/checker-form.js';
import { NEUTRAL_FALLBACK } from '../../../src/domain/questions/checker-leading.js';
import { CHECKER_LABELS } from '../../fixtures/questions/checker-labels.js';

/** Every labelled question the repo holds, once each, with the checker's judgment. */
const CHECKED = [...new Set([...ALL_LABELLED_QUESTIONS, ...CHECKER_LABELS].map((label) => label.question))].map((question) => ({
  question,
  check: checkQuestion(question),
}));

/** Rewrites that fit any question, and so say nothing about the one asked. */
const GENERIC = new Set([VAGUE_FALLBACK, NEUTRAL_FALLBACK]);

/** Words that carry no subject: question words, pronouns, helping verbs, articles and fillers. */
const FRAME_WORDS = new Set(
  (
    'a an the and or but so of to in on at for by as if it its is are was were be been being am do does did done have has had ' +
    'can could would should will may might must shall not no yes you your yours u ur i me my we our they them their he him his she her ' +
    'what which when where who why how there this that these those with from about into than then just much many very really ' +
    'think tell like more most some other any all own get got now ok okay please thanks'
  ).split(' '),
);

/** The words that could name what a text is about, in lower case. */
const subjectWords = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      // A curly apostrophe is the same apostrophe: "master’s" in the question is "master's" in the rewrite.
      .replace(/[‘’]/g, "'")
      .split(/[^a-z']+/)
      .filter((word) => word.length >= 2 && !FRAME_WORDS.has(word)),
  );

describe('rewrites stay about the question asked', () => {
  it('offers a generic fallback only to a question that names nothing ("Why?")', () => {
    const generic = CHECKED.filter(({ question, check }) => check.rewrite !== undefined && GENERIC.has(check.rewrite) && subjectWords(question).size > 0);
    expect(generic.map(({ question, check }) => `${question} → ${check.rewrite ?? ''}`)).toEqual([]);
  });

  it('keeps the subject of every yes/no or leading question it opens up', () => {
    const opened = CHECKED.filter(({ check }) => check.verdict === 'improve' && (check.issues[0] === 'closed' || check.issues[0] === 'leading'));
    expect(opened.length).toBeGreaterThan(150);
    const lost = opened.filter(({ question, check }) => {
      const asked = subjectWords(question);
      return ![...subjectWords(check.rewrite ?? '')].some((word) => asked.has(word));
    });
    expect(lost.map(({ question, check }) => `${question} → ${check.rewrite ?? ''}`)).toEqual([]);
  });

  it('turns a private question into one about people in the field, never about the person', () => {
    const personal = CHECKED.filter(({ check }) => check.issues[0] === 'personal');
    expect(personal.length).toBeGreaterThan(50);
    for (const { check } of personal) expect(check.rewrite).toMatch(/\bpeople\b/);
  });

  it.each([
    ['Are you hoping to have a bigger family one day?', /\bpeople in this field\b/],
    ['Can a history graduate move into data journalism?', /\ba history graduate\b.*\bdata journalism\b/],
    ['Is shift work usual in your clinic?', /^How usual is shift work in your clinic\b|\bshift work\b/],
    ["Don't you think hybrid work is better?", /\bhybrid work\b/],
    ['Did the apprenticeship prepare you well?', /^How well did the apprenticeship prepare you\?$/],
    ['Do you need a forklift licence for this role?', /\ba forklift licence\b.*\bthis role\b/],
    ['Was the course worth it for you?', /^(?!.*\bfor you for you\b)/],
    ['What is the pass mark for the actuarial exams?', /\bthe actuarial exams\b/],
    ['When does the design fellowship application close?', /\bthe design fellowship\b/],
    ['Do surveyors really work on site most days?', /^How often do surveyors work on site\b/],
    ['Are the nurses on your ward supportive?', /\bthe nurses on your ward\b/],
    ['Has the sector grown a lot since you joined?', /^How has the sector grown since you joined\?$/],
    ['Nobody enjoys cold calling, do they?', /\bpeople\b.*\bcold calling\b/],
    [
      "Wouldn't my brother be better off studying nursing instead of medicine?",
      /^What do you see as the trade-offs of studying nursing instead of medicine\?$/,
    ],
    ["Don't most people leave retail within a year?", /^How common is it for people to leave retail within a year\?$/],
    ['Are the shifts in emergency care really that long?', /^How long are the shifts in emergency care, in your experience\?$/],
    ['Did you ever think about leaving teaching?', /^How did you come to think about leaving teaching\?$/],
  ])('rewrites "%s" to a question about the same thing (%s)', (question, expected) => {
    const { rewrite } = checkQuestion(question);
    expect(rewrite).toMatch(expected);
    expect(checkQuestion(rewrite ?? '').verdict).toBe('good');
  });

  it('never makes a noun of a bare request for permission ("Can I ask you a question?")', () => {
    const { verdict, rewrite } = checkQuestion('Can I ask you a question?');
    expect(verdict).toBe('improve');
    expect(rewrite).not.toMatch(/\ba question\b/i);
  });
});
