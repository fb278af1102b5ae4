import { describe, expect, it } from 'vitest';
import { planQuestions, type QuestionPlan } from '../../../src/domain/questions/planner.js';
import { buildInterviewScript, scriptToText } from '../../../src/domain/questions/script.js';

const plan = planQuestions({
  target: 'organization',
  subject: 'Shopify',
  minutes: 20,
  focus: [],
  seed: 'user-3:shopify',
  advisorQuestions: ['How does your team decide what to build next?'],
});

describe('buildInterviewScript', () => {
  const script = buildInterviewScript(plan, 'Maya Chen');

  it('writes a 30-second introduction with every slot, in speaking order', () => {
    expect(script.introduction.seconds).toBe(30);
    expect(script.introduction.lines.map((line) => line.slot)).toEqual(['name', 'connection', 'background', 'goal', 'time-check']);
    expect(script.introduction.lines[0]?.text).toBe('Hi, my name is Maya Chen.');
    expect(script.introduction.lines[3]?.text).toContain('what it is like to work at Shopify');
    expect(script.introduction.lines[4]?.text).toBe('Is this still a good time for about 20 minutes?');
    const words = script.introduction.lines
      .map((line) => line.text)
      .join(' ')
      .split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(85);
  });

  it('leaves a slot for the name when it is not known', () => {
    expect(buildInterviewScript(plan).introduction.lines[0]?.text).toBe('Hi, my name is [your name].');
    expect(buildInterviewScript(plan, '   ').introduction.lines[0]?.text).toBe('Hi, my name is [your name].');
  });

  it('numbers the questions across the three tiers and keeps their probes', () => {
    const [main, next, spare] = script.sections;
    expect(script.sections.map((section) => section.heading)).toEqual(['Must ask', 'Should ask', 'If time allows']);
    expect(main?.questions.map((question) => question.text)).toEqual(plan.mustAsk.map((question) => question.text));
    expect(next?.questions.map((question) => question.text)).toEqual((plan.shouldAsk ?? []).map((question) => question.text));
    expect(spare?.questions.map((question) => question.text)).toEqual(plan.ifTimeAllows.map((question) => question.text));
    const numbers = script.sections.flatMap((section) => section.questions.map((question) => question.number));
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    expect(main?.questions[1]?.probes).toEqual(plan.mustAsk[1]?.probes);
  });

  it('notes which questions came from the advisor', () => {
    const advisor = script.sections[0]?.questions.find((question) => question.text === 'How does your team decide what to build next?');
    expect(advisor?.note).toMatch(/advisor/);
    expect(script.sections[0]?.questions.filter((question) => question.note !== undefined)).toHaveLength(1);
  });

  it('ends with the closing lines of the plan', () => {
    expect(script.closing).toEqual(plan.closing.map((question) => question.text));
    expect(script.opener).toBe(plan.opener);
    expect(script.title).toContain('Shopify');
  });

  it('leaves out the tiers that are empty, as in a plan saved before there were three', () => {
    const bare: QuestionPlan = { ...plan, shouldAsk: [], ifTimeAllows: [] };
    expect(buildInterviewScript(bare).sections.map((section) => section.heading)).toEqual(['Must ask']);
    const older: QuestionPlan = { ...plan };
    delete older.shouldAsk;
    expect(buildInterviewScript(older).sections.map((section) => section.heading)).toEqual(['Must ask', 'If time allows']);
  });
});

describe('scriptToText', () => {
  const text = scriptToText(buildInterviewScript(plan, 'Maya Chen'));
  const lines = text.split('\n');

  it('prints headings as lines, numbered questions and indented probes', () => {
    for (const heading of ['Before you start', 'Introduction (about 30 seconds)', 'Must ask', 'Should ask', 'If time allows', 'Closing']) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain(`1. ${plan.mustAsk[0]?.text ?? ''}`);
    expect(lines).toContain(`   – ${plan.mustAsk[0]?.probes[0] ?? ''}`);
    expect(lines).toContain(`- ${plan.closing[3]?.text ?? ''}`);
    expect(lines).toContain('   (suggested by your advisor)');
  });

  it('is plain text with nothing left to fill but the bracketed slots', () => {
    expect(text).not.toMatch(/[{}]/);
    expect(text.endsWith('\n')).toBe(true);
    expect(lines[0]).toBe('Informational interview: Shopify (organization, 20 minutes)');
  });
});

describe('questions to ask with care', () => {
  it('marks pay and personal questions, which only ever come after the must-ask ones, with a note to ask them gently', () => {
    const long = planQuestions({ target: 'occupation', subject: 'nurse', minutes: 60, focus: ['rewards', 'path'], seed: 'care' });
    const sensitive = [...(long.shouldAsk ?? []), ...long.ifTimeAllows].filter((question) => question.sensitivity !== undefined);
    expect(sensitive.length).toBeGreaterThan(0);
    expect(long.mustAsk.filter((question) => question.sensitivity !== undefined)).toEqual([]);
    const notes = buildInterviewScript(long)
      .sections.flatMap((section) => section.questions)
      .filter((question) => question.note?.includes('gently'));
    expect(notes.map((question) => question.text).sort()).toEqual(sensitive.map((question) => question.text).sort());
  });
});
