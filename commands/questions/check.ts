import { defineSubcommand } from '../../src/core/command.js';
import { textOption } from '../../src/core/options.js';
import { checkReply } from './check-reply.js';
import { questionChecker } from './question-checker.js';

/** `/questions check <question...>`: a verdict on each question (one per line), with a summary for several. */
export const checkSubcommand = defineSubcommand({
  description: 'Check your own questions: good, improve or avoid, with a better wording',
  examples: ['/questions check Are you hiring?', '/questions check "What does a typical week look like for you?"'],
  options: {
    questions: textOption({
      description: 'One question, or several on separate lines',
      positional: true,
      rest: true,
      maxLength: 2000,
      example: '"What surprised you in your first year?"',
    }),
  },
  run: async (_ctx, args) => checkReply((await questionChecker()).checkQuestions(args.questions)),
});
