import { describe, expect, it } from 'vitest';
import {
  CHANNEL_LABELS,
  CONTACT_CHANNELS,
  CONTACT_STAGES,
  STAGE_LABELS,
  canMove,
  checkMove,
  isContactChannel,
  isContactStage,
  nextStages,
  parseChannel,
  parseStage,
} from '../../../src/domain/journal/stages.js';
import type { ContactStage } from '../../../src/domain/journal/stages.js';

describe('stages and channels', () => {
  it('lists the stages and channels in order', () => {
    expect(CONTACT_STAGES).toEqual(['identified', 'request-sent', 'scheduled', 'interviewed', 'thanked', 'keeping-in-touch', 'declined', 'no-response']);
    expect(CONTACT_CHANNELS).toEqual(['phone', 'email', 'video', 'in-person']);
  });

  it('has a label for each', () => {
    for (const stage of CONTACT_STAGES) expect(STAGE_LABELS[stage].length).toBeGreaterThan(0);
    for (const channel of CONTACT_CHANNELS) expect(CHANNEL_LABELS[channel].length).toBeGreaterThan(0);
    expect(STAGE_LABELS['no-response']).toBe('No response');
  });

  it('guards values', () => {
    expect(isContactStage('thanked')).toBe(true);
    expect(isContactStage('Thanked')).toBe(false);
    expect(isContactChannel('in-person')).toBe(true);
    expect(isContactChannel('fax')).toBe(false);
  });

  it.each<[string, ContactStage | undefined]>([
    ['no-response', 'no-response'],
    ['No response', 'no-response'],
    ['no_response', 'no-response'],
    ['  Interview scheduled ', 'scheduled'],
    ['thank you', 'thanked'],
    ['met', 'interviewed'],
    ['ghosted', 'no-response'],
    ['keep in touch', 'keeping-in-touch'],
    ['banana', undefined],
    ['', undefined],
  ])('parseStage(%j) → %s', (text, stage) => {
    expect(parseStage(text)).toBe(stage);
  });

  it.each<[string, string | undefined]>([
    ['phone', 'phone'],
    ['In person', 'in-person'],
    ['video call', 'video'],
    ['Zoom', 'video'],
    ['e-mail', 'email'],
    ['carrier pigeon', undefined],
  ])('parseChannel(%j) → %s', (text, channel) => {
    expect(parseChannel(text)).toBe(channel);
  });
});

describe('moves between stages', () => {
  it.each<[ContactStage, ContactStage]>([
    ['identified', 'request-sent'],
    ['identified', 'scheduled'],
    ['identified', 'interviewed'],
    ['request-sent', 'scheduled'],
    ['request-sent', 'interviewed'],
    ['request-sent', 'no-response'],
    ['request-sent', 'declined'],
    ['scheduled', 'scheduled'],
    ['scheduled', 'interviewed'],
    ['scheduled', 'thanked'],
    ['interviewed', 'thanked'],
    ['interviewed', 'keeping-in-touch'],
    ['thanked', 'keeping-in-touch'],
    ['thanked', 'scheduled'],
    ['keeping-in-touch', 'keeping-in-touch'],
    ['no-response', 'scheduled'],
    ['no-response', 'request-sent'],
    ['declined', 'request-sent'],
  ])('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
    expect(checkMove(from, to)).toEqual({ allowed: true });
  });

  it.each<[ContactStage, ContactStage, RegExp]>([
    ['thanked', 'request-sent', /already had a conversation/],
    ['interviewed', 'request-sent', /already had a conversation/],
    ['thanked', 'identified', /can't go back/],
    ['interviewed', 'no-response', /already spoken/],
    ['identified', 'no-response', /only applies after/],
    ['identified', 'keeping-in-touch', /after a conversation/],
    ['no-response', 'thanked', /no conversation to thank/],
    ['scheduled', 'request-sent', /already have a time booked/],
    ['thanked', 'thanked', /already at "Thank-you sent"/],
  ])('refuses %s → %s with an explanation', (from, to, pattern) => {
    expect(canMove(from, to)).toBe(false);
    const check = checkMove(from, to);
    expect(check.allowed).toBe(false);
    expect(!check.allowed && check.explanation).toMatch(pattern);
  });

  it('explains every refused move in a sentence or two', () => {
    for (const from of CONTACT_STAGES) {
      for (const to of CONTACT_STAGES) {
        const check = checkMove(from, to);
        expect(check.allowed).toBe(canMove(from, to));
        if (!check.allowed) {
          expect(check.explanation.length).toBeGreaterThan(10);
          expect(check.explanation.length).toBeLessThan(200);
          expect(check.explanation).not.toMatch(/undefined/);
        }
      }
    }
  });

  it('never goes back to identified, and every stage has somewhere to go', () => {
    for (const stage of CONTACT_STAGES) {
      expect(canMove(stage, 'identified')).toBe(false);
      expect(nextStages(stage).length).toBeGreaterThan(0);
    }
  });
});
