import { describe, expect, it } from 'vitest';
import { startRehearsal } from '../../../src/domain/practice/index.js';
import { THANKS_EXAMPLES } from '../../fixtures/practice/thanks.js';
import { describeCorpus } from './corpus.js';
import { scoreOf } from './play.js';

describeCorpus('thanks', THANKS_EXAMPLES, (ex) => scoreOf('thanks', ex));

describe('thank-you rehearsal', () => {
  it('tells the student what the persona said, so specifics can be recalled', () => {
    const out = startRehearsal({ scenario: 'thanks', personaId: 'ben-torres', seed: 1 });
    expect(out.say[0]).toContain('game jams');
    expect(out.say[0]).toContain('Hana Sato');
    expect(out.state.step).toBe('draft');
  });

  it('gets a warmer reply for a better note, and tough personas are harder to please', () => {
    const strong = THANKS_EXAMPLES.find((ex) => ex.id === 'thanks-strong-games')!;
    const generic = 'Thank you for your time. It was very helpful. Best, Sam';
    const reply = (draft: string, difficulty: 'gentle' | 'tough') =>
      startRehearsal({ scenario: 'thanks', personaId: 'ben-torres', seed: 4, difficulty, draft }).say.at(-1);
    expect(reply(strong.messages[0]!, 'tough')).not.toBe(reply(generic, 'tough'));
    expect(reply(generic, 'gentle')).toBe(reply(generic, 'tough'));
  });

  it('counts a detail named only inside a request as asked for, not recalled', () => {
    const grade = (draft: string) => startRehearsal({ scenario: 'thanks', personaId: 'marcus-bell', seed: 1, draft }).scorecard!;
    const card = grade("Marcus,\n\nPlease send me Aisha Grant's contact details and the preceptor program application form.\n\nSam");
    expect(card.mistakes).toEqual(expect.arrayContaining(['no-specifics', 'new-request']));
    expect(card.score).toBeLessThanOrEqual(50);
    expect(grade('Hi Marcus,\n\nThank you for explaining the preceptor program.\n\nBest,\nSam').mistakes).not.toContain('no-specifics');
  });

  it('does not count notes pasted raw as recalling or acknowledging anything', () => {
    const notes = 'notes from call w/ marcus:\n- nights\n- preceptor\n- aisha grant?';
    const card = startRehearsal({ scenario: 'thanks', personaId: 'marcus-bell', seed: 1, draft: notes }).scorecard!;
    expect(card.mistakes).toEqual(expect.arrayContaining(['no-specifics', 'no-referral-thanks', 'no-thanks']));
    expect(card.score).toBeLessThanOrEqual(50);
  });

  it.each(['Mahalo for our talk yesterday!', 'Merci for your time yesterday.', 'Thank you for our talk yesterday.'])(
    'hears thanks in "%s", in any language',
    (opening) => {
      const note = `Hi Marcus,\n\n${opening} Learning about the preceptor program helped.\n\nBest,\nSam`;
      expect(startRehearsal({ scenario: 'thanks', personaId: 'marcus-bell', seed: 1, draft: note }).scorecard!.mistakes).not.toContain('no-thanks');
    },
  );

  it('quotes the last line of the note, not the signature, where something is missing', () => {
    const note = 'Hi Marcus,\n\nThank you for explaining the preceptor program.\n\nBest regards,\nNomvula Dlamini\n+27 82 555 0164';
    const card = startRehearsal({ scenario: 'thanks', personaId: 'marcus-bell', seed: 1, draft: note }).scorecard!;
    const quotes = card.improvements.filter((i) => ['no-action', 'no-referral-thanks'].includes(i.mistake)).map((i) => i.quote);
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toBe('Thank you for explaining the preceptor program.');
  });

  it('takes a greeting to an unfilled placeholder for a generic one', () => {
    const note = (greeting: string) => `${greeting}\n\nThank you for explaining the preceptor program.\n\nBest,\nSam`;
    const grade = (greeting: string) => startRehearsal({ scenario: 'thanks', personaId: 'marcus-bell', seed: 1, draft: note(greeting) }).scorecard!;
    expect(grade('Dear [Interviewer Name],').mistakes).toContain('generic-greeting');
    expect(grade('Dear Marcus,').mistakes).not.toContain('generic-greeting');
  });

  it('does not take an apology for thanks', () => {
    const note = 'Hi Marcus,\n\nSorry for the late note. Learning about the preceptor program helped.\n\nBest,\nSam';
    expect(startRehearsal({ scenario: 'thanks', personaId: 'marcus-bell', seed: 1, draft: note }).scorecard!.mistakes).toContain('no-thanks');
  });

  it.each([
    ['the simple past', 'After our call I signed up for a spreadsheet course.'],
    ['the present perfect', "I've joined the student accounting society since we spoke."],
    ['a plan', 'Next month I will take a spreadsheet course.'],
    ['the present perfect of any verb', "I've already shared your advice with my instructor."],
  ])('credits an action told in %s', (_tense, action) => {
    const note = (middle: string) =>
      `Hi Nadia,\n\nThank you for talking with me. Hearing how new staff rotate between audit and tax work was useful.\n\n${middle} Thank you for the introduction to Luis Moreno.\n\nBest,\nSam`;
    const grade = (middle: string) => startRehearsal({ scenario: 'thanks', personaId: 'nadia-rahman', seed: 1, draft: note(middle) }).scorecard!;
    expect(grade('The course list looked long.').mistakes).toContain('no-action');
    expect(grade(action).mistakes).not.toContain('no-action');
  });
});
