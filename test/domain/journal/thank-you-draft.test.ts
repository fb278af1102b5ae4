import { describe, expect, it } from 'vitest';
import { THANK_YOU_SLOTS, draftThankYou } from '../../../src/domain/journal/thank-you-draft.js';
import type { ThankYouInput } from '../../../src/domain/journal/thank-you-draft.js';

const REQUEST_WORDS = /could you|would you|can you|will you|would it be possible|please|let me know|if you have time|\?/i;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const full: ThankYouInput = {
  contactName: 'Priya Shah',
  studentName: 'Jordan Lee',
  format: 'email',
  learned: 'how research ops teams support designers day to day',
  advice: 'start a small portfolio of case studies',
  nextSteps: 'I signed up for the local UX meetup next month.',
  referrals: [{ name: 'Ana Ruiz' }, { name: 'Ben Cho' }],
  subject: 'UX research',
};

describe('draftThankYou: email', () => {
  it('names what was learned, the action, the advice and the referrals', () => {
    const draft = draftThankYou(full);
    expect(draft.subject).toBe('Thank you for our conversation about UX research');
    expect(draft.body).toContain('Hi Priya,');
    expect(draft.body).toContain('learning how research ops teams support designers day to day.');
    expect(draft.body).toContain('start a small portfolio of case studies');
    expect(draft.body).toContain('I signed up for the local UX meetup next month.');
    expect(draft.body).toContain('Ana Ruiz and Ben Cho');
    expect(draft.body).toContain('about UX research');
    expect(draft.body.trimEnd().endsWith('Jordan Lee')).toBe(true);
  });

  it('is brief, makes no request, and has no slots when everything is known', () => {
    const { body } = draftThankYou(full);
    expect(words(body)).toBeLessThan(120);
    expect(body).not.toMatch(REQUEST_WORDS);
    expect(body).not.toContain('[');
    expect(body).not.toMatch(/\.\./);
  });

  it('leaves clear slots for missing details instead of inventing them', () => {
    const { subject, body } = draftThankYou({ contactName: 'Priya', format: 'email', referrals: [] });
    expect(subject).toBe('Thank you for your time');
    expect(body).toContain(THANK_YOU_SLOTS.learned);
    expect(body).toContain(THANK_YOU_SLOTS.action);
    expect(body).toContain(THANK_YOU_SLOTS.studentName);
    expect(body).not.toMatch(/suggesting I speak|introduc/);
    expect(body).not.toMatch(REQUEST_WORDS);
  });

  it('asks the student to say what they did with the advice when only advice is logged', () => {
    const { body } = draftThankYou({ contactName: 'Priya', format: 'email', referrals: [], advice: 'talk to people in research ops' });
    expect(body).toContain('talk to people in research ops');
    expect(body).toContain(THANK_YOU_SLOTS.adviceAction);
  });

  it('frames other kinds of notes sensibly', () => {
    const { body } = draftThankYou({ ...full, learned: 'Most researchers start in support roles!', nextSteps: 'to shadow a support shift' });
    expect(body).toMatch(/: most researchers start in support roles\./);
    expect(body).toContain('My next step is to shadow a support shift.');
    const plain = draftThankYou({ ...full, nextSteps: 'update my resume with the project' });
    expect(plain.body).toContain('My next step: update my resume with the project.');
  });

  it('thanks a single referral naturally and lists three with commas', () => {
    expect(draftThankYou({ ...full, referrals: [{ name: 'Ana Ruiz' }] }).body).toContain("speak with Ana Ruiz; I'll be in touch with them soon.");
    const three = draftThankYou({ ...full, referrals: [{ name: 'Ana' }, { name: 'Ben' }, { name: 'Cy' }, { name: 'ana ' }, { name: ' ' }] });
    expect(three.body).toContain('Ana, Ben and Cy;');
    expect(three.body).toContain('each of them');
  });

  it('uses a slot when the contact name is blank', () => {
    expect(draftThankYou({ ...full, contactName: '  ' }).body).toContain(`Hi ${THANK_YOU_SLOTS.contactName},`);
  });
});

describe('draftThankYou: card', () => {
  it('is shorter, has no subject line, and keeps the specifics', () => {
    const card = draftThankYou({ ...full, format: 'card' });
    const email = draftThankYou(full);
    expect(card.subject).toBeUndefined();
    expect(words(card.body)).toBeLessThan(words(email.body));
    expect(words(card.body)).toBeLessThan(80);
    expect(card.body).toContain('Dear Priya,');
    expect(card.body).toContain('research ops teams');
    expect(card.body).toContain('I signed up for the local UX meetup');
    expect(card.body).toContain('Ana Ruiz and Ben Cho');
    expect(card.body).not.toMatch(REQUEST_WORDS);
  });

  it('uses slots when details are missing', () => {
    const { body } = draftThankYou({ contactName: 'Priya', format: 'card', referrals: [] });
    expect(body).toContain(THANK_YOU_SLOTS.learned);
    expect(body).toContain(THANK_YOU_SLOTS.action);
    expect(body).toContain(THANK_YOU_SLOTS.studentName);
  });
});

describe('draftThankYou: variation', () => {
  it('is deterministic for a seed and varies between seeds', () => {
    expect(draftThankYou({ ...full, seed: 3 })).toEqual(draftThankYou({ ...full, seed: 3 }));
    expect(draftThankYou({ ...full, seed: 0 }).body).not.toBe(draftThankYou({ ...full, seed: 1 }).body);
  });

  it('never asks for anything, never leaks "undefined", and stays brief for any seed and mix of details', () => {
    const optional = ['learned', 'advice', 'nextSteps', 'subject', 'studentName'] as const;
    for (let mask = 0; mask < 2 ** optional.length; mask++) {
      for (const format of ['email', 'card'] as const) {
        for (const seed of [0, 1, 2, 7, -3]) {
          const input: Record<string, unknown> = { contactName: 'Priya Shah', format, seed, referrals: mask % 2 ? [{ name: 'Ana Ruiz' }] : [] };
          optional.forEach((key, bit) => {
            if (mask & (1 << bit)) input[key] = full[key];
          });
          const draft = draftThankYou(input as unknown as ThankYouInput);
          const all = `${draft.subject ?? ''}\n${draft.body}`;
          expect(all).not.toMatch(REQUEST_WORDS);
          expect(all).not.toMatch(/undefined|null/);
          expect(words(draft.body)).toBeLessThan(format === 'email' ? 120 : 80);
          if (format === 'card') expect(draft.subject).toBeUndefined();
        }
      }
    }
  });
});

describe('draftThankYou: reads like a person wrote it', () => {
  it('greets by first name, or by title and family name', () => {
    expect(draftThankYou({ ...full, contactName: 'Amira Haddad' }).body).toMatch(/^Hi Amira,/);
    expect(draftThankYou({ ...full, contactName: 'Dr. Grace Osei' }).body).toMatch(/^Hi Dr\. Osei,/);
  });

  it('never repeats a phrase between the learned and the advice lines', () => {
    for (const seed of [0, 1, 2, 3]) {
      const body = draftThankYou({ ...full, learned: 'Busy season is short', advice: 'learn spreadsheets early', seed }).body;
      expect(body.match(/stayed with me/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });

  it('turns bullet notes into a sentence instead of pasting them', () => {
    const body = draftThankYou({ ...full, learned: '- Rotations between audit and tax\n- Busy season is short' }).body;
    expect(body).toContain('rotations between audit and tax and busy season is short.');
    expect(body).not.toContain('- ');
  });

  it('leaves a slot rather than signing with a word that is not a name', () => {
    expect(
      draftThankYou({ ...full, studentName: 'you' })
        .body.trimEnd()
        .endsWith(THANK_YOU_SLOTS.studentName),
    ).toBe(true);
  });
});
