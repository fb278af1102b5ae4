import { describe, expect, it } from 'vitest';
import { ownMessages, UNSEEN_DRAFTS } from '../../../eval/practice/drafts-unseen/index.js';
import { HELD_OUT_DRAFTS } from '../../../eval/practice/held-out-drafts.js';
import { scoreMessages } from '../../../eval/practice/grading.js';
import { expectOneVerdict, expectOwnQuotes } from './corpus.js';

/**
 * The held-out drafts of eval/practice/drafts-unseen, drafts-unseen-2 (each written blind and
 * measured before the graders were fixed on it) and drafts-unseen-3 (written sealed, measured once): the targets of `npm run eval:practice`
 * hold draft by draft, and no scorecard contradicts itself or quotes words the student did not write.
 */
const graded = HELD_OUT_DRAFTS.map((draft) => {
  const messages = ownMessages(draft);
  return { ...draft, messages, card: scoreMessages(draft.scenario, draft.personaId, messages) };
});

describe('held-out drafts', () => {
  it('has at least 12 strong and 12 weak drafts per written scenario in the first batch, and unique ids', () => {
    for (const scenario of ['email', 'voicemail', 'thanks'] as const) {
      for (const quality of ['strong', 'weak'] as const) {
        const batch = UNSEEN_DRAFTS.filter((d) => d.scenario === scenario && d.quality === quality);
        expect(batch.length, `${scenario} ${quality}`).toBeGreaterThanOrEqual(12);
      }
    }
    expect(new Set(graded.map((d) => d.id)).size).toBe(graded.length);
  });

  it.each(graded.filter((d) => d.quality === 'strong'))('scores the strong draft $id at least 70', (d) => {
    expect(d.card.score).toBeGreaterThanOrEqual(70);
  });

  it.each(graded.filter((d) => d.quality === 'weak'))('scores the weak draft $id at most 50', (d) => {
    expect(d.card.score).toBeLessThanOrEqual(50);
  });

  it.each(graded)('gives $id one verdict per criterion, quoting only the student', (d) => {
    expectOneVerdict(d.card);
    expectOwnQuotes(d.card, d.messages);
    for (const improvement of d.card.improvements) expect([d.signer.name, d.signer.first]).not.toContain(improvement.quote);
  });
});
