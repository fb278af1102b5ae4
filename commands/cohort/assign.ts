import { commandRef } from '../../src/core/command-ref.js';
import { defineSubcommand } from '../../src/core/command.js';
import { UserError } from '../../src/core/errors.js';
import { textOption } from '../../src/core/options.js';
import { bullets, context, ephemeral, text } from '../../src/core/reply-builders.js';
import { userText } from '../../src/core/user-text.js';
import { REMIND_DAYS_BEFORE } from '../../src/domain/cohorts/assignment-progress.js';
import { atomic } from '../shared/atomic.js';
import { planAssignmentNudges } from './assignment-nudges.js';
import {
  ASSIGN_EXAMPLE,
  ASSIGN_EXAMPLE_REF,
  MAX_TITLE,
  checkPromptCount,
  DUE_OPTION,
  interviewsOption,
  promptOption,
  readDueDate,
} from './assignment-options.js';
import { dueWords } from './assignment-standing.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT } from './refs.js';

/**
 * `/cohort assign "<title>" --interviews N --due <date> --prompt "..."`: coursework for every
 * member: N interviews by the due date, each with a reflection answering the prompts.
 */
export const assignSubcommand = defineSubcommand({
  description: 'Advisors: set an assignment: N interviews by a date, each with a reflection',
  examples: [ASSIGN_EXAMPLE],
  role: 'advisor',
  options: {
    title: textOption({
      description: 'The assignment title, e.g. "Explore a career"',
      positional: true,
      rest: true,
      required: true,
      maxLength: MAX_TITLE,
      example: '"Explore a career"',
    }),
    interviews: interviewsOption(true),
    due: textOption({ ...DUE_OPTION, required: true }),
    prompt: promptOption(true),
    cohort: cohortFlag,
  },
  run: atomic(async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    checkPromptCount(args.prompt, ASSIGN_EXAMPLE_REF);
    const due = readDueDate(ctx, cohort, args.due, ASSIGN_EXAMPLE_REF);
    const created = await ctx.services.cohorts.assignments.create(
      cohort.tenant,
      cohort.id,
      { title: args.title, interviews: args.interviews, prompts: args.prompt, ...due, createdBy: ctx.actor.userId },
      ctx.clock.now(),
    );
    if (created === 'title-taken') {
      throw new UserError(
        'conflict',
        `${cohort.name} already has an assignment called "${args.title}".`,
        'Give this one another title, or change that one.',
        commandRef(COHORT, 'assignment', { action: 'edit', title: args.title, due: '2027-03-01' }),
        'title',
      );
    }
    const members = await ctx.services.cohorts.cohorts.members(cohort.tenant, cohort.id);
    await planAssignmentNudges(
      ctx,
      cohort,
      created,
      members.map((member) => member.userId),
    );
    return ephemeral(
      text(
        `📚 Assignment for *${userText(cohort.name)}*: *${userText(created.title)}*, ${created.interviews} interview${created.interviews === 1 ? '' : 's'} by ${dueWords(created, cohort.digest.zone)} (${cohort.digest.zone}), each with a reflection on:`,
      ),
      bullets(created.prompts.map(userText)),
      context(
        `Students see it with ${commandRef(COHORT, 'me')} and are offered the reflection after each interview they log; their reflections are private to them and the cohort's advisors. ` +
          `Anyone still short of it gets one private reminder ${REMIND_DAYS_BEFORE} days before it is due. Follow it with ${commandRef(COHORT, 'report')} and ${commandRef(COHORT, 'reflections')}.`,
      ),
    );
  }),
});
