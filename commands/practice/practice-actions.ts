import { commandRef } from '../../src/core/command-ref.js';
import type { Action } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, notFound } from '../../src/core/errors.js';
import { SCENARIO_IDS } from '../../src/domain/practice/rehearsal-types.js';
import { interviewFieldForm, menuReply } from './menu.js';
import { ACTIONS, PRACTICE } from './refs.js';
import type { Rehearsal } from '../../src/domain/practice/rehearsal-repository.js';
import { draftForm } from './rehearsal-reply.js';
import { continuePractice, interviewField, pressedRehearsal, startPractice, stopPractice } from './session.js';

/** The command's buttons and its form. */
export const practiceActions: Readonly<Record<string, Action>> = {
  [ACTIONS.start]: {
    run: (ctx, input) => {
      const scenario = SCENARIO_IDS.find((id) => id === input.payload);
      if (scenario === undefined) throw notFound('That button no longer does anything.', `${commandRef(PRACTICE)} shows the scenarios.`);
      if (scenario !== 'interview') return startPractice(ctx, { scenario, difficulty: 'realistic' });
      const field = input.values.field;
      return field === undefined ? interviewFieldForm() : startPractice(ctx, { scenario, difficulty: 'realistic', field: interviewField(field) });
    },
  },
  [ACTIONS.again]: {
    run: async (ctx, input) => {
      const { scenario, difficulty, personaId, field } = (await pressedRehearsal(ctx, input.payload)).state;
      return startPractice(ctx, { scenario, difficulty, personaId, field });
    },
  },
  [ACTIONS.stop]: {
    run: (ctx, input) => stopPractice(ctx, input.payload),
  },
  [ACTIONS.menu]: {
    run: () => menuReply(),
  },
  [ACTIONS.draftForm]: {
    run: async (ctx, input) => draftForm(await activeRehearsal(ctx, input.payload)),
  },
  [ACTIONS.draft]: {
    run: async (ctx, input) => {
      const rehearsal = await activeRehearsal(ctx, input.payload);
      const draft = input.values.draft;
      if (draft === undefined) throw new UserError('bad-input', 'Please write your draft.', 'Or send it as a message.', undefined, 'draft');
      return continuePractice(ctx, rehearsal, draft);
    },
  },
};

/** The student's active rehearsal, when it is the one a button or form names. */
async function activeRehearsal(ctx: CommandContext, id: string | undefined): Promise<Rehearsal> {
  const active = await ctx.services.rehearsals.active(ctx.actor);
  if (active === undefined || active.id !== id)
    throw new UserError('conflict', 'That rehearsal has ended.', `${commandRef(PRACTICE)} shows the scenarios you can start.`);
  return active;
}
