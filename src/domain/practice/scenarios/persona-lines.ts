/**
 * Helpers for persona lines: seeded choice between template variants, speaking and stage
 * lines, and the difficulty-dependent bar a student's work must clear to get a reply.
 */
import { firstNameOf, personaValues } from '../persona-text.js';
import { pickIndex } from '../rehearsal-random.js';
import type { Line, ScenarioContext } from '../scenario.js';
import { fill } from '../student-text.js';
import type { Difficulty } from '../rehearsal-types.js';

/** Score a finished draft needs for the persona to say yes: gentle personas are forgiving. */
export const REPLY_THRESHOLD: Readonly<Record<Difficulty, number>> = { gentle: 50, realistic: 65, tough: 80 };

/** One of several templates, chosen by the seed and a salt, filled with the persona's values. */
export function pickLine(ctx: ScenarioContext, templates: readonly string[], salt: string, extra: Readonly<Record<string, string>> = {}): string {
  const template = templates[pickIndex(ctx.seed, salt, templates.length)] ?? '';
  return fill(template, { ...personaValues(ctx.persona, ctx.field), ...extra });
}

/** A line spoken by the persona (shown with their first name) or, when `who` is given, by someone else. */
export function spoken(ctx: ScenarioContext, templates: readonly string[], salt: string, who?: string): Line {
  return { who: who ?? firstNameOf(ctx.persona), text: pickLine(ctx, templates, salt) };
}

/** A stage direction. */
export function stage(ctx: ScenarioContext, templates: readonly string[], salt: string): Line {
  return { text: pickLine(ctx, templates, salt) };
}
