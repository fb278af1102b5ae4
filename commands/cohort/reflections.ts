import { commandRef, usageRef } from '../../src/core/command-ref.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { personOption, textOption } from '../../src/core/options.js';
import { userToken } from '../../src/core/mention-token.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Block } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import type { Assignment, Reflection } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { MAX_TITLE, findAssignment } from './assignment-options.js';
import { recordAdvisorView } from './audit.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT } from './refs.js';
import { cohortAdvisorsPhrase, isCohortAdvisor } from './cohort-advisors.js';

/**
 * Whether the actor reads students' reflections on an assignment: the cohort's advisors (its
 * creator and those added to it) and the advisor who set the assignment; no other advisor or
 * admin of the workspace.
 */
export function readsReflections(ctx: CommandContext, cohort: Cohort, assignment: Assignment): boolean {
  return isCohortAdvisor(ctx, cohort) || assignment.createdBy === ctx.actor.userId;
}

/** A day as a short label in the cohort's zone, e.g. "Feb 16". */
function day(at: Date, zone: string): string {
  return inZone(at, zone).setLocale('en-US').toFormat('LLL d');
}

/** One reflection as its readers see it: who, about whom, when, on time or late, and each prompt with its answer. */
export function reflectionBlocks(reflection: Reflection, assignment: Assignment, author: string, zone: string): Block[] {
  const late = reflection.submittedAt.getTime() > assignment.dueAt.getTime();
  return [
    text(
      `*${author}* on the interview with ${userText(reflection.contactName)} (${day(reflection.heldAt, zone)}), submitted ${day(reflection.submittedAt, zone)}${late ? ', late' : ''}:`,
    ),
    bullets(assignment.prompts.map((prompt, index) => `_${userText(prompt)}_ ${userText(reflection.answers[index] ?? '') || '(no answer)'}`)),
  ];
}

/** `/cohort reflections [<student>] [--assignment "<title>"]`: the advisor reads what students reflected. */
export const reflectionsSubcommand = defineSubcommand({
  description: "Advisors: read students' reflections on the cohort's assignments",
  examples: ['/cohort reflections', '/cohort reflections bea', '/cohort reflections --assignment "Explore a career"'],
  role: 'advisor',
  options: {
    student: personOption({ description: 'Only this student (on the console, their name)', positional: true, required: false, example: 'bea' }),
    assignment: textOption({ description: 'Only this assignment, by its title', required: false, maxLength: MAX_TITLE, example: '"Explore a career"' }),
    cohort: cohortFlag,
  },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    const { assignments } = ctx.services.cohorts;
    const chosen =
      args.assignment === undefined ? await assignments.ofCohort(cohort.tenant, cohort.id, true) : [await findAssignment(ctx, cohort, args.assignment)];
    const readable = chosen.filter((assignment) => readsReflections(ctx, cohort, assignment));
    if (readable.length === 0) {
      return ephemeral(
        text(
          chosen.length === 0
            ? `*${userText(cohort.name)}* has no assignment yet.`
            : `Reflections go only to ${cohortAdvisorsPhrase(cohort)}, and to whoever set the assignment.`,
        ),
        context(`Set one with ${usageRef(COHORT, 'assign')}.`),
      );
    }
    const reflections = await assignments.reflections(cohort.tenant, cohort.id, args.student);
    const profiles = await ctx.services.users.findMany(cohort.tenant, [...new Set(reflections.map((reflection) => reflection.userId))]);
    const author = (userId: string) => {
      const name = profiles.get(userId)?.displayName;
      return name === undefined ? userToken(userId) : userText(name);
    };
    const blocks: Block[] = [heading(`📓 Reflections in ${userText(cohort.name)}${args.student === undefined ? '' : `: ${author(args.student)}`}`)];
    for (const assignment of readable) {
      const mine = reflections.filter((reflection) => reflection.assignmentId === assignment.id);
      blocks.push(
        text(
          `*${userText(assignment.title)}*${assignment.closedAt === undefined ? '' : ' (closed)'}: ${mine.length} reflection${mine.length === 1 ? '' : 's'}`,
        ),
      );
      for (const reflection of mine) blocks.push(...reflectionBlocks(reflection, assignment, author(reflection.userId), cohort.digest.zone));
    }
    const readIds = new Set(
      reflections.filter((reflection) => readable.some((assignment) => assignment.id === reflection.assignmentId)).map((reflection) => reflection.userId),
    );
    await recordAdvisorView(ctx, cohort, [...readIds], 'assignment reflections');
    blocks.push(context(`Only you see this. Each student can see that you read their reflections with ${commandRef('privacy', 'log')}.`));
    return ephemeral(...blocks);
  },
});
