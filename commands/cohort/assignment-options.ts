import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput, notFound } from '../../src/core/errors.js';
import { integerOption, repeatableTextOption } from '../../src/core/options.js';
import { closestMatch } from '../../src/core/suggest.js';
import { MAX_PROMPT, MAX_PROMPTS, endOfDueDay } from '../../src/domain/cohorts/assignment-progress.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import { parseWhen } from '../../src/domain/reminders/when.js';
import type { Assignment } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { COHORT } from './refs.js';

/** The longest assignment title. */
export const MAX_TITLE = 80;

/** The example every assignment message points to, in the canonical words. */
export const ASSIGN_EXAMPLE =
  '/cohort assign "Explore a career" --interviews 3 --due 2027-02-15 --prompt "What surprised you?" --prompt "What will you do next?"';

/** {@link ASSIGN_EXAMPLE} as a command token, for error messages (each platform writes it). */
export const ASSIGN_EXAMPLE_REF = commandRef(COHORT, 'assign', {
  title: 'Explore a career',
  interviews: 3,
  due: '2027-02-15',
  prompt: ['What surprised you?', 'What will you do next?'],
});

/** `--interviews`: how many interviews each student holds for the assignment. */
export const interviewsOption = <R extends boolean>(required: R) =>
  integerOption({ description: 'How many interviews each student holds for it (at least 1)', required, min: 1, max: 50, example: '3' });

/** `--due`: the due day, read in the cohort's zone (with `required` added by each subcommand). */
export const DUE_OPTION = {
  description: 'The due date in the cohort time zone, e.g. 2027-02-15 or "February 15"',
  maxLength: 40,
  example: '2027-02-15',
} as const;

/** `--prompt`, one to five times: the reflection questions. */
export const promptOption = (required: boolean) =>
  repeatableTextOption({
    description: `A reflection question, up to ${MAX_PROMPT} characters; give 1 to ${MAX_PROMPTS}`,
    required,
    maxLength: MAX_PROMPT,
    maxCount: MAX_PROMPTS,
    example: '"What surprised you?"',
  });

/** A due date as stored: the day in the cohort's zone and the end of it. */
export interface DueDate {
  readonly dueOn: string;
  readonly dueAt: Date;
}

/**
 * Reads a typed due date with the shared parser, in the cohort's zone. A day alone means the
 * whole day, so today is still a due date; a day already over is refused with the parser's words.
 */
export function readDueDate(ctx: CommandContext, cohort: Cohort, typed: string, example: string): DueDate {
  const zone = cohort.digest.zone;
  const when = parseWhen(typed, ctx.clock.now(), zone, { dayTime: '23:59' });
  if (!when.ok) throw new UserError('bad-input', when.message, `Give a due date from today on, in ${zone} time.`, example, 'due');
  const dueOn = inZone(when.at, zone).toISODate() ?? '';
  return { dueOn, dueAt: endOfDueDay(dueOn, zone) };
}

/** Refuses more than {@link MAX_PROMPTS} prompts altogether (an edit may add to what there was). */
export function checkPromptCount(prompts: readonly string[], example: string): void {
  if (prompts.length > MAX_PROMPTS)
    throw new UserError(
      'bad-input',
      `An assignment has at most ${MAX_PROMPTS} reflection prompts; this gives ${prompts.length}.`,
      'Keep the questions that matter most.',
      example,
      'prompt',
    );
}

/** The cohort's assignment with this title; a clear message, with the closest title, otherwise. */
export async function findAssignment(ctx: CommandContext, cohort: Cohort, title: string | undefined): Promise<Assignment> {
  const { assignments } = ctx.services.cohorts;
  const all = await assignments.ofCohort(cohort.tenant, cohort.id, true);
  if (title === undefined) {
    const open = all.filter((assignment) => assignment.closedAt === undefined);
    const [only, ...others] = open;
    if (only !== undefined && others.length === 0) return only;
    throw badInput(
      'Which assignment do you mean?',
      open.length === 0 ? `${cohort.name} has no open assignment.` : `Name it: ${open.map((assignment) => `"${assignment.title}"`).join(', ')}.`,
      commandRef(COHORT, 'assignment', { action: 'close', title: 'Explore a career' }),
    );
  }
  const found = await assignments.findByTitle(cohort.tenant, cohort.id, title);
  if (found !== undefined) return found;
  const guess = closestMatch(
    title,
    all.map((assignment) => assignment.title),
  );
  throw notFound(
    guess === undefined
      ? `${cohort.name} has no assignment called "${title}".`
      : `${cohort.name} has no assignment called "${title}": did you mean "${guess}"?`,
    `${commandRef(COHORT, 'assignment', { action: 'list' })} shows them.`,
    commandRef(COHORT, 'assignment', { action: 'list' }),
  );
}
