import type { Action } from '../../src/core/command.js';
import { notFound } from '../../src/core/errors.js';
import { SCENARIO_IDS } from '../../src/domain/practice/index.js';
import { interviewFieldForm, menuReply } from './menu.js';
import { ACTIONS, PRACTICE } from './refs.js';
import { interviewField, pressedRehearsal, startPractice, stopPractice } from './session.js';

/** The command's buttons and its form. */
export const practiceActions: Readonly<Record<string, Action>> = {
  [ACTIONS.start]: {
    run: (ctx, input) => {
      const scenario = SCENARIO_IDS.find((id) => id === input.payload);
      if (scenario === undefined) throw notFound('That button no longer does anything.', `${ctx.slash(PRACTICE)} shows the scenarios.`);
      if (scenario !== 'interview') return startPractice(ctx, { scenario, difficulty: 'realistic' });
      const field = input.values.field;
      return field === undefined ? interviewFieldForm() : startPractice(ctx, { scenario, difficulty: 'realistic', field: interviewField(ctx, field) });
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
    run: (ctx) => menuReply(ctx),
  },
};
