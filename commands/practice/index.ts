import { defineCommand, defineSubcommand, type Subcommand } from '../../src/core/command.js';
import { choiceOption, textOption } from '../../src/core/options.js';
import { CALL_BRANCH_CHOICES, type CallBranchChoice } from '../../src/domain/practice/call/branch.js';
import { listPersonas } from '../../src/domain/practice/catalogue.js';
import { MAX_FIELD_CHARS, MAX_INPUT_CHARS } from '../../src/domain/practice/input.js';
import { DIFFICULTIES, type Difficulty, type ScenarioId } from '../../src/domain/practice/rehearsal-types.js';
import { SCENARIO_SUMMARIES, menuReply } from './menu.js';
import { practiceActions } from './practice-actions.js';
import { historyReply } from './history-reply.js';
import { PRACTICE } from './refs.js';
import { continuePractice, interviewField, startPractice, stopPractice } from './session.js';

/** The options every scenario takes: how hard, and who plays the other side. */
function settingsOptions(scenario: ScenarioId) {
  const personas = listPersonas(scenario).map((persona) => persona.id);
  return {
    difficulty: choiceOption(DIFFICULTIES, { description: 'How hard the other side is to talk to', default: 'realistic' }),
    persona: choiceOption(personas, { description: 'Who plays the other side (by default, a different person each time)', required: false }),
  };
}

/** The chosen settings as a rehearsal request takes them. */
function settings(args: { difficulty: Difficulty; persona: string | undefined }) {
  return { difficulty: args.difficulty, personaId: args.persona };
}

/** The voicemail: it starts with its settings alone, and the message comes next. */
const voicemailSubcommand = defineSubcommand({
  description: SCENARIO_SUMMARIES.voicemail,
  examples: ['/practice voicemail', '/practice voicemail --difficulty tough'],
  options: settingsOptions('voicemail'),
  run: (ctx, args) => startPractice(ctx, { scenario: 'voicemail', ...settings(args) }),
});

/** The call: the student may pick how it goes (a polite no, voicemail, the receptionist...) or leave it to chance. */
const callSubcommand = defineSubcommand({
  description: SCENARIO_SUMMARIES.call,
  examples: ['/practice call', '/practice call --branch polite-no', '/practice call --branch receptionist --difficulty tough'],
  options: {
    branch: choiceOption<CallBranchChoice>(CALL_BRANCH_CHOICES, {
      description: 'How the call goes: picked up, call back later, a polite no, voicemail, a receptionist, or random',
      default: 'random',
    }),
    ...settingsOptions('call'),
  },
  run: (ctx, args) => startPractice(ctx, { scenario: 'call', ...settings(args), branch: args.branch }),
});

/** A scenario whose draft comes with the command or as the next message; line breaks are kept. */
function draftSubcommand(scenario: 'email' | 'thanks', example: string): Subcommand {
  return defineSubcommand({
    description: SCENARIO_SUMMARIES[scenario],
    examples: [`/practice ${scenario}`, `/practice ${scenario} ${example}`, `/practice ${scenario} --difficulty gentle`],
    options: {
      draft: textOption({
        description: 'Your draft; or leave it out and send it as your next message',
        positional: true,
        rest: true,
        required: false,
        maxLength: MAX_INPUT_CHARS,
        example,
      }),
      ...settingsOptions(scenario),
    },
    run: (ctx, args) => startPractice(ctx, { scenario, ...settings(args), draft: args.draft }),
  });
}

/**
 * `/practice`: rehearsals in which Rapport plays the other side of a call, a voicemail, an
 * email, an interview or a thank-you, then scores the student. The active rehearsal lives in
 * the database and takes the student's plain messages.
 */
export const practiceCommand = defineCommand({
  name: PRACTICE,
  description: 'Rehearse a call, voicemail, email, interview or thank-you note and get a scorecard',
  examples: ['/practice', '/practice email', '/practice interview nursing --difficulty tough', '/practice history'],
  defaultSubcommand: 'menu',
  subcommands: {
    menu: defineSubcommand({ description: 'Show the scenarios you can rehearse', examples: ['/practice'], options: {}, run: () => menuReply() }),
    call: callSubcommand,
    voicemail: voicemailSubcommand,
    email: draftSubcommand('email', '"Subject: Arjun Mehta suggested I write"'),
    interview: defineSubcommand({
      description: SCENARIO_SUMMARIES.interview,
      examples: ['/practice interview nursing', '/practice interview "UX research" --difficulty tough'],
      options: {
        field: textOption({
          description: 'The field you are exploring (by default, the subject of your latest saved plan)',
          positional: true,
          rest: true,
          required: false,
          maxLength: MAX_FIELD_CHARS,
          example: 'nursing',
        }),
        ...settingsOptions('interview'),
      },
      run: (ctx, args) => startPractice(ctx, { scenario: 'interview', ...settings(args), field: interviewField(args.field) }),
    }),
    thanks: draftSubcommand('thanks', '"Hi Nadia, thank you for your time yesterday"'),
    stop: defineSubcommand({
      description: 'End your rehearsal without a score',
      examples: ['/practice stop'],
      options: {},
      run: (ctx) => stopPractice(ctx),
    }),
    history: defineSubcommand({
      description: 'Show your scores over time, per scenario',
      examples: ['/practice history'],
      options: {},
      run: async (ctx) => historyReply(await ctx.services.rehearsals.scores(ctx.actor)),
    }),
  },
  actions: practiceActions,
  onMessage: async (ctx, message) => {
    const active = await ctx.services.rehearsals.active(ctx.actor);
    return active === undefined ? undefined : continuePractice(ctx, active, message);
  },
});
