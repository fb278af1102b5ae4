/**
 * How the written rehearsals grade: score ranges of the labelled strong and weak drafts per
 * scenario, and the fairness spread (the same draft signed by different people).
 */
import { continueRehearsal, startRehearsal, type ScenarioId, type Scorecard } from '../../src/domain/practice/index.js';
import { DRAFT_CORPUS, type LabelledDraft } from './drafts/index.js';
import { FAIRNESS_DRAFTS } from './fairness-drafts.js';
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

function scoreOf(draft: LabelledDraft): number {
  return scoreMessages(draft.scenario, draft.personaId, draft.messages).score;
}

/** Score ranges per written scenario. */
export function draftFigures(): DraftFigures[] {
  const scenarios = [...new Set(DRAFT_CORPUS.map((d) => d.scenario))];
  return scenarios.map((scenario) => {
    const scored = DRAFT_CORPUS.filter((d) => d.scenario === scenario).map((d) => ({ draft: d, score: scoreOf(d) }));
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

/** The largest difference between two signers' scores on the same draft and seed. */
export interface FairnessFigures {
  drafts: number;
  signers: number;
  spread: number;
  uneven: string[];
}

/** Grades every fairness draft signed by every signer, with three seeds. */
export function fairnessSpread(): FairnessFigures {
  let spread = 0;
  const uneven: string[] = [];
  for (const draft of FAIRNESS_DRAFTS) {
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
  return { drafts: FAIRNESS_DRAFTS.length, signers: SIGNERS.length, spread, uneven };
}
