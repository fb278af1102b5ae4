import { commandRef } from '../../src/core/command-ref.js';
import type { Action } from '../../src/core/command.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { actions, button, context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { latestShownPlan, planGone } from './plan-lookup.js';
import { describeRequest } from './plan-reply.js';
import { exportRef, mineRef } from './refs.js';

/** Saves a shown plan (once: saving it again says where it already is) and says how to find it. */
async function savePlan(ctx: CommandContext, shownId: string | undefined): Promise<Reply> {
  const outcome = shownId === undefined ? undefined : await ctx.services.savedPlans.save(ctx.actor, shownId, ctx.clock.now());
  if (shownId === undefined || outcome === undefined) throw planGone();
  const { saved, alreadySaved } = outcome;
  return ephemeral(
    text(`${alreadySaved ? 'This plan is already saved' : '💾 Saved'} as plan ${saved.number}: ${describeRequest(saved.plan, saved.focus)}.`),
    context(
      `${commandRef('questions', 'mine')} lists your saved plans; ${commandRef('questions', 'export', { number: saved.number })} prints this one as an interview script.`,
    ),
    actions(button('Export script', exportRef(shownId)), button('My saved plans', mineRef())),
  );
}

/** `/questions save`: saves the plan the student was shown last. */
export const saveSubcommand = defineSubcommand({
  description: 'Save the plan you were shown last',
  examples: ['/questions save'],
  options: {},
  run: async (ctx) => savePlan(ctx, (await latestShownPlan(ctx)).id),
});

/** The "Save plan" button: saves the plan it was shown with. */
export const saveAction: Action = {
  run: (ctx, input) => savePlan(ctx, input.payload),
};
