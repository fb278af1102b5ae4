/**
 * What the command layer and storage need to name and check rehearsals without the engine: the
 * scenarios' titles and casts. The scenario definitions (their steps, graders and the models that
 * understand the student) are loaded with the engine, on a rehearsal's first use; menus, history
 * and a stored rehearsal's check need only this.
 */
import { CALL_PERSONAS } from './personas/call.js';
import { EMAIL_PERSONAS } from './personas/email.js';
import { INTERVIEW_PERSONAS } from './personas/interview.js';
import { THANKS_PERSONAS } from './personas/thanks.js';
import { VOICEMAIL_PERSONAS } from './personas/voicemail.js';
import type { Persona, ScenarioId } from './rehearsal-types.js';

/** Short titles of the scenarios, for menus and help text. */
export const SCENARIO_TITLES: Readonly<Record<ScenarioId, string>> = {
  call: 'Make the call',
  voicemail: 'Leave a voicemail',
  email: 'Write an outreach email',
  interview: 'Run the interview',
  thanks: 'Send a thank-you note',
};

/** The cast of each scenario, in a stable order. */
export const SCENARIO_PERSONAS: Readonly<Record<ScenarioId, readonly Persona[]>> = {
  call: CALL_PERSONAS,
  voicemail: VOICEMAIL_PERSONAS,
  email: EMAIL_PERSONAS,
  interview: INTERVIEW_PERSONAS,
  thanks: THANKS_PERSONAS,
};

/** The personas a scenario can use, in a stable order. */
export function listPersonas(scenario: ScenarioId): readonly Persona[] {
  return SCENARIO_PERSONAS[scenario];
}

/** A persona of a scenario by id, if there is one. */
export function findPersona(scenario: ScenarioId, personaId: string): Persona | undefined {
  return listPersonas(scenario).find((p) => p.id === personaId);
}
