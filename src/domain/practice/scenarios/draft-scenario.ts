/**
 * Factory for scenarios where the student sends one piece of writing or speech (a voicemail,
 * an email, a thank-you note): a prompt, a step that takes the draft, a grader and the
 * persona's reaction, which depends on the score and the difficulty.
 */
import type { ScenarioDefinition, StepHandler } from '../scenario.js';
import { REPLY_THRESHOLD, stage } from './persona-lines.js';

/** The data a single-draft scenario is made of. */
export interface DraftScenarioSpec extends Pick<ScenarioDefinition, 'id' | 'title' | 'personas' | 'brief' | 'grade'> {
  /** Stage directions inviting the draft (one is chosen per rehearsal). */
  prompt: readonly string[];
  /** What happens next when the draft clears the difficulty's bar (`yes`) or not (`no`). */
  replies: { yes: readonly string[]; no: readonly string[] };
  /** Steps replacing the default single `draft` step (it must exist and is the first). */
  steps?: Readonly<Record<string, StepHandler>>;
}

/** The step every single-draft scenario starts at. */
export const DRAFT_STEP = 'draft';

/** Builds a single-draft scenario from its data. */
export function draftScenario(spec: DraftScenarioSpec): ScenarioDefinition {
  return {
    id: spec.id,
    title: spec.title,
    personas: spec.personas,
    brief: spec.brief,
    grade: spec.grade,
    begin: (ctx) => ({ say: [stage(ctx, spec.prompt, 'prompt')], next: DRAFT_STEP }),
    steps: spec.steps ?? { [DRAFT_STEP]: () => ({ say: [], next: null }) },
    react: (ctx, card) => [stage(ctx, card.score >= REPLY_THRESHOLD[ctx.difficulty] ? spec.replies.yes : spec.replies.no, 'reply')],
  };
}
