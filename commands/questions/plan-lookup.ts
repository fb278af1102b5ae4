import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { notFound, type UserError } from '../../src/core/errors.js';
import type { SelectOption } from '../../src/core/reply.js';
import { matchingOptions } from '../../src/core/suggest.js';
import type { SavedPlan, ShownPlan } from '../../src/domain/questions/saved-plan-repository.js';

/** A command that plans questions, for the examples in messages. */
function planExample(): string {
  return commandRef('questions', undefined, { kind: 'occupation', subject: 'graphic designer' });
}

/** The message for a button whose plan is gone (too old, or not the student's). */
export function planGone(): UserError {
  return notFound('That plan is no longer available.', 'Plan your questions again for fresh buttons.', planExample());
}

/** The shown plan a button refers to. */
export async function shownPlanById(ctx: CommandContext, id: string | undefined): Promise<ShownPlan> {
  const shown = id === undefined ? undefined : await ctx.services.savedPlans.findShown(ctx.actor, id);
  if (shown === undefined) throw planGone();
  return shown;
}

/** The plan the student was shown last, or a message saying to plan some questions first. */
export async function latestShownPlan(ctx: CommandContext): Promise<ShownPlan> {
  const shown = await ctx.services.savedPlans.latestShown(ctx.actor);
  if (shown === undefined) throw notFound('You have not planned any questions yet.', 'Plan some first; then you can save and export them.', planExample());
  return shown;
}

/** One of the student's saved plans by number, or a message pointing to the list. */
export async function savedPlanByNumber(ctx: CommandContext, number: number): Promise<SavedPlan> {
  const saved = await ctx.services.savedPlans.findByNumber(ctx.actor, number);
  if (saved === undefined)
    throw notFound(
      `You have no saved plan ${number}.`,
      `${commandRef('questions', 'mine')} lists your saved plans with their numbers.`,
      commandRef('questions', 'mine'),
    );
  return saved;
}

/** The student's saved plans, newest first, whose number or subject matches what they are typing: suggestions for a plan number. */
export async function suggestSavedPlans(ctx: CommandContext, typed: string): Promise<SelectOption[]> {
  const plans = await ctx.services.savedPlans.list(ctx.actor);
  return matchingOptions(plans.map((saved) => ({ label: `${saved.number}. ${saved.subject}`, value: String(saved.number) })).reverse(), typed);
}

/** One of the student's saved plans by id (from a menu). */
export async function savedPlanById(ctx: CommandContext, id: string | undefined): Promise<SavedPlan> {
  const saved = id === undefined ? undefined : await ctx.services.savedPlans.findById(ctx.actor, id);
  if (saved === undefined)
    throw notFound('That saved plan is not among yours.', `${commandRef('questions', 'mine')} lists your saved plans.`, commandRef('questions', 'mine'));
  return saved;
}
