/**
 * The list of scenarios and their briefs (their titles and casts are in the catalogue, which the
 * command layer reads without loading the scenarios).
 * Adding a scenario means adding its title and cast to the catalogue and its definition here; the
 * engine needs no change.
 */
import type { ScenarioDefinition } from './scenario.js';
import { CALL_SCENARIO } from './scenarios/call.js';
import { EMAIL_SCENARIO } from './scenarios/email.js';
import { INTERVIEW_SCENARIO } from './scenarios/interview.js';
import { THANKS_SCENARIO } from './scenarios/thanks.js';
import { VOICEMAIL_SCENARIO } from './scenarios/voicemail.js';
import { normalizeField } from './input.js';
import { findPersona } from './catalogue.js';
import type { ScenarioId } from './rehearsal-types.js';

const SCENARIOS: Readonly<Record<ScenarioId, ScenarioDefinition>> = {
  call: CALL_SCENARIO,
  voicemail: VOICEMAIL_SCENARIO,
  email: EMAIL_SCENARIO,
  interview: INTERVIEW_SCENARIO,
  thanks: THANKS_SCENARIO,
};

/** The definition of a scenario. */
export function scenarioDefinition(id: ScenarioId): ScenarioDefinition {
  return SCENARIOS[id];
}

/**
 * The paragraph telling the student what to do in a rehearsal with this persona
 * (the same text the rehearsal opens with). Throws a RangeError for an unknown persona.
 */
export function scenarioBrief(input: { scenario: ScenarioId; personaId: string; field?: string }): string {
  const persona = findPersona(input.scenario, input.personaId);
  if (persona === undefined) throw new RangeError(`Unknown persona "${input.personaId}" for scenario "${input.scenario}"`);
  return SCENARIOS[input.scenario].brief(persona, normalizeField(input.field) ?? persona.field);
}
