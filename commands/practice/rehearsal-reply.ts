import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { actions, button, context, ephemeral, formReply, heading, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { SCENARIO_TITLES, findPersona } from '../../src/domain/practice/catalogue.js';
import { MAX_INPUT_CHARS } from '../../src/domain/practice/input.js';
import type { RehearsalOutput, ScenarioId } from '../../src/domain/practice/rehearsal-types.js';
import type { Rehearsal, StoppedRehearsal } from '../../src/domain/practice/rehearsal-repository.js';
import { PRACTICE, againRef, draftFormRef, draftRef, menuRef, stopRef } from './refs.js';
import { scorecardReply } from './scorecard-reply.js';
import { userText } from '../../src/core/user-text.js';

/** The first replies of a rehearsal: its title, the brief and the other side's first lines (or, with a draft, the whole result). */
export function openingReplies(ctx: CommandContext, rehearsal: Rehearsal, output: RehearsalOutput): Reply[] {
  const { scenario, difficulty } = rehearsal.state;
  const inForm = DRAFT_SCENARIOS.includes(scenario) ? [actions(button('Write it in a form', draftFormRef(rehearsal.id)))] : [];
  const howToGoOn = output.finished
    ? []
    : [context(`Send what you would say or write as a message. ${commandRef(PRACTICE, 'stop')} ends the rehearsal.`), ...inDirectMessages(ctx), ...inForm];
  return withScorecard(rehearsal, output, [heading(`🎭 ${SCENARIO_TITLES[scenario]} (${difficulty})`), ...output.say.map(text), ...howToGoOn]);
}

/**
 * Where a rehearsal started in a channel goes on: plain messages reach Rapport only in a direct
 * message, so the student is told to answer there (or to use the form, for a draft).
 */
function inDirectMessages(ctx: CommandContext): Block[] {
  if (ctx.conversation.isDirect) return [];
  return [
    context(
      'This rehearsal continues in your direct messages with Rapport: open your DM with Rapport and send your next message there. Nothing you write there is shown in this channel.',
    ),
  ];
}

/** The replies to one message of the student's: what the other side says and does, then the scorecard once it is over. */
export function stepReplies(rehearsal: Rehearsal, output: RehearsalOutput): Reply[] {
  return withScorecard(rehearsal, output, output.say.map(text));
}

function withScorecard(rehearsal: Rehearsal, output: RehearsalOutput, blocks: Block[]): Reply[] {
  const said = ephemeral(...blocks);
  return output.scorecard === undefined ? [said] : [said, scorecardReply(rehearsal.id, output.scorecard)];
}

/**
 * The scenarios whose answer is one piece of writing or speech, which can also be written in a
 * form (handy where plain messages do not reach Rapport, such as a Slack channel).
 */
const DRAFT_SCENARIOS: readonly ScenarioId[] = ['voicemail', 'email', 'thanks'];

/** The form for a rehearsal's draft; its submission is taken as the student's next message. */
export function draftForm(rehearsal: Rehearsal): Reply {
  return formReply({
    title: SCENARIO_TITLES[rehearsal.state.scenario],
    submitLabel: 'Send',
    fields: [
      {
        name: 'draft',
        label: 'Your draft',
        hint: 'Write it as you would send or say it; line breaks are kept.',
        required: true,
        multiline: true,
        maxLength: MAX_INPUT_CHARS,
      },
    ],
    submit: draftRef(rehearsal.id),
  });
}

/** Why a second rehearsal cannot start: which one is going, where it stopped, and a button to stop it. */
export function alreadyActiveReply(active: Rehearsal): Reply {
  const { scenario, difficulty, personaId, turns } = active.state;
  const persona = findPersona(scenario, personaId);
  const lastHeard = turns.findLast((turn) => turn.from === 'persona');
  return ephemeral(
    text(
      `⏸️ You already have a rehearsal going: *${SCENARIO_TITLES[scenario]}* (${difficulty})${persona === undefined ? '' : ` with ${persona.name}`}. One at a time.`,
    ),
    ...(lastHeard === undefined ? [] : [text(`The last thing you heard: “${userText(lastHeard.text)}”`)]),
    context(`Carry on by sending your next message, or stop that rehearsal first (${commandRef(PRACTICE, 'stop')}).`),
    actions(button('Stop that rehearsal', stopRef(active.id), 'danger')),
  );
}

/** Confirms a stopped rehearsal, with ways to start again. */
export function stoppedReply(stopped: StoppedRehearsal): Reply {
  return ephemeral(
    text(`⏹️ Stopped your *${SCENARIO_TITLES[stopped.scenario]}* rehearsal. Nothing was scored.`),
    actions(button('Start it again', againRef(stopped.id)), button('Another scenario', menuRef())),
  );
}
