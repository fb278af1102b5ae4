import { defineCommand, defineSubcommand } from '../../src/core/command.js';
import { badInput } from '../../src/core/errors.js';
import { booleanOption, choiceOption, integerOption, personOption, repeatableChoiceOption, textOption } from '../../src/core/options.js';
import { actionRef, actions, button, ephemeral, formReply, publicReply, select, text } from '../../src/core/reply-builders.js';
import { helpCommand } from '../../commands/help/index.js';

const TARGETS = ['occupation', 'industry', 'organization', 'program'] as const;

/** A command exercising every part of the core, for its tests. */
export const demoCommand = defineCommand({
  name: 'demo',
  description: 'Exercise the command core',
  examples: ['/demo occupation nurse'],
  defaultSubcommand: 'plan',
  subcommands: {
    plan: defineSubcommand({
      description: 'Plan something about a subject',
      examples: ['/demo occupation "graphic designer" --minutes 30'],
      options: {
        target: choiceOption(TARGETS, { description: 'What kind of thing', positional: true }),
        subject: textOption({ description: 'The subject', positional: true, rest: true, maxLength: 100 }),
        minutes: integerOption({ description: 'How long', min: 5, max: 90, default: 15 }),
        focus: repeatableChoiceOption(['skills', 'culture'] as const, { description: 'Topics to favour' }),
      },
      run: (ctx, args) => {
        const focus = args.focus.length === 0 ? 'none' : args.focus.join('+');
        return ephemeral(
          text(`plan ${args.target} [${args.subject}] ${args.minutes}min focus=${focus} by ${ctx.actor.userId}`),
          actions(button('Save', actionRef('demo', 'save', args.target)), button('Edit', actionRef('demo', 'edit'))),
        );
      },
    }),
    greet: defineSubcommand({
      description: 'Greet someone',
      examples: ['/demo greet "Dana Lee" --loud'],
      options: {
        name: textOption({ description: 'Who to greet', positional: true, maxLength: 60 }),
        loud: booleanOption({ description: 'Shout it' }),
        note: textOption({ description: 'A note', required: false, maxLength: 20 }),
        from: personOption({ description: 'Who it is from', required: false }),
      },
      run: (_ctx, args) =>
        publicReply(
          text(
            `${args.loud ? 'HELLO' : 'hello'} [${args.name}]${args.note === undefined ? '' : ` (${args.note})`}${args.from === undefined ? '' : ` from id ${args.from}`}`,
          ),
        ),
    }),
    boom: defineSubcommand({
      description: 'Fail unexpectedly',
      examples: ['/demo boom'],
      options: {},
      run: () => {
        throw new Error('kaboom: a secret internal detail');
      },
    }),
    refuse: defineSubcommand({
      description: 'Fail with a user error',
      examples: ['/demo refuse'],
      options: {},
      run: () => {
        throw badInput('That cannot be done today.', 'Try again tomorrow.', '/demo refuse');
      },
    }),
    secret: defineSubcommand({
      description: 'Only for advisors',
      examples: ['/demo secret'],
      role: 'advisor',
      options: {},
      run: () => ephemeral(text('the secret')),
    }),
  },
  actions: {
    save: { run: (_ctx, input) => ephemeral(text(`saved ${input.payload ?? '-'}`)) },
    edit: {
      run: () =>
        formReply(
          {
            title: 'Edit the plan',
            submitLabel: 'Save',
            submit: actionRef('demo', 'submit'),
            fields: [
              { name: 'name', label: 'Name', required: true, maxLength: 10 },
              {
                name: 'stage',
                label: 'Stage',
                required: true,
                options: [
                  { label: 'Identified', value: 'identified' },
                  { label: 'Scheduled', value: 'scheduled' },
                ],
              },
              { name: 'note', label: 'Note', required: false, multiline: true },
            ],
          },
          text('Edit below.'),
        ),
    },
    submit: { run: (_ctx, input) => ephemeral(text(`submitted ${JSON.stringify(input.values)}`)) },
    pick: { run: (_ctx, input) => ephemeral(text(`picked ${input.selected ?? '-'}`)) },
    menu: {
      run: () =>
        ephemeral(
          actions(
            select('Choose a stage', actionRef('demo', 'pick'), [
              { label: 'Identified', value: 'identified' },
              { label: 'Scheduled', value: 'scheduled' },
            ]),
          ),
        ),
    },
    admin: { role: 'advisor', run: () => ephemeral(text('admin done')) },
  },
  onMessage: (_ctx, message) => Promise.resolve(message.startsWith('echo ') ? ephemeral(text(message.slice(5))) : undefined),
});

/** The demo command beside the real /help. */
export const SAMPLE_COMMANDS = [helpCommand, demoCommand];
