import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES } from '../../../src/domain/questions/question-types.js';
import { ANSWERS, CLOSING_ANSWERS, DEFLECTIONS, ELABORATIONS, TIME_LINES } from '../../../src/domain/practice/interview/answers.js';
import { classifyQuestion, isClosingRemark, isFollowUp, looksLikeQuestion } from '../../../src/domain/practice/interview/classify.js';
import { fieldProfile } from '../../../src/domain/practice/interview/field-profile.js';
import { FOLLOW_UPS } from '../../../src/domain/practice/interview/follow-ups.js';
import { STORIES } from '../../../src/domain/practice/interview/story.js';
import { TARGET_ANSWERS } from '../../../src/domain/practice/interview/target-answers.js';
import { MISTAKE_CODES, MISTAKE_LABELS, SCENARIO_IDS, listPersonas, scenarioBrief } from '../../../src/domain/practice/index.js';
import { CALL_EXAMPLES } from '../../fixtures/practice/call.js';
import { EMAIL_EXAMPLES } from '../../fixtures/practice/email.js';
import { INTERVIEW_EXAMPLES } from '../../fixtures/practice/interview.js';
import { THANKS_EXAMPLES } from '../../fixtures/practice/thanks.js';
import { VOICEMAIL_EXAMPLES } from '../../fixtures/practice/voicemail.js';

describe('interview answer bank', () => {
  it.each(QUESTION_CATEGORIES)('has at least three distinct answers for %s', (category) => {
    const answers = ANSWERS[category];
    expect(answers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(answers).size).toBe(answers.length);
  });

  it('names the field in most categories through the {field} placeholder', () => {
    const withField = QUESTION_CATEGORIES.filter((c) => ANSWERS[c].some((a) => a.includes('{field}')));
    expect(withField.length).toBeGreaterThanOrEqual(10);
  });

  it('uses only known placeholders', () => {
    const all = [
      ...Object.values(ANSWERS).flat(),
      ...Object.values(CLOSING_ANSWERS).flat(),
      ...Object.values(DEFLECTIONS).flat(),
      ...Object.values(TIME_LINES).flat(),
      ...ELABORATIONS,
      ...Object.values(FOLLOW_UPS).flat(),
      ...Object.values(TARGET_ANSWERS).flatMap((byTopic) => Object.values(byTopic).flat()),
      ...STORIES.flatMap((story) => [story.told, story.recap]),
    ];
    const known = new Set(['field', 'first', 'name', 'referral', 'referralRole', 'minutes', 'their', 'word', ...Object.keys(fieldProfile('nursing'))]);
    for (const line of all) for (const [, key] of line.matchAll(/\{(\w+)\}/g)) expect(known).toContain(key);
  });
});

describe('question classifier', () => {
  it.each([
    ['What route did you take into nursing?', 'path'],
    ['What does a typical day look like for you?', 'day-to-day'],
    ['Which skills matter most in this role?', 'skills'],
    ['What are the hours like, and is there much overtime?', 'conditions'],
    ['What do you find most rewarding about the work?', 'rewards'],
    ['What do employers look for in new graduates?', 'entry'],
    ['How is automation changing the field?', 'trends'],
    ['How would you describe the culture on your team?', 'culture'],
    ['Is a master’s degree worth it?', 'education'],
    ['What advice would you give someone like me?', 'advice'],
    ['Which professional associations should I join?', 'resources'],
    ['Who else would you suggest I talk to?', 'closing'],
    ["How's your day going?", 'small-talk'],
    ['What first got you curious about this kind of work?', 'opening'],
    ['Hmm?', 'unclear'],
  ] as const)('puts "%s" under %s', (question, category) => {
    expect(classifyQuestion(question)).toBe(category);
  });

  it('tells questions from closing remarks', () => {
    expect(isClosingRemark("Thank you, that's all my questions.")).toBe(true);
    expect(isClosingRemark('done')).toBe(true);
    expect(isClosingRemark('Thanks! What skills matter most?')).toBe(false);
    expect(looksLikeQuestion('Tell me about your first year')).toBe(true);
    expect(looksLikeQuestion('Great, thanks.')).toBe(false);
  });

  it('spots follow-ups that say so or pick up the words of the answer', () => {
    const answer = 'I came in through a co-op placement during school, and the team kept me on part-time.';
    expect(isFollowUp('You mentioned that; how did it go?', answer, 'nursing')).toBe(true);
    expect(isFollowUp('How did the placement turn into a part-time position?', answer, 'nursing')).toBe(true);
    expect(isFollowUp('What skills matter most?', answer, 'nursing')).toBe(false);
    expect(isFollowUp('You mentioned that; how did it go?', undefined, 'nursing')).toBe(false);
  });

  it.each(['What is a recent example of that?', 'Why is that?', 'How did you handle it?', 'Like what, for instance?', 'And what happened after that?'])(
    'hears "%s" as a follow-up on the previous answer',
    (question) => {
      expect(isFollowUp(question, 'Some weeks are quiet and some are long.', 'nursing')).toBe(true);
    },
  );
});

describe('scenario briefs', () => {
  it.each(SCENARIO_IDS)('speak to the student in the second person in the %s scenario', (scenario) => {
    for (const persona of listPersonas(scenario)) {
      const brief = scenarioBrief({ scenario, personaId: persona.id }).replace(/"[^"]*"/g, '');
      expect(brief, brief).not.toMatch(/\b(I|my|me|I'm|I've)\b/);
      expect(brief).toMatch(/\byou\b/i);
    }
  });
});

describe('content integrity', () => {
  it('labels every mistake code', () => {
    for (const code of MISTAKE_CODES) expect(MISTAKE_LABELS[code].length).toBeGreaterThan(5);
  });

  it('uses only known personas and known mistake codes in the corpus', () => {
    const corpora = { call: CALL_EXAMPLES, voicemail: VOICEMAIL_EXAMPLES, email: EMAIL_EXAMPLES, interview: INTERVIEW_EXAMPLES, thanks: THANKS_EXAMPLES };
    for (const scenario of SCENARIO_IDS) {
      const ids = new Set(listPersonas(scenario).map((p) => p.id));
      for (const ex of corpora[scenario]) {
        expect(ids).toContain(ex.personaId);
        for (const code of ex.expectMistakes) expect(MISTAKE_CODES).toContain(code);
      }
    }
    expect(Object.values(corpora).flat().length).toBeGreaterThanOrEqual(80);
  });

  it('gives every thank-you persona highlights and every email persona a reason to be chosen', () => {
    for (const p of listPersonas('thanks')) expect(p.highlights?.length).toBeGreaterThanOrEqual(2);
    for (const p of listPersonas('email')) expect(p.hooks.length).toBeGreaterThan(0);
  });
});
