import { defineCommand } from '../../src/core/command.js';
import { textOption } from '../../src/core/options.js';
import { HELP, details, overview } from './help-pages.js';

/** `/help`: every command at a glance, or one command in full. */
export const helpCommand = defineCommand({
  name: HELP,
  description: 'Show what Rapport can do and how to type each command',
  examples: ['/help', '/help questions', '/help log add'],
  options: {
    command: textOption({
      description: 'A command (and a subcommand) to explain in full',
      positional: true,
      rest: true,
      required: false,
      maxLength: 60,
      example: 'questions',
    }),
  },
  run: (ctx, args) => (args.command === undefined ? overview(ctx) : details(ctx, args.command.replace(/^\//, ''))),
});
