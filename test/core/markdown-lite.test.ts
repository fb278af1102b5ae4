import { describe, expect, it } from 'vitest';
import { fit, replaceBold, replaceItalic } from '../../src/core/markdown-lite.js';

describe('markdown-lite', () => {
  it('rewrites bold and italic only where the marks hug words and stand apart from the text around them', () => {
    const strong = (inner: string) => `[${inner}]`;
    expect(replaceBold('*Open with:* thanks, then (*ask*) and *go*.', strong)).toBe('[Open with:] thanks, then ([ask]) and [go].');
    expect(replaceBold('2*3*4, a* b*, **done**', strong)).toBe('2*3*4, a* b*, **done**');
    expect(replaceItalic('_(2 min)_ and snake_case_name', strong)).toBe('[(2 min)] and snake_case_name');
  });

  it('cuts text longer than the limit to exactly the limit, ending with an ellipsis', () => {
    expect(fit('Save plan', 9)).toBe('Save plan');
    expect(fit('Save this plan', 9)).toBe('Save thi…');
    expect(fit('Save this plan', 9)).toHaveLength(9);
  });
});
