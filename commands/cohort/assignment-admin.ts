import { commandRef, optionRef, usageRef } from '../../src/core/command-ref.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput } from '../../src/core/errors.js';
import { choiceOption, textOption } from '../../src/core/options.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import type { AssignmentChanges } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { atomic } from '../shared/atomic.js';
import { cancelAssignmentNudges, planAssignmentNudges } from './assignment-nudges.js';
import {
  ASSIGN_EXAMPLE_REF,
  MAX_TITLE,
  checkPromptCount,
  DUE_OPTION,
  findAssignment,
  interviewsOption,
  promptOption,
  readDueDate,
} from './assignment-options.js';
import { dueWords } from './assignment-standing.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT } from './refs.js';

const EDIT_EXAMPLE = '/cohort assignment edit "Explore a career" --due 2027-03-01 --interviews 2';
/** {@link EDIT_EXAMPLE} as a command token, for error messages. */
const EDIT_EXAMPLE_REF = commandRef(COHORT, 'assignment', { action: 'edit', title: 'Explore a career', due: '2027-03-01', interviews: 2 });

/** One option of `/cohort assignment`, as the platform writes options. */
const option = (name: string): string => optionRef(COHORT, 'assignment', name);

/** The cohort's assignments, open ones first, with their terms. */
async function listAssignments(ctx: CommandContext, cohort: Cohort): Promise<Reply> {
  const all = await ctx.services.cohorts.assignments.ofCohort(cohort.tenant, cohort.id, true);
  if (all.length === 0) return ephemeral(text(`*${userText(cohort.name)}* has no assignment yet. Set one with ${ASSIGN_EXAMPLE_REF}.`));
  const sorted = [...all.filter((assignment) => assignment.closedAt === undefined), ...all.filter((assignment) => assignment.closedAt !== undefined)];
  return ephemeral(
    heading(`Assignments of ${userText(cohort.name)}`),
    bullets(
      sorted.map(
        (assignment) =>
          `*${userText(assignment.title)}*${assignment.closedAt === undefined ? '' : ' (closed)'}: ${assignment.interviews} interview${assignment.interviews === 1 ? '' : 's'} by ${dueWords(assignment, cohort.digest.zone)}; prompts: ${assignment.prompts.map((prompt) => `"${userText(prompt)}"`).join(', ')}`,
      ),
    ),
    context(
      `Change one with ${usageRef(COHORT, 'assignment')}, such as ${commandRef(COHORT, 'assignment', { action: 'close', title: sorted[0]?.title ?? '' })} (what students submitted stays).`,
    ),
  );
}

/**
 * `/cohort assignment edit|close|list ["<title>"]`: change an assignment's terms (the reminders
 * move with its due date), close it (what students submitted stays; reminders still to come are
 * cancelled), or list the cohort's assignments.
 */
export const assignmentSubcommand = defineSubcommand({
  description: 'Advisors: edit or close an assignment (submissions stay), or list them',
  examples: [EDIT_EXAMPLE, '/cohort assignment close "Explore a career"', '/cohort assignment list'],
  role: 'advisor',
  options: {
    action: choiceOption(['edit', 'close', 'list'] as const, { description: 'edit or close an assignment, or list them', positional: true, example: 'edit' }),
    title: textOption({
      description: 'Which assignment, by its title',
      positional: true,
      rest: true,
      required: false,
      maxLength: MAX_TITLE,
      example: '"Explore a career"',
    }),
    rename: textOption({ description: 'A new title', required: false, maxLength: MAX_TITLE, example: '"Explore two careers"' }),
    interviews: interviewsOption(false),
    due: textOption({ ...DUE_OPTION, required: false }),
    prompt: promptOption(false),
    cohort: cohortFlag,
  },
  run: atomic(async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    if (args.action === 'list') return listAssignments(ctx, cohort);
    const assignment = await findAssignment(ctx, cohort, args.title);
    const members = (await ctx.services.cohorts.cohorts.members(cohort.tenant, cohort.id)).map((member) => member.userId);
    const name = `*${userText(assignment.title)}*`;
    if (args.action === 'close') {
      const closed = await ctx.services.cohorts.assignments.close(cohort.tenant, assignment.id, ctx.clock.now());
      await cancelAssignmentNudges(ctx, cohort, assignment, members);
      return ephemeral(
        text(
          closed
            ? `🔒 Closed ${name}. The reflections students wrote stay, in ${commandRef(COHORT, 'reflections')} and the export; no more reminders go out about it.`
            : `${name} was already closed.`,
        ),
      );
    }
    checkPromptCount(args.prompt, EDIT_EXAMPLE_REF);
    const changes: AssignmentChanges = {
      ...(args.rename === undefined ? {} : { title: args.rename }),
      ...(args.interviews === undefined ? {} : { interviews: args.interviews }),
      ...(args.due === undefined ? {} : readDueDate(ctx, cohort, args.due, EDIT_EXAMPLE_REF)),
      ...(args.prompt.length === 0 ? {} : { prompts: args.prompt }),
    };
    if (Object.keys(changes).length === 0)
      throw badInput(
        `Say what changes: ${option('rename')}, ${option('interviews')}, ${option('due')} or ${option('prompt')}.`,
        `Giving ${option('prompt')} replaces all the prompts.`,
        EDIT_EXAMPLE_REF,
      );
    const updated = await ctx.services.cohorts.assignments.update(cohort.tenant, assignment.id, changes);
    if (updated === 'title-taken')
      throw new UserError(
        'conflict',
        `${cohort.name} already has an assignment called "${args.rename ?? ''}".`,
        'Choose another title.',
        EDIT_EXAMPLE_REF,
        'rename',
      );
    if (updated === undefined) throw badInput('That assignment no longer exists.', `${commandRef(COHORT, 'assignment', { action: 'list' })} shows them.`);
    await planAssignmentNudges(ctx, cohort, updated, members);
    return ephemeral(
      text(
        `✏️ Updated *${userText(updated.title)}*: ${updated.interviews} interview${updated.interviews === 1 ? '' : 's'} by ${dueWords(updated, cohort.digest.zone)}, prompts: ${updated.prompts.map((prompt) => `"${userText(prompt)}"`).join(', ')}.`,
      ),
      context('Reflections already submitted stay as they were written; reminders still to come move with the due date.'),
    );
  }),
});
