import { describe, expect, it } from 'vitest';
import { startRehearsal } from '../../../src/domain/practice/index.js';
import { VOICEMAIL_EXAMPLES } from '../../fixtures/practice/voicemail.js';
import { describeCorpus } from './corpus.js';
import { scoreOf } from './play.js';

describeCorpus('voicemail', VOICEMAIL_EXAMPLES, (ex) => scoreOf('voicemail', ex));

describe('voicemail grading', () => {
  const grade = (message: string) => startRehearsal({ scenario: 'voicemail', personaId: 'helen-park', seed: 1, draft: message }).scorecard!;
  const base =
    "Hi Ms. Park, this is Siobhan Ngata, at 647-555-0143. Jamal Wright suggested I call. I'd like to learn how you got into adult education, in 15 minutes. Email: s.ngata@mail.com. Again, 647-555-0143. I'll try you Thursday.";

  it('never asks for a name to be spelled: which name a student has does not change the score', () => {
    expect(grade(base).mistakes).not.toContain('name-not-spelled');
    expect(grade(base.replace('Siobhan Ngata', 'Emily Smith')).score).toBe(grade(base).score);
  });

  it('estimates length from spoken words, counting each digit of a phone number', () => {
    const card = grade(base);
    const length = card.criteria.find((c) => c.id === 'length')!;
    expect(length.points).toBe(length.weight);
    const padded = grade(`${base} ${'I really do appreciate you taking the time to listen to this message today. '.repeat(3)}`);
    expect(padded.mistakes).toContain('too-long');
  });

  it.each([
    'Jamal Wright said you would be the person to ask about the evening certificate.',
    "I'm hoping to ask you about the evening certificate.",
    'I would value 15 minutes about your evening certificate.',
    'I like to ask few questions about the evening certificate.',
    'Could I have 15 minutes of your time about the evening certificate?',
    'Jamal Wright thought you would have advice about the evening certificate.',
  ])('hears a purpose in "%s"', (purpose) => {
    const said = base.replace("I'd like to learn how you got into adult education, in 15 minutes.", purpose);
    expect(grade(said).mistakes).not.toContain('no-purpose');
    expect(grade(base.replace("I'd like to learn how you got into adult education, in 15 minutes.", 'I wanted to ask about stuff.')).mistakes).toContain(
      'no-purpose',
    );
  });

  it.each(["I'll give you another ring on Thursday.", 'I try again on Thursday.', "I'll also try you again Thursday."])(
    'hears when the student will try again in "%s"',
    (plan) => {
      expect(grade(base.replace("I'll try you Thursday.", plan)).mistakes).not.toContain('no-follow-up');
    },
  );

  it('names a job request once, not also an unclear purpose', () => {
    const card = grade(base.replace("I'd like to learn how you got into adult education, in 15 minutes.", 'Are you hiring right now?'));
    expect(card.criteria.find((c) => c.id === 'purpose')?.note).toBe('It asked for a job rather than information.');
  });

  it('takes a message a tenth over the target as on target, and one further over as too long', () => {
    const padding = (sentences: number) => ` ${'Thank you so much for listening to me. '.repeat(sentences)}`;
    expect(grade(base + padding(3)).mistakes).not.toContain('too-long');
    expect(grade(base + padding(4)).mistakes).toContain('too-long');
  });

  it('finishes at once when the message is given as a draft, with the persona reacting', () => {
    const out = startRehearsal({ scenario: 'voicemail', personaId: 'helen-park', seed: 2, draft: base });
    expect(out.finished).toBe(true);
    expect(out.say.at(-1)).toMatch(/^\[.+\]$/);
  });
});
