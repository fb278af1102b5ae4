import { describe, expect, it } from 'vitest';
import { continueRehearsal, startRehearsal, type Scorecard } from '../../../src/domain/practice/index.js';
import { HELD_OUT_DRAFTS } from '../../../eval/practice/held-out-drafts.js';
import { FAIRNESS_DRAFTS, type FairnessDraft } from '../../../eval/practice/fairness-drafts.js';
import { SIGNERS, signedBy } from '../../../eval/practice/signers.js';

function scoreSigned(draft: FairnessDraft, signerIndex: number, seed: number): Scorecard {
  const signer = SIGNERS[signerIndex]!;
  const [first, ...rest] = draft.messages.map((m) => signedBy(m, signer));
  let out = startRehearsal({ scenario: draft.scenario, personaId: draft.personaId, seed, draft: first });
  for (const message of rest) if (!out.finished) out = continueRehearsal(out.state, message);
  if (out.scorecard === undefined) throw new Error(`${draft.id} did not finish`);
  return out.scorecard;
}

/** The drafts of every held-out batch, to be signed by every signer as well. */
const HELD_OUT: readonly FairnessDraft[] = HELD_OUT_DRAFTS.map((d) => ({ ...d, messages: d.templates }));

describe('fair grading: the same draft signed by anyone scores the same', () => {
  it('uses at least seven signers with different names and phone formats', () => {
    expect(SIGNERS.length).toBeGreaterThanOrEqual(7);
    expect(new Set(SIGNERS.map((s) => s.phone.replace(/\d/g, '0'))).size).toBeGreaterThanOrEqual(7);
  });

  it.each([...FAIRNESS_DRAFTS, ...HELD_OUT])('gives $id one score whoever signs it', (draft) => {
    for (const seed of [1, 2, 3]) {
      const cards = SIGNERS.map((_, i) => scoreSigned(draft, i, seed));
      const scores = cards.map((c) => c.score);
      expect(Math.max(...scores) - Math.min(...scores), `${draft.id} seed ${seed}: ${scores.join(', ')}`).toBe(0);
      expect(new Set(cards.map((c) => c.mistakes.join(','))).size).toBe(1);
    }
  });

  it('still tells strong from weak drafts for every signer', () => {
    for (const draft of FAIRNESS_DRAFTS) {
      const score = scoreSigned(draft, 0, 1).score;
      if (draft.quality === 'strong') expect(score, draft.id).toBeGreaterThanOrEqual(70);
      else expect(score, draft.id).toBeLessThanOrEqual(50);
    }
  });
});
