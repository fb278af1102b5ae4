import type { Action } from '../../src/core/command.js';
import { remainingQuestions } from '../../src/domain/questions/plan-more.js';
import { planGone, shownPlanById } from './plan-lookup.js';
import { moreReply } from './plan-reply.js';
import { parseMorePayload } from './refs.js';

/** The "More questions" button: the next page of questions the plan left out, never repeating one. */
export const moreAction: Action = {
  run: async (ctx, input) => {
    const more = parseMorePayload(input.payload);
    if (more === undefined) throw planGone();
    const shown = await shownPlanById(ctx, more.shownId);
    return moreReply(shown, remainingQuestions(shown.request, shown.plan), more.page);
  },
};
