/**
 * How the written rehearsals grade: score ranges of the labelled strong and weak drafts per
 * scenario, and the fairness spread (the same draft signed by different people).
 */
import { continueRehearsal, startRehearsal, type ScenarioId, type Scorecard } from '../../src/domain/practice/index.js';
import { DRAFT_CORPUS } from './drafts/index.js';
import { ownMessages, UNSEEN_DRAFTS, type UnseenDraft } from './drafts-unseen/index.js';
import { HELD_OUT_DRAFTS } from './held-out-drafts.js';
import { FAIRNESS_DRAFTS, type FairnessDraft } from './fairness-drafts.js';
import { SIGNERS, signedBy } from './signers.js';

/** The scorecard of a draft's messages, sent in order. */
export function scoreMessages(scenario: ScenarioId, personaId: string, messages: readonly string[], seed = 1): Scorecard {
  const [first, ...rest] = messages;
  let out = startRehearsal({ scenario, personaId, seed, ...(first === undefined ? {} : { draft: first }) });
  for (const message of rest) if (!out.finished) out = continueRehearsal(out.state, message);
  if (out.scorecard === undefined) throw new Error(`A ${scenario} draft for ${personaId} did not finish`);
  return out.scorecard;
}

/** Score ranges of one scenario's labelled drafts. */
export interface DraftFigures {
  scenario: ScenarioId;
  strong: number;
  weak: number;
  weakestStrong: number;
  strongestWeak: number;
  /** Drafts on the wrong side of the 70 / 50 targets, with their scores. */
  outliers: string[];
}

/** A labelled draft to grade: its messages as sent. */
interface GradedDraft {
  id: string;
  scenario: ScenarioId;
  quality: 'strong' | 'weak';
  personaId: string;
  messages: readonly string[];
}

/** Score ranges per written scenario of a set of labelled drafts (by default the tuned corpus). */
export function draftFigures(drafts: readonly GradedDraft[] = DRAFT_CORPUS): DraftFigures[] {
  const scenarios = [...new Set(drafts.map((d) => d.scenario))];
  return scenarios.map((scenario) => {
    const scored = drafts.filter((d) => d.scenario === scenario).map((d) => ({ draft: d, score: scoreMessages(d.scenario, d.personaId, d.messages).score }));
    const strong = scored.filter((s) => s.draft.quality === 'strong');
    const weak = scored.filter((s) => s.draft.quality === 'weak');
    const outliers = [
      ...strong.filter((s) => s.score < 70).map((s) => `strong ${s.draft.id}: ${s.score}`),
      ...weak.filter((s) => s.score > 50).map((s) => `weak ${s.draft.id}: ${s.score}`),
    ];
    return {
      scenario,
      strong: strong.length,
      weak: weak.length,
      weakestStrong: Math.min(...strong.map((s) => s.score)),
      strongestWeak: Math.max(...weak.map((s) => s.score)),
      outliers,
    };
  });
}

/** Score ranges per written scenario of a held-out batch (by default the first), each draft signed by its own signer. */
export function unseenDraftFigures(drafts: readonly UnseenDraft[] = UNSEEN_DRAFTS): DraftFigures[] {
  return draftFigures(drafts.map((d) => ({ ...d, messages: ownMessages(d) })));
}

/** The largest difference between two signers' scores on the same draft and seed. */
export interface FairnessFigures {
  drafts: number;
  signers: number;
  spread: number;
  uneven: string[];
}

/** A draft template to sign: the fairness drafts, and the held-out drafts. */
const FAIRNESS_TEMPLATES: readonly FairnessDraft[] = [...FAIRNESS_DRAFTS, ...HELD_OUT_DRAFTS.map((d) => ({ ...d, messages: d.templates }))];

/** Grades every fairness draft and every draft of both held-out batches signed by every signer, with three seeds. */
export function fairnessSpread(): FairnessFigures {
  let spread = 0;
  const uneven: string[] = [];
  for (const draft of FAIRNESS_TEMPLATES) {
    for (const seed of [1, 2, 3]) {
      const scores = SIGNERS.map(
        (signer) =>
          scoreMessages(
            draft.scenario,
            draft.personaId,
            draft.messages.map((m) => signedBy(m, signer)),
            seed,
          ).score,
      );
      const gap = Math.max(...scores) - Math.min(...scores);
      spread = Math.max(spread, gap);
      if (gap > 0) uneven.push(`${draft.id} (seed ${seed}): ${scores.join(', ')}`);
    }
  }
  return { drafts: FAIRNESS_TEMPLATES.length, signers: SIGNERS.length, spread, uneven };
}
