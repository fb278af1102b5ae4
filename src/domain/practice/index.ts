/**
 * The practice domain: rehearsals in which Rapport plays the other side of a call, a
 * voicemail, an email, an interview or a thank-you, then scores the student. Pure: no I/O,
 * no clock, no global randomness; state is plain JSON.
 */
export { CALL_BRANCH_CHOICES, type CallBranchChoice } from './call/branch.js';
export { ALREADY_FINISHED_MESSAGE, DONE_STEP, continueRehearsal, startRehearsal, type StartInput } from './engine.js';
export {
  INPUT_EMPTY_MESSAGE,
  INPUT_TOO_LONG_MESSAGE,
  MAX_FIELD_CHARS,
  MAX_INPUT_CHARS,
  normalizeField,
  validateStudentText,
  type InputCheck,
} from './input.js';
export { MISTAKE_CODES, MISTAKE_LABELS, type MistakeCode } from './mistakes.js';
export { findPersona, listPersonas, SCENARIO_TITLES } from './catalogue.js';
export { scenarioBrief } from './scenario-registry.js';
export type { Preparation, PreparedPerson } from './preparation.js';
export { parseRehearsalState, rehearsalStateSchema } from './state-schema.js';
export {
  DIFFICULTIES,
  SCENARIO_IDS,
  type Contact,
  type Difficulty,
  type Fact,
  type Improvement,
  type Persona,
  type RehearsalOutput,
  type RehearsalState,
  type ScenarioId,
  type ScoredCriterion,
  type Scorecard,
  type Temperament,
  type Turn,
} from './rehearsal-types.js';
