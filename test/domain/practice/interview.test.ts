import { describe, expect, it } from 'vitest';
import { continueRehearsal, startRehearsal, type RehearsalOutput } from '../../../src/domain/practice/index.js';
import { ANSWERS } from '../../../src/domain/practice/interview/answers.js';
import { TARGET_ANSWERS } from '../../../src/domain/practice/interview/target-answers.js';
import type { LabelledTopic } from '../../../src/domain/practice/understand/phrasings.js';
import { understandQuestion } from '../../../src/domain/practice/understand/topic.js';
import { questionsThatFit } from '../../../src/domain/questions/plan-timing.js';
import { INTERVIEW_EXAMPLES } from '../../fixtures/practice/interview.js';
import { describeCorpus } from './corpus.js';
import { scoreOf } from './play.js';

describeCorpus('interview', INTERVIEW_EXAMPLES, (ex) => scoreOf('interview', ex));

function ask(questions: readonly string[], difficulty: 'gentle' | 'realistic' | 'tough' = 'realistic', seed = 7): RehearsalOutput[] {
  const outs = [startRehearsal({ scenario: 'interview', personaId: 'aisha-grant', field: 'marine biology', seed, difficulty })];
  for (const q of questions) {
    const last = outs.at(-1)!;
    if (last.finished) break;
    outs.push(continueRehearsal(last.state, q));
  }
  return outs;
}

describe('interview persona', () => {
  it('speaks for the field the student names', () => {
    const outs = ask([
      'What does a typical day look like for you?',
      'What skills matter most for a newcomer?',
      'Where is the industry heading over the next few years?',
    ]);
    expect(outs[0]!.say[0]).toContain('marine biology');
    expect(outs.slice(1).some((o) => o.say.join(' ').includes('marine biology'))).toBe(true);
  });

  it('answers for the field and the kind of target the student is exploring', () => {
    const answer = (field: string, target?: 'program') => {
      const start = startRehearsal({ scenario: 'interview', personaId: 'aisha-grant', field, seed: 7, ...(target ? { target } : {}) });
      return continueRehearsal(start.state, 'What do hiring managers look for in a new graduate?').say[0];
    };
    expect(answer('nursing')).not.toBe(answer('software engineering'));
    expect(answer('nursing', 'program')).not.toBe(answer('nursing'));
  });

  it('tells its story once and refers back to it', () => {
    const outs = ask(['How did you get started in your career?', 'What does a typical day look like?', 'What route did you take to the role you have now?']);
    expect(outs[3]!.say[0]).toMatch(/As I said/);
    expect(outs[3]!.say[0]).not.toBe(outs[1]!.say[0]);
  });

  it('builds a follow-up on the previous answer and credits it as a follow-up', () => {
    const outs = ask([
      'What does a typical day look like for you?',
      'What is a recent example of that?',
      'Why is that?',
      "Thank you, that's all my questions.",
    ]);
    expect(outs[2]!.say[0]).not.toMatch(/follow|say a bit more|another way|which part/i);
    expect(outs.at(-1)?.scorecard?.mistakes).not.toContain('no-follow-up-probe');
  });

  it('tells the student as many questions fit as the planner plans, in the brief and in the feedback', () => {
    const { fewest, most } = questionsThatFit(15);
    const outs = ask(['How did you get started?', "Thank you, that's all my questions."]);
    expect(outs[0]!.say[0]).toContain(`about ${fewest} to ${most} main questions`);
    const advice = outs
      .at(-1)!
      .scorecard!.improvements.map((i) => i.advice)
      .join(' ');
    expect(advice).toContain(`about ${fewest} to ${most} main questions in 15 minutes`);
    expect(advice).not.toMatch(/8 to 10/);
  });

  it('answers both topics of a question on the border of two', () => {
    const question = 'What is the culture like and what are the hours?';
    const understood = understandQuestion(question, 'marine biology');
    expect(understood.alsoTopic).toBeDefined();
    const reply = ask([question])[1]!.say.join(' ');
    // The words of an answer up to its first placeholder, for every answer on a topic.
    const openings = (topic: LabelledTopic) =>
      [ANSWERS[topic], ...Object.values(TARGET_ANSWERS).map((byTopic) => byTopic[topic] ?? [])]
        .flat()
        .map((answer) => answer.split('{')[0]!.slice(0, 30))
        .filter((opening) => opening.length >= 12);
    for (const topic of [understood.topic as LabelledTopic, understood.alsoTopic!])
      expect(
        openings(topic).some((opening) => reply.includes(opening)),
        topic,
      ).toBe(true);
  });

  it('deflects a job request instead of answering it', () => {
    const [, reply] = ask(['So, are you hiring right now?']);
    expect(reply!.say[0]).toMatch(/hiring|openings/i);
  });

  it('answers repeated questions on a topic with different answers', () => {
    const outs = ask(['What does a typical day look like?', 'And what does a typical week look like?', 'What does a typical month involve?']);
    const answers = outs.slice(1).map((o) => o.say[0]);
    expect(new Set(answers).size).toBe(3);
  });

  it('warns near the end, then allows one last message when time runs out', () => {
    const questions = Array.from({ length: 14 }, (_, i) => `What is one thing about the work that surprised you in year ${i + 1}?`);
    const outs = ask(questions, 'tough');
    const said = outs.map((o) => o.say.join(' '));
    const warning = said.findIndex((s) => /heads-up|close to time|wrap up in a few/i.test(s));
    const timeUp = outs.findIndex((o) => o.state.step === 'wrap-up');
    expect(warning).toBeGreaterThan(0);
    expect(timeUp).toBeGreaterThan(warning);
    expect(timeUp).toBeLessThanOrEqual(10);
    expect(outs.at(-1)!.finished).toBe(true);
    expect(outs.length).toBe(timeUp + 2);
    expect(outs.at(-1)!.scorecard?.mistakes).toContain('ran-over');
  });

  it('fits more questions into the call at gentle than at tough difficulty', () => {
    const questions = Array.from({ length: 20 }, () => 'What advice would you give someone starting out?');
    const count = (difficulty: 'gentle' | 'tough') => ask(questions, difficulty).findIndex((o) => o.state.step === 'wrap-up');
    expect(count('gentle')).toBeGreaterThan(count('tough'));
  });

  it('ends when the student says they are done, and grades the close', () => {
    const outs = ask(['How did you get into marine biology?', 'Done']);
    expect(outs.at(-1)!.finished).toBe(true);
    expect(outs.at(-1)!.scorecard?.mistakes).toEqual(expect.arrayContaining(['no-referral-ask', 'too-few-questions']));
  });
});
