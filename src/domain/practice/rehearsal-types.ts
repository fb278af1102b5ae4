/**
 * Shared types of the practice (rehearsal) domain: scenario and difficulty ids,
 * the JSON-serialisable rehearsal state, the output of one engine step and the scorecard.
 */
import type { TargetType } from '../questions/question-types.js';
import type { MistakeCode } from './mistakes.js';
import type { PreparedPerson } from './preparation.js';

/** The rehearsal scenarios Rapport can play, in the order they are offered. */
export const SCENARIO_IDS = ['call', 'voicemail', 'email', 'interview', 'thanks'] as const;
/** One rehearsal scenario id. */
export type ScenarioId = (typeof SCENARIO_IDS)[number];

/** How hard the other side is to talk to, from forgiving to demanding. */
export const DIFFICULTIES = ['gentle', 'realistic', 'tough'] as const;
/** One difficulty level. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** How a persona tends to react: open and chatty, short on time, or wary of strangers. */
export type Temperament = 'warm' | 'busy' | 'guarded';

/** One line of a rehearsal transcript. `step` records which step a student line answered. */
export interface Turn {
  from: 'persona' | 'student';
  text: string;
  step?: string;
}

/**
 * Everything needed to resume a rehearsal, as plain JSON: it is stored between messages
 * and must survive a restart. Everything else (branches taken, minutes used) is derived from
 * `seed` and the transcript, whose student turns record the step they answered.
 */
export interface RehearsalState {
  scenario: ScenarioId;
  difficulty: Difficulty;
  personaId: string;
  seed: number;
  /** The step the next student message answers, or `'done'`. */
  step: string;
  turns: Turn[];
  field?: string;
  /** What the student is exploring (an interview persona answers as a graduate of a program, an employee of an organization...). */
  target?: TargetType;
  /** The branch the student chose to rehearse, when they chose one (call scenario). */
  branch?: string;
  /** The person from the student's journal who takes the persona's place, if any. */
  person?: PreparedPerson;
  /** The first questions of the student's saved plan. */
  planned?: string[];
  /** What the student noted after the interview (thank-you scenario). */
  notes?: string[];
}

/** One criterion of a scorecard: `points` out of `weight`, with a short explanation. */
export interface ScoredCriterion {
  id: string;
  label: string;
  weight: number;
  points: number;
  note: string;
}

/** A concrete improvement, anchored on a short quote of the student's own words. */
export interface Improvement {
  quote: string;
  advice: string;
  mistake: MistakeCode;
}

/** The feedback given at the end of a rehearsal. `score` is the sum of the criteria points. */
export interface Scorecard {
  scenario: ScenarioId;
  score: number;
  criteria: ScoredCriterion[];
  wentWell: string[];
  improvements: Improvement[];
  rewrite?: { original: string; suggestion: string };
  mistakes: MistakeCode[];
}

/** The result of starting or continuing a rehearsal. */
export interface RehearsalOutput {
  state: RehearsalState;
  /** Persona lines ("Priya: ...") and stage directions ("[...]") to show, in order. */
  say: string[];
  finished: boolean;
  scorecard?: Scorecard;
}

/** A colleague a persona can point the student to. */
export interface Contact {
  name: string;
  role: string;
}

/** A fact about a persona, with words whose presence shows a student mentioned it. */
export interface Fact {
  text: string;
  keywords: string[];
}

/** Someone Rapport plays. Everything is data; behaviour comes from the scenario and the temperament. */
export interface Persona {
  id: string;
  name: string;
  pronoun: 'she' | 'he' | 'they';
  role: string;
  organization: string;
  /** The field the persona works in; an interview rehearsal may replace it with the student's field. */
  field: string;
  temperament: Temperament;
  /** One sentence on how they come across, used in the brief. */
  manner: string;
  /** The person who put the student in touch, and how the student knows them. */
  connection: Contact;
  /** Public facts a student could mention to show why they chose this person. */
  hooks: Fact[];
  /** A colleague they may suggest when asked for a referral. */
  referral: Contact;
  /** Name of the receptionist or clerk who may answer their phone (call scenario). */
  frontDesk?: string;
  /** What they told the student in the earlier conversation (thank-you scenario). */
  highlights?: Fact[];
}
