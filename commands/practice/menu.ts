import { commandRef } from '../../src/core/command-ref.js';
import { actions, bullets, button, context, ephemeral, formReply, heading } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { SCENARIO_TITLES } from '../../src/domain/practice/catalogue.js';
import { MAX_FIELD_CHARS } from '../../src/domain/practice/input.js';
import { SCENARIO_IDS, type ScenarioId } from '../../src/domain/practice/rehearsal-types.js';
import { PRACTICE, startRef } from './refs.js';

/** What each scenario rehearses, in one line: the menu shows it and so does `/help practice`. */
export const SCENARIO_SUMMARIES: Readonly<Record<ScenarioId, string>> = {
  call: 'Phone someone to ask for a short conversation; whoever picks up reacts to what you say',
  voicemail: 'Nobody answers: leave a clear 20 to 30 second message after the beep',
  email: 'Write the outreach email that asks for 15 minutes of their time',
  interview: 'Run a 15-minute informational interview in your field, one question per message',
  thanks: 'Write the thank-you note the day after an interview',
};

/** The scenarios to choose from, one button each. */
export function menuReply(): Reply {
  return ephemeral(
    heading('Rehearse a step before you do it for real'),
    bullets(SCENARIO_IDS.map((scenario) => `*${SCENARIO_TITLES[scenario]}* (\`${commandRef(PRACTICE, scenario)}\`): ${SCENARIO_SUMMARIES[scenario]}.`)),
    actions(...SCENARIO_IDS.map((scenario) => button(SCENARIO_TITLES[scenario], startRef(scenario)))),
    context(
      `To make it easier or harder: \`${commandRef(PRACTICE, 'call', { difficulty: 'gentle' })}\` or \`${commandRef(PRACTICE, 'call', { difficulty: 'tough' })}\`. ${commandRef(PRACTICE, 'history')} shows your scores.`,
    ),
  );
}

/** Asks for the field an interview rehearsal is about, when it was started from a button. */
export function interviewFieldForm(): Reply {
  return formReply({
    title: SCENARIO_TITLES.interview,
    submitLabel: 'Start the interview',
    fields: [
      {
        name: 'field',
        label: 'Which field are you exploring?',
        hint: 'For example nursing, UX research or public policy.',
        required: true,
        maxLength: MAX_FIELD_CHARS,
      },
    ],
    submit: startRef('interview'),
  });
}
