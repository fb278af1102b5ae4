import { describe, expect, it } from 'vitest';
import { clip, fit, plainText, replaceBold, replaceItalic } from '../../src/core/markdown-lite.js';
import { channelToken, userToken } from '../../src/core/mention-token.js';
import { timeToken } from '../../src/core/time-token.js';

describe('markdown-lite', () => {
  it('rewrites bold and italic only where the marks hug words and stand apart from the text around them', () => {
    const strong = (inner: string) => `[${inner}]`;
    expect(replaceBold('*Open with:* thanks, then (*ask*) and *go*.', strong)).toBe('[Open with:] thanks, then ([ask]) and [go].');
    expect(replaceBold('2*3*4, a* b*, **done**', strong)).toBe('2*3*4, a* b*, **done**');
    expect(replaceItalic('_(2 min)_ and snake_case_name', strong)).toBe('[(2 min)] and snake_case_name');
  });

  it('writes plain text for labels: times as their fallback, channels and people by id or in the style given', () => {
    const label = `Thank ${userToken('U1')} in ${channelToken('C2')} by ${timeToken(new Date('2026-12-08T14:00:00Z'), 'Tuesday at 9:00 AM')}`;
    expect(plainText(label)).toBe('Thank @U1 in #C2 by Tuesday at 9:00 AM');
    expect(plainText(label, { channel: (id) => `[${id}]`, user: (id) => id.toLowerCase() })).toBe('Thank u1 in [C2] by Tuesday at 9:00 AM');
  });

  it('cuts text longer than the limit to exactly the limit, ending with an ellipsis', () => {
    expect(fit('Save plan', 9)).toBe('Save plan');
    expect(fit('Save this plan', 9)).toBe('Save thi…');
    expect(fit('Save this plan', 9)).toHaveLength(9);
  });

  it('never goes past the limit when not even one character fits: an emoji is two code units', () => {
    expect(clip('😀😀', 1)).toBe('');
    expect(clip('😀😀', 2)).toBe('😀');
    expect(fit('😀😀', 2)).toBe('…');
  });
});
