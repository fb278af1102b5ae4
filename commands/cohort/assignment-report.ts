import type { CommandContext } from '../../src/core/context.js';
import { bullets, text } from '../../src/core/reply-builders.js';
import type { Block } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import type { StudentActivity } from '../../src/domain/cohorts/activity.js';
import { ASSIGNMENT_STATE_WORDS, describeProgress, isComplete, type AssignmentProgress } from '../../src/domain/cohorts/assignment-progress.js';
import type { Assignment } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { cohortProgress, dueWords } from './assignment-standing.js';

/** One assignment with each member's progress on it, by user id. */
export interface AssignmentStanding {
  readonly assignment: Assignment;
  readonly progress: ReadonlyMap<string, AssignmentProgress>;
}

/** Every assignment of the cohort (open first, then closed, each soonest due first) with each member's progress. */
export async function assignmentStandings(
  ctx: CommandContext,
  cohort: Cohort,
  activities: readonly StudentActivity[],
  now: Date,
): Promise<AssignmentStanding[]> {
  const all = await ctx.services.cohorts.assignments.ofCohort(cohort.tenant, cohort.id, true);
  const ordered = [...all.filter((assignment) => assignment.closedAt === undefined), ...all.filter((assignment) => assignment.closedAt !== undefined)];
  return Promise.all(ordered.map(async (assignment) => ({ assignment, progress: await cohortProgress(ctx.services, cohort, assignment, activities, now) })));
}

/**
 * The report's part on assignments: per assignment, per student, the interviews held toward it,
 * the reflections submitted and how many came late. Counts only: reflections are read with
 * `/cohort reflections`.
 */
export function assignmentReportBlocks(cohort: Cohort, standings: readonly AssignmentStanding[], names: ReadonlyMap<string, string>): Block[] {
  return standings.flatMap(({ assignment, progress }) => {
    const students = [...progress.entries()];
    const done = students.filter(([, standing]) => isComplete(standing)).length;
    return [
      text(
        `*Assignment: ${userText(assignment.title)}*${assignment.closedAt === undefined ? '' : ' (closed)'}, due ${dueWords(assignment, cohort.digest.zone)}: ${done} of ${students.length} done`,
      ),
      ...(students.length === 0
        ? []
        : [
            bullets(
              students.map(([userId, standing]) => `${names.get(userId) ?? userId}: ${describeProgress(standing)}: ${ASSIGNMENT_STATE_WORDS[standing.state]}`),
            ),
          ]),
    ];
  });
}
