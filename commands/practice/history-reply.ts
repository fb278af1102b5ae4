import { commandRef } from '../../src/core/command-ref.js';
import { actions, bullets, button, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { SCENARIO_TITLES } from '../../src/domain/practice/catalogue.js';
import { SCENARIO_IDS } from '../../src/domain/practice/rehearsal-types.js';
import type { RehearsalScore } from '../../src/domain/practice/rehearsal-repository.js';
import { PRACTICE, menuRef } from './refs.js';

/** How many of a scenario's latest scores its trend shows. */
const TREND_LENGTH = 8;

/** One scenario's scores as a compact trend, oldest first: "45 → 62 → 81 (best 81, 3 rehearsals)". */
function trend(scores: readonly number[]): string {
  const shown = scores.slice(-TREND_LENGTH);
  const earlier = scores.length > shown.length ? '… → ' : '';
  return `${earlier}${shown.join(' → ')} (best ${Math.max(...scores)}, ${scores.length} rehearsal${scores.length === 1 ? '' : 's'})`;
}

/** The student's scores over time, one trend per scenario they finished. */
export function historyReply(scores: readonly RehearsalScore[]): Reply {
  const lines = SCENARIO_IDS.flatMap((scenario) => {
    const mine = scores.filter((entry) => entry.scenario === scenario).map((entry) => entry.score);
    return mine.length === 0 ? [] : [`*${SCENARIO_TITLES[scenario]}*: ${trend(mine)}`];
  });
  if (lines.length === 0) {
    return ephemeral(
      text(`You have not finished a rehearsal yet. Your scores appear here once you do: start with ${commandRef(PRACTICE)}.`),
      actions(button('Choose a scenario', menuRef())),
    );
  }
  return ephemeral(
    heading('Your practice scores'),
    bullets(lines),
    context('Out of 100, oldest to newest; stopped rehearsals are not scored.'),
    actions(button('Rehearse again', menuRef())),
  );
}
