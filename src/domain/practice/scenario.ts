/**
 * The shape of a scenario: data (title, cast, brief) plus small transition functions, one per
 * step. The engine knows nothing about any particular scenario; adding one means writing a
 * definition and listing it in the registry.
 */
import type { TargetType } from '../questions/question-types.js';
import type { Difficulty, Persona, RehearsalState, ScenarioId, Scorecard } from './rehearsal-types.js';

/** What a step handler or grader can see: the cast member, the settings and the transcript so far. */
export interface ScenarioContext {
  persona: Persona;
  difficulty: Difficulty;
  /** The field under discussion: the student's choice, or the persona's own. */
  field: string;
  /** What the student is exploring; `occupation` unless the student's plan says otherwise. */
  target: TargetType;
  seed: number;
  state: RehearsalState;
}

/** A line to show: spoken by `who`, or a stage direction when `who` is absent. */
export interface Line {
  who?: string;
  text: string;
}

/** What a step does with a student message: lines to show and the next step (null to finish). */
export interface StepOutcome {
  say: Line[];
  next: string | null;
}

/** The transition function of one step. */
export type StepHandler = (ctx: ScenarioContext, studentText: string) => StepOutcome;

/** A scenario: data plus transitions, a grader and an optional reaction to the scored result. */
export interface ScenarioDefinition {
  id: ScenarioId;
  title: string;
  personas: readonly Persona[];
  /** One paragraph telling the student who they are talking to and what to send. */
  brief: (persona: Persona, field: string) => string;
  /** The opening lines and first step. */
  begin: (ctx: ScenarioContext) => StepOutcome & { next: string };
  steps: Readonly<Record<string, StepHandler>>;
  grade: (ctx: ScenarioContext) => Scorecard;
  /** How the persona responds once the student's work is done (e.g. whether they reply). */
  react?: (ctx: ScenarioContext, card: Scorecard) => Line[];
}

/** The student's messages with the step each one answered. */
export function studentTurns(state: RehearsalState): { text: string; step: string }[] {
  return state.turns.flatMap((t) => (t.from === 'student' ? [{ text: t.text, step: t.step ?? '' }] : []));
}
