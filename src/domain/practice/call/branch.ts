/**
 * How a call unfolds: who picks up (the person, a receptionist or voicemail), and how the
 * person answers the opening. Each is a weighted draw from the rehearsal seed, with weights
 * from the persona's temperament, the difficulty and what the student said.
 */
import { jobRequest, askedMinutes, ASK_MINUTES } from '../checks/ask.js';
import { findConnection, lifeStory, missingName } from '../checks/introduction.js';
import { toDraft } from '../draft.js';
import { pickWeighted, unitRandom } from '../rehearsal-random.js';
import type { ScenarioContext } from '../scenario.js';
import { normalizeForMatch, spokenSeconds } from '../student-text.js';
import type { Difficulty, Persona, Temperament } from '../rehearsal-types.js';

/** Who answers the phone. */
export type Pickup = 'person' | 'front-desk' | 'voicemail';

/** How the person answers the opening. */
export type CallBranch = 'go-ahead' | 'call-back' | 'decline';

/** What a student can ask to rehearse in a call: one way it can go, or a random one. */
export const CALL_BRANCH_CHOICES = ['random', 'go-ahead', 'call-back', 'polite-no', 'voicemail', 'receptionist'] as const;

/** One of {@link CALL_BRANCH_CHOICES}. */
export type CallBranchChoice = (typeof CALL_BRANCH_CHOICES)[number];

/** The answer to the opening each chosen branch forces. */
const FORCED_BRANCH: Readonly<Partial<Record<CallBranchChoice, CallBranch>>> = { 'go-ahead': 'go-ahead', 'call-back': 'call-back', 'polite-no': 'decline' };
/** Who picks up for each chosen branch. */
const FORCED_PICKUP: Readonly<Partial<Record<CallBranchChoice, Pickup>>> = {
  'go-ahead': 'person',
  'call-back': 'person',
  'polite-no': 'person',
  voicemail: 'voicemail',
  receptionist: 'front-desk',
};

function chosen(ctx: ScenarioContext): CallBranchChoice | undefined {
  return CALL_BRANCH_CHOICES.find((choice) => choice === ctx.state.branch);
}

/** An opening longer than this (in seconds spoken) counts as rambling. */
const RAMBLING_SECONDS = 40;

const PICKUP: Readonly<Record<Difficulty, Readonly<Record<Pickup, number>>>> = {
  gentle: { person: 6, 'front-desk': 2, voicemail: 1 },
  realistic: { person: 5, 'front-desk': 3, voicemail: 2 },
  tough: { person: 4, 'front-desk': 4, voicemail: 3 },
};

const BY_TEMPERAMENT: Readonly<Record<Temperament, Readonly<Record<CallBranch, number>>>> = {
  warm: { 'go-ahead': 6, 'call-back': 3, decline: 1 },
  busy: { 'go-ahead': 3, 'call-back': 6, decline: 1.5 },
  guarded: { 'go-ahead': 2, 'call-back': 4, decline: 4 },
};

const BY_DIFFICULTY: Readonly<Record<Difficulty, Readonly<Record<CallBranch, number>>>> = {
  gentle: { 'go-ahead': 1.8, 'call-back': 1, decline: 0.4 },
  realistic: { 'go-ahead': 1, 'call-back': 1, decline: 1 },
  tough: { 'go-ahead': 0.6, 'call-back': 1.1, decline: 1.8 },
};

/** What in an opening sways the answer. */
interface OpeningSignals {
  referrer: boolean;
  jobRequest: boolean;
  rambling: boolean;
  timeRequest: boolean;
  named: boolean;
}

/** Multipliers applied to the branch weights when a signal is present. */
const SIGNAL_EFFECTS: Readonly<Record<keyof OpeningSignals, Readonly<Record<CallBranch, number>>>> = {
  referrer: { 'go-ahead': 2, 'call-back': 1, decline: 0.5 },
  jobRequest: { 'go-ahead': 0.4, 'call-back': 1, decline: 3 },
  rambling: { 'go-ahead': 0.6, 'call-back': 1.5, decline: 1.5 },
  timeRequest: { 'go-ahead': 1.5, 'call-back': 1, decline: 0.8 },
  named: { 'go-ahead': 1.2, 'call-back': 1, decline: 0.8 },
};

/** Reads the signals of an opening. */
function openingSignals(text: string, persona: Persona): OpeningSignals {
  const d = toDraft(text);
  const minutes = askedMinutes(text);
  return {
    referrer: findConnection(d, persona) !== null,
    jobRequest: jobRequest(d, persona.field, 1) !== null,
    rambling: spokenSeconds(text) > RAMBLING_SECONDS || lifeStory(d, 1) !== null,
    timeRequest: minutes !== null && minutes <= ASK_MINUTES.max,
    named: missingName(d, persona, 1) === null,
  };
}

/** Weights of the three answers to an opening. */
function branchWeights(persona: Persona, difficulty: Difficulty, signals: OpeningSignals): Record<CallBranch, number> {
  const weights = { ...BY_TEMPERAMENT[persona.temperament] };
  for (const branch of Object.keys(weights) as CallBranch[]) {
    weights[branch] *= BY_DIFFICULTY[difficulty][branch];
    for (const signal of Object.keys(signals) as (keyof OpeningSignals)[]) {
      if (signals[signal]) weights[branch] *= SIGNAL_EFFECTS[signal][branch];
    }
  }
  return weights;
}

/** Who picks up: the branch the student chose, or a seeded draw (nobody has a receptionist unless the persona does). */
export function choosePickup(ctx: ScenarioContext): Pickup {
  const forced = FORCED_PICKUP[chosen(ctx) ?? 'random'];
  if (forced !== undefined && (forced !== 'front-desk' || ctx.persona.frontDesk !== undefined)) return forced;
  const weights = { ...PICKUP[ctx.difficulty] };
  if (ctx.persona.frontDesk === undefined) weights['front-desk'] = 0;
  return pickWeighted(weights, unitRandom(ctx.seed, 'pickup'));
}

/** How the person answers this opening: as the student chose, or a draw swayed by what they said. */
export function chooseBranch(ctx: ScenarioContext, opening: string): CallBranch {
  const forced = FORCED_BRANCH[chosen(ctx) ?? 'random'];
  if (forced !== undefined) return forced;
  return pickWeighted(branchWeights(ctx.persona, ctx.difficulty, openingSignals(opening, ctx.persona)), unitRandom(ctx.seed, 'branch'));
}

/** Whether the receptionist puts the call through (otherwise it goes to voicemail). */
export function putsThrough(ctx: ScenarioContext, studentText: string): boolean {
  const asked = asksForPerson(studentText, ctx.persona);
  const weights = { through: asked ? 2 : 1, voicemail: ctx.difficulty === 'tough' ? 1.5 : 1 };
  return pickWeighted(weights, unitRandom(ctx.seed, 'front-desk')) === 'through';
}

/** Whether a message asks for the persona by name. */
export function asksForPerson(text: string, persona: Persona): boolean {
  const norm = normalizeForMatch(toDraft(text).match);
  return persona.name
    .toLowerCase()
    .split(' ')
    .some((part) => new RegExp(`\\b${part}\\b`).test(norm));
}
