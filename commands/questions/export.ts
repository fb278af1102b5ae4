import { defineSubcommand, type Action } from '../../src/core/command.js';
import { integerOption } from '../../src/core/options.js';
import { latestShownPlan, savedPlanById, savedPlanByNumber, shownPlanById, suggestSavedPlans } from './plan-lookup.js';
import { scriptReply } from './script-reply.js';

/** `/questions export [number]`: the script of a saved plan, or of the plan shown last. */
export const exportSubcommand = defineSubcommand({
  description: 'Print an interview script: of saved plan N, or of the plan you were shown last',
  examples: ['/questions export 1', '/questions export'],
  options: {
    number: integerOption({
      description: 'The number of a saved plan (see /questions mine)',
      positional: true,
      min: 1,
      max: 9999,
      example: '1',
      suggest: suggestSavedPlans,
    }),
  },
  run: async (ctx, args) => scriptReply((args.number === undefined ? await latestShownPlan(ctx) : await savedPlanByNumber(ctx, args.number)).plan),
});

/** The "Export script" button: the script of the plan it was shown with. */
export const exportAction: Action = {
  run: async (ctx, input) => scriptReply((await shownPlanById(ctx, input.payload)).plan),
};

/** The export menu under the list of saved plans: the script of the chosen one. */
export const exportSavedAction: Action = {
  run: async (ctx, input) => scriptReply((await savedPlanById(ctx, input.selected)).plan),
};
