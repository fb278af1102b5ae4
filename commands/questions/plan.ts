import { defineSubcommand } from '../../src/core/command.js';
import { choiceOption, integerOption, repeatableChoiceOption, textOption } from '../../src/core/options.js';
import { planQuestions } from '../../src/domain/questions/planner.js';
import { QUESTION_CATEGORIES, TARGET_TYPES } from '../../src/domain/questions/question-types.js';
import { newShownPlan } from '../../src/domain/questions/saved-plan-repository.js';
import { planReply } from './plan-reply.js';
import { planRequestFor } from './plan-request.js';

/** Categories a student can ask to focus on: every one but the opening and the close, which every plan has. */
const FOCUS_CATEGORIES = QUESTION_CATEGORIES.filter((category) => category !== 'opening' && category !== 'closing');

/** `/questions <kind> <subject> [--minutes N] [--focus <category>]... [--questions N]`: a question plan sized to the time offered. */
export const planSubcommand = defineSubcommand({
  description: 'Plan questions that fit the time the person offered',
  examples: [
    '/questions occupation "graphic designer" --minutes 30',
    '/questions program "BScN at Humber" --focus entry --focus education',
    '/questions organization Shopify --minutes 20 --questions 8',
  ],
  options: {
    kind: choiceOption(TARGET_TYPES, { description: 'An occupation, industry, organization or program', positional: true }),
    subject: textOption({
      description: 'Which one, e.g. graphic designer, renewable energy, Shopify',
      positional: true,
      rest: true,
      maxLength: 100,
      example: '"graphic designer"',
    }),
    minutes: integerOption({ description: 'How many minutes the person offered: 5 to 90 (15 if left out)', min: 5, max: 90, default: 15 }),
    focus: repeatableChoiceOption(FOCUS_CATEGORIES, { description: 'A topic to favour; repeat it for several', example: 'skills' }),
    questions: integerOption({ description: 'How many questions you would like; you are told if that is more than fits', min: 1, max: 60, example: '8' }),
  },
  run: async (ctx, args) => {
    const request = await planRequestFor(ctx, {
      target: args.kind,
      subject: args.subject,
      minutes: args.minutes,
      focus: args.focus,
      ...(args.questions === undefined ? {} : { questions: args.questions }),
    });
    const shown = newShownPlan(request, planQuestions(request), ctx.clock.now());
    await ctx.services.savedPlans.recordShown(ctx.actor, shown);
    return planReply(shown);
  },
});
