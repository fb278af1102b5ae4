/** Helpers that run corpus examples through the engine and check feedback against them. */
import { continueRehearsal, startRehearsal, type RehearsalOutput, type ScenarioId, type Scorecard } from '../../../src/domain/practice/index.js';
import type { CallExample, InterviewExample, PracticeExample } from '../../fixtures/practice/types.js';

/** Plays an example's messages from the start; stops early if the rehearsal finishes. */
export function play(scenario: ScenarioId, ex: PracticeExample, seed = 1): RehearsalOutput[] {
  const field = (ex as Partial<InterviewExample>).field;
  const outputs = [
    startRehearsal({ scenario, personaId: ex.personaId, seed, ...(ex.difficulty ? { difficulty: ex.difficulty } : {}), ...(field ? { field } : {}) }),
  ];
  for (const message of ex.messages) {
    const last = outputs.at(-1)!;
    if (last.finished) break;
    outputs.push(continueRehearsal(last.state, message));
  }
  return outputs;
}

/** The final scorecard of an example (fails if the rehearsal did not finish). */
export function scoreOf(scenario: ScenarioId, ex: PracticeExample, seed = 1): Scorecard {
  const card = play(scenario, ex, seed).at(-1)?.scorecard;
  if (card === undefined) throw new Error(`${ex.id} did not finish`);
  return card;
}

/** Whether a run of a call example took exactly the example's path. */
export function followsPath(ex: CallExample, seed: number): boolean {
  let out = startRehearsal({ scenario: 'call', personaId: ex.personaId, seed, ...(ex.difficulty ? { difficulty: ex.difficulty } : {}) });
  for (const [i, message] of ex.messages.entries()) {
    if (out.finished || out.state.step !== ex.path[i]) return false;
    out = continueRehearsal(out.state, message);
  }
  return out.finished;
}

/** The first seed with which a call example takes its path. */
export function seedFor(ex: CallExample): number {
  for (let seed = 1; seed <= 20_000; seed++) if (followsPath(ex, seed)) return seed;
  throw new Error(`no seed takes ${ex.id} along ${ex.path.join(' > ')}`);
}

/** The scorecard of a call example, played with a seed that takes its path. */
export function callScore(ex: CallExample): Scorecard {
  return scoreOf('call', ex, seedFor(ex));
}

const squeeze = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'");

/** Whether a quote (possibly trimmed with ellipses) is taken from the student's messages. */
export function isOwnWords(quote: string, messages: readonly string[]): boolean {
  const core = squeeze(quote.replace(/^…|…$/g, ''));
  return core.length > 0 && messages.some((m) => squeeze(m).includes(core));
}
