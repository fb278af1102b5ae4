import type { CommandContext } from '../../src/core/context.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';

/** Writes an advisor's view of some students' data to each student's audit log (`/privacy log`). */
export async function recordAdvisorView(ctx: CommandContext, cohort: Cohort, studentIds: readonly string[], what: string): Promise<void> {
  await ctx.services.cohorts.audit.record(
    { tenant: ctx.actor.tenant, advisorId: ctx.actor.userId, cohortName: cohort.name, what, at: ctx.clock.now() },
    studentIds,
  );
}
