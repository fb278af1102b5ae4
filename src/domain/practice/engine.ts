/**
 * The rehearsal engine: starts a rehearsal, feeds each student message to the current step's
 * transition function, and grades when a step finishes the scenario. Pure: the caller passes
 * the seed, and the state it gets back is plain JSON to store until the next message.
 */
import { normalizeField, validateStudentText } from './input.js';
import { pickIndex, toSeed } from './rehearsal-random.js';
import type { CallBranchChoice } from './call/branch.js';
import { castPerson, PLANNED_IN_BRIEF, type Preparation } from './preparation.js';
import { findPersona } from './catalogue.js';
import { scenarioDefinition } from './scenario-registry.js';
import type { Line, ScenarioContext, ScenarioDefinition, StepOutcome } from './scenario.js';
import type { TargetType } from '../questions/question-types.js';
import type { Difficulty, Persona, RehearsalOutput, RehearsalState, ScenarioId } from './rehearsal-types.js';

/** How many planned questions a rehearsal keeps. */
const MAX_PLANNED = 10;

/** The step of a finished rehearsal. */
export const DONE_STEP = 'done';

/** Shown when a message arrives after the rehearsal has ended. */
export const ALREADY_FINISHED_MESSAGE = 'This rehearsal is finished. Start a new one to practise again.';

/** What a caller passes to start a rehearsal. */
export interface StartInput {
  scenario: ScenarioId;
  difficulty?: Difficulty;
  /** A persona of the scenario; when absent one is chosen from the seed. */
  personaId?: string;
  /** Any integer; the same seed and messages always give the same rehearsal. */
  seed: number;
  /** The field of interest (used by the interview persona). */
  field?: string;
  /** What the student is exploring (the interview persona answers accordingly). */
  target?: TargetType;
  /** The way a call should go, when the student picks one (`random` or absent: a seeded draw). */
  branch?: CallBranchChoice;
  /** The student's own preparation (their contact, saved plan and notes), when they have some. */
  preparation?: Preparation;
  /** A first student message to process at once (a voicemail, an email, a note or a call opening). */
  draft?: string;
}

/** Starts a rehearsal; when `draft` is given it is processed as the first student message. */
export function startRehearsal(input: StartInput): RehearsalOutput {
  const def = scenarioDefinition(input.scenario);
  const seed = toSeed(input.seed);
  const persona = choosePersona(def, input.personaId, seed, input.branch === 'receptionist');
  const prep = input.preparation ?? {};
  const field = normalizeField(input.field ?? prep.subject);
  const target = input.target ?? prep.target;
  const blank: RehearsalState = {
    scenario: def.id,
    difficulty: input.difficulty ?? 'realistic',
    personaId: persona.id,
    seed,
    step: '',
    turns: [],
    ...(field === undefined ? {} : { field }),
    ...(target === undefined ? {} : { target }),
    ...(prep.person === undefined ? {} : { person: prep.person }),
    ...(prep.questions === undefined || prep.questions.length === 0 ? {} : { planned: prep.questions.slice(0, MAX_PLANNED) }),
    ...(prep.notes === undefined || prep.notes.length === 0 ? {} : { notes: [...prep.notes] }),
    ...(input.branch === undefined || input.branch === 'random' ? {} : { branch: input.branch }),
  };
  const ctx = contextOf(def, blank);
  const opening = def.begin(ctx);
  const state = advance(blank, opening);
  const say = [{ text: def.brief(ctx.persona, ctx.field) }, ...plannedReminder(state), ...opening.say].map(render);
  if (input.draft === undefined || input.draft.trim() === '') return { state, say, finished: false };
  const rest = continueRehearsal(state, input.draft);
  return { ...rest, say: [...say, ...rest.say] };
}

/** Processes one student message and returns the new state, the lines to show and, at the end, the scorecard. */
export function continueRehearsal(state: RehearsalState, studentText: string): RehearsalOutput {
  const def = scenarioDefinition(state.scenario);
  if (state.step === DONE_STEP) {
    return { state, say: [render({ text: ALREADY_FINISHED_MESSAGE })], finished: true, scorecard: def.grade(contextOf(def, state)) };
  }
  const input = validateStudentText(studentText);
  if (!input.ok) return { state, say: [render({ text: input.message })], finished: false };
  const handler = def.steps[state.step];
  if (handler === undefined) throw new RangeError(`Scenario "${state.scenario}" has no step "${state.step}"`);
  const heard: RehearsalState = { ...state, turns: [...state.turns, { from: 'student', text: input.text, step: state.step }] };
  const outcome = handler(contextOf(def, heard), input.text);
  const next = advance(heard, outcome);
  if (outcome.next !== null) return { state: next, say: outcome.say.map(render), finished: false };
  const ctx = contextOf(def, next);
  const scorecard = def.grade(ctx);
  const reaction = def.react?.(ctx, scorecard) ?? [];
  const final = advance(next, { say: reaction, next: DONE_STEP });
  return { state: final, say: [...outcome.say, ...reaction].map(render), finished: true, scorecard };
}

/** The persona asked for, or a seeded pick (among those with a receptionist, when the student wants one). */
function choosePersona(def: ScenarioDefinition, personaId: string | undefined, seed: number, needsFrontDesk: boolean): Persona {
  if (personaId === undefined) {
    const cast = needsFrontDesk ? def.personas.filter((p) => p.frontDesk !== undefined) : def.personas;
    const picked = cast[pickIndex(seed, 'persona', cast.length)];
    if (picked === undefined) throw new RangeError(`Scenario "${def.id}" has no personas`);
    return picked;
  }
  return personaOf(def, personaId);
}

function personaOf(def: ScenarioDefinition, personaId: string): Persona {
  const persona = findPersona(def.id, personaId);
  if (persona === undefined) {
    const known = def.personas.map((p) => p.id).join(', ');
    throw new RangeError(`Unknown persona "${personaId}" for scenario "${def.id}"; known: ${known}`);
  }
  return persona;
}

/** The student's planned questions, repeated after the brief so they can rehearse them. */
function plannedReminder(state: RehearsalState): Line[] {
  const planned = state.planned?.slice(0, PLANNED_IN_BRIEF) ?? [];
  if (planned.length === 0) return [];
  return [{ text: `Your saved plan starts with: ${planned.map((q, i) => `${i + 1}) ${q}`).join(' ')}` }];
}

function contextOf(def: ScenarioDefinition, state: RehearsalState): ScenarioContext {
  const persona = castPerson(personaOf(def, state.personaId), state);
  return { persona, difficulty: state.difficulty, field: state.field ?? persona.field, target: state.target ?? 'occupation', seed: state.seed, state };
}

/** Records spoken lines in the transcript and moves to the next step. */
function advance(state: RehearsalState, outcome: StepOutcome): RehearsalState {
  const spoken = outcome.say.flatMap((l) => (l.who === undefined ? [] : [{ from: 'persona' as const, text: l.text }]));
  return {
    ...state,
    step: outcome.next ?? DONE_STEP,
    turns: [...state.turns, ...spoken],
  };
}

function render(line: Line): string {
  return line.who === undefined ? `[${line.text}]` : `${line.who}: ${line.text}`;
}
