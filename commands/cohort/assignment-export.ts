import type { CommandContext } from '../../src/core/context.js';
import type { AssignmentProgress } from '../../src/domain/cohorts/assignment-progress.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import type { Assignment } from '../../src/domain/cohorts/assignment-repository.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import { toCsv } from '../shared/csv.js';
import { readsReflections } from './reflections.js';

/** The export's columns for each assignment, after its title. */
export const ASSIGNMENT_COLUMNS = ['interviews', 'reflections', 'late reflections', 'status'] as const;

/** One student's cells for one assignment (empty for someone Rapport has no activity for). */
export function assignmentCells(progress: AssignmentProgress | undefined): (string | number)[] {
  return progress === undefined ? ['', '', '', ''] : [progress.interviews, progress.reflections, progress.late, progress.state];
}

const REFLECTION_HEADER = ['student', 'assignment', 'interview with', 'interview day', 'submitted', 'on time', 'prompt', 'answer'];

/**
 * The reflections of the cohort's current members on the assignments the advisor reads (one row
 * per answer, so each prompt sits beside its answer), or undefined when they read none.
 */
export async function reflectionsCsv(ctx: CommandContext, cohort: Cohort, assignments: readonly Assignment[]): Promise<string | undefined> {
  const readable = assignments.filter((assignment) => readsReflections(ctx, cohort, assignment));
  if (readable.length === 0) return undefined;
  const zone = cohort.digest.zone;
  const day = (at: Date) => inZone(at, zone).toISODate() ?? '';
  const reflections = await ctx.services.cohorts.assignments.reflections(cohort.tenant, cohort.id);
  const profiles = await ctx.services.users.findMany(cohort.tenant, [...new Set(reflections.map((reflection) => reflection.userId))]);
  const rows = readable.flatMap((assignment) =>
    reflections
      .filter((reflection) => reflection.assignmentId === assignment.id)
      .flatMap((reflection) =>
        assignment.prompts.map((prompt, index) => [
          profiles.get(reflection.userId)?.displayName ?? reflection.userId,
          assignment.title,
          reflection.contactName,
          day(reflection.heldAt),
          day(reflection.submittedAt),
          reflection.submittedAt.getTime() <= assignment.dueAt.getTime() ? 'yes' : 'late',
          prompt,
          reflection.answers[index] ?? '',
        ]),
      ),
  );
  return toCsv(REFLECTION_HEADER, rows);
}
