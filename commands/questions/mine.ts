import { commandRef, usageRef } from '../../src/core/command-ref.js';
import { defineSubcommand, type Action } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { actions, bullets, context, ephemeral, heading, select, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { describeRequest, questionCount } from './plan-reply.js';
import { exportSavedRef } from './refs.js';
import { fit } from '../../src/core/markdown-lite.js';

/** The most plans the export menu offers (Discord's limit for a select menu); the newest are offered. */
const MENU_SIZE = 25;

/** The student's saved plans, by number, with a menu to export one as a script. */
async function listSavedPlans(ctx: CommandContext): Promise<Reply> {
  const plans = await ctx.services.savedPlans.list(ctx.actor);
  if (plans.length === 0) {
    return ephemeral(
      text(
        `You have no saved plans yet. Plan some questions (e.g. ${commandRef('questions', undefined, { kind: 'occupation', subject: 'graphic designer' })}), then press Save plan or type ${commandRef('questions', 'save')}.`,
      ),
    );
  }
  const options = plans.slice(-MENU_SIZE).map((saved) => ({ label: fit(`${saved.number}. ${saved.subject}`, 100), value: saved.id }));
  return ephemeral(
    heading('Your saved plans'),
    bullets(plans.map((saved) => `*${saved.number}.* ${describeRequest(saved.plan, saved.focus)}, ${questionCount(saved.plan)} questions`)),
    context(
      `${usageRef('questions', 'export')} prints a plan as an interview script, e.g. ${commandRef('questions', 'export', { number: plans[plans.length - 1]?.number ?? 1 })}.`,
    ),
    actions(select('Export a script', exportSavedRef(), options)),
  );
}

/** `/questions mine`: the student's saved plans. */
export const mineSubcommand = defineSubcommand({
  description: 'List the plans you saved, by number',
  examples: ['/questions mine'],
  options: {},
  run: listSavedPlans,
});

/** The "My saved plans" button. */
export const mineAction: Action = { run: listSavedPlans };
