import { describe, expect, it } from 'vitest';
import { continueRehearsal, startRehearsal } from '../../../src/domain/practice/index.js';
import { EMAIL_EXAMPLES } from '../../fixtures/practice/email.js';
import { describeCorpus } from './corpus.js';
import { play, scoreOf } from './play.js';

describeCorpus('email', EMAIL_EXAMPLES, (ex) => scoreOf('email', ex));

const strongEmails = EMAIL_EXAMPLES.filter((ex) => ex.quality === 'strong');
const jobEmails = EMAIL_EXAMPLES.filter((ex) => ex.expectMistakes.includes('job-request'));

describe('email grading', () => {
  it.each(strongEmails)('scores the strong outreach email $id at least 80', (ex) => {
    expect(scoreOf('email', ex).score).toBeGreaterThanOrEqual(80);
  });

  it.each(jobEmails)('scores the job-seeking email $id at most 50 and names the job request', (ex) => {
    const card = scoreOf('email', ex);
    expect(card.score).toBeLessThanOrEqual(50);
    expect(card.mistakes[0]).toBe('job-request');
    expect(card.improvements[0]?.mistake).toBe('job-request');
  });

  it('caps an otherwise perfect email at 50 once it asks for a job', () => {
    const strong = EMAIL_EXAMPLES.find((ex) => ex.id === 'email-strong-referral')!;
    const asking = { ...strong, messages: [strong.messages[0]!.replace('If I don', 'Are you hiring, by any chance? If I don')] };
    expect(scoreOf('email', strong).score).toBe(100);
    expect(scoreOf('email', asking).score).toBe(50);
  });
});

describe('email grading reads what the student means', () => {
  const strong = EMAIL_EXAMPLES.find((ex) => ex.id === 'email-strong-referral')!;
  const text = strong.messages[0]!;

  it('does not read "I am not looking for a job" as asking for one', () => {
    const reassuring = { ...strong, messages: [text.replace('If I don', 'I am not looking for a job, only your perspective. If I don')] };
    expect(scoreOf('email', reassuring).mistakes).not.toContain('job-request');
    expect(scoreOf('email', reassuring).score).toBeGreaterThanOrEqual(90);
  });

  it.each([
    'My name is Sam Rivera, a second-year student at Humber.',
    'I am student of computer science in my final year.',
    'After eight years as a chef, I am retraining in data analysis.',
  ])('counts "%s" as a short introduction', (intro) => {
    const own = "I'm a third-year psychology student at Lakeview University, exploring UX research.";
    expect(scoreOf('email', { ...strong, messages: [text.replace(own, '')] }).mistakes).toContain('no-intro');
    expect(scoreOf('email', { ...strong, messages: [text.replace(own, intro)] }).mistakes).not.toContain('no-intro');
  });

  it.each(['Ngā mihi,', 'Obrigado!', 'Respectfully,'])('takes "%s" above the signature for a close, in any language', (signOff) => {
    const closed = text.replace(/\n[^\n]*\n([^\n]+)\s*$/, `\n${signOff}\n$1`);
    expect(closed).toContain(signOff);
    expect(scoreOf('email', { ...strong, messages: [closed] }).mistakes).not.toContain('no-close');
  });

  it('gives a job request as the only verdict on the purpose and on the ask', () => {
    const card = scoreOf('email', { ...strong, messages: ['Subject: Job\n\nHi Lena,\n\nAre you hiring? I can start soon.\n\nThanks,\nSam'] });
    expect(card.criteria.find((c) => c.id === 'purpose')?.note).toBe('It asked for a job rather than information.');
    expect(card.criteria.find((c) => c.id === 'ask')?.note).toBe('The ask went beyond a conversation.');
  });

  it.each(['I can adapt to your time.', 'Any weekday works for me.', 'At a time convenient for you.', 'I am flexible.'])(
    'hears an option for when to talk in "%s"',
    (option) => {
      const noOptions =
        'Subject: Nina Patel suggested I write\n\nHi Victor,\n\nNina Patel suggested I write. I am a commerce student and I would like to learn how you became an analyst. Could we talk for 15 minutes?';
      const grade = (body: string) => scoreOf('email', { ...strong, personaId: 'victor-lin', messages: [`${body}\n\nThanks,\nSam`] });
      expect(grade(noOptions).mistakes).toContain('no-options');
      expect(grade(`${noOptions} ${option}`).mistakes).not.toContain('no-options');
    },
  );

  it('never tells an email to promise a call', () => {
    const card = scoreOf('email', { ...strong, messages: [text.replace(/If I don[^.]*\./, '')] });
    for (const improvement of card.improvements) expect(improvement.advice).not.toMatch(/try you again|call you/i);
    expect(card.criteria.find((c) => c.id === 'close')?.label).not.toMatch(/follow-up/i);
  });
});

describe('email subject handling', () => {
  const body = EMAIL_EXAMPLES.find((ex) => ex.id === 'email-strong-body-then-subject')!.messages[0]!;

  it('asks for the body after a lone subject line, and for a subject after a body without one', () => {
    const subjectFirst = play('email', { ...EMAIL_EXAMPLES[0]!, messages: ['Referred by Arjun Mehta: UX research student'] });
    expect(subjectFirst.at(-1)?.state.step).toBe('body');
    const bodyFirst = startRehearsal({ scenario: 'email', personaId: 'victor-lin', seed: 1, draft: body });
    expect(bodyFirst.state.step).toBe('subject');
    expect(bodyFirst.finished).toBe(false);
  });

  it('takes a lone "Subject:" line as the subject, and waits for the body', () => {
    const subject = 'Subject: Commerce student referred by Nina Patel';
    const out = startRehearsal({ scenario: 'email', personaId: 'victor-lin', seed: 1, draft: subject });
    expect(out.finished).toBe(false);
    expect(out.state.step).toBe('body');
    const inline = startRehearsal({ scenario: 'email', personaId: 'victor-lin', seed: 1, draft: `${subject}\n\n${body}` }).scorecard!;
    expect(continueRehearsal(out.state, body).scorecard).toEqual(inline);
  });

  it('grades the same email alike whether the subject comes first, last or inline', () => {
    const subject = 'Commerce student referred by Nina Patel';
    const start = () => startRehearsal({ scenario: 'email', personaId: 'victor-lin', seed: 1 }).state;
    const inline = continueRehearsal(start(), `Subject: ${subject}\n\n${body}`).scorecard!;
    const first = continueRehearsal(continueRehearsal(start(), subject).state, body).scorecard!;
    const last = continueRehearsal(continueRehearsal(start(), body).state, subject).scorecard!;
    expect(first).toEqual(inline);
    expect(last).toEqual(inline);
  });

  it('accepts "none" as an answer and names the missing subject', () => {
    const out = continueRehearsal(startRehearsal({ scenario: 'email', personaId: 'victor-lin', seed: 1, draft: body }).state, 'none');
    expect(out.scorecard?.mistakes).toContain('no-subject');
  });
});
