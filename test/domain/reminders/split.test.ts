import { describe, expect, it } from 'vitest';
import { splitWhatAndWhen } from '../../../src/domain/reminders/when.js';
import { local, wall } from './time-helpers.js';

const NY = 'America/New_York';
const now = local('2026-11-06T10:00', NY);

function split(text: string): { what: string; whenText: string; at: string | undefined; reason: string | undefined } {
  const result = splitWhatAndWhen(text, now, NY);
  return {
    what: result.what,
    whenText: result.whenText,
    at: result.when.ok ? wall(result.when.at, NY) : undefined,
    reason: result.when.ok ? undefined : result.when.reason,
  };
}

describe('splitWhatAndWhen', () => {
  const cases: readonly (readonly [string, string, string, string])[] = [
    ['call back Sam tomorrow 9am', 'call back Sam', 'tomorrow 9am', '2026-11-07T09:00'],
    ['call back Sam next Tuesday at 2pm', 'call back Sam', 'next Tuesday at 2pm', '2026-11-10T14:00'],
    ['me to email Jo on friday', 'email Jo', 'on friday', '2026-11-13T09:00'],
    ['to send the thank-you note tonight', 'send the thank-you note', 'tonight', '2026-11-06T20:00'],
    ['call Sam at 5 tomorrow', 'call Sam', 'at 5 tomorrow', '2026-11-07T17:00'],
    ['read chapter 5 tomorrow 9am', 'read chapter 5', 'tomorrow 9am', '2026-11-07T09:00'],
    ['meet Jo for 2 hours tomorrow', 'meet Jo for 2 hours', 'tomorrow', '2026-11-07T09:00'],
    ['call back Sam in May', 'call back Sam', 'in May', '2027-05-01T09:00'],
    ['dinner with Jo June 5 at 7pm', 'dinner with Jo', 'June 5 at 7pm', '2027-06-05T19:00'],
    ['email June at 3pm', 'email June', 'at 3pm', '2026-11-06T15:00'],
    ['text April friday', 'text April', 'friday', '2026-11-13T09:00'],
    ['ping Ana, in 2 hours', 'ping Ana', 'in 2 hours', '2026-11-06T12:00'],
    ['prep my questions 3 days', 'prep my questions', '3 days', '2026-11-09T09:00'],
    ['  lots   of   space   tomorrow   9am ', 'lots of space', 'tomorrow 9am', '2026-11-07T09:00'],
  ];
  it.each(cases)('%j → what %j, when %j', (text, what, whenText, at) => {
    expect(split(text)).toEqual({ what, whenText, at, reason: undefined });
  });

  it('uses a quoted part as what, with the time before or after it', () => {
    expect(split('"call back Sam" tomorrow 9am')).toEqual({ what: 'call back Sam', whenText: 'tomorrow 9am', at: '2026-11-07T09:00', reason: undefined });
    expect(split('tomorrow 9am "email Priya about Friday"')).toEqual({
      what: 'email Priya about Friday',
      whenText: 'tomorrow 9am',
      at: '2026-11-07T09:00',
      reason: undefined,
    });
    expect(split('“check in with May” in 3 days').what).toBe('check in with May');
  });

  it('does not look for a time inside the quoted part', () => {
    const result = split('"call Sam tomorrow"');
    expect(result.what).toBe('call Sam tomorrow');
    expect(result.whenText).toBe('');
    expect(result.reason).toBe('unparseable');
  });

  it('reports a quoted what with an unreadable time as unparseable', () => {
    expect(split('"call Sam" whenever')).toMatchObject({ what: 'call Sam', whenText: 'whenever', reason: 'unparseable' });
  });

  it('keeps the whole text as what when there is no time', () => {
    const result = splitWhatAndWhen('email Jo', now, NY);
    expect(result.what).toBe('email Jo');
    expect(result.whenText).toBe('');
    expect(result.when).toMatchObject({ ok: false, reason: 'unparseable' });
    expect(!result.when.ok && result.when.message).toContain('tomorrow 9am');
  });

  it('returns an empty what when only a time was typed', () => {
    expect(split('tomorrow 9am')).toMatchObject({ what: '', whenText: 'tomorrow 9am', at: '2026-11-07T09:00' });
  });

  it('finds a past time and says so', () => {
    expect(split('call Sam yesterday')).toMatchObject({ what: 'call Sam', whenText: 'yesterday', reason: 'past' });
  });

  it('finds a too-distant time and says so', () => {
    expect(split('renew membership in 3 years')).toMatchObject({ what: 'renew membership', whenText: 'in 3 years', reason: 'too-far' });
  });

  it('handles empty input', () => {
    expect(split('')).toMatchObject({ what: '', whenText: '', reason: 'unparseable' });
  });
});
