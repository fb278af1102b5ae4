import type { CommandContext } from '../../src/core/context.js';
import { userToken } from '../../src/core/mention-token.js';
import { userText } from '../../src/core/user-text.js';
import { cohortAdvisors, type Cohort } from '../../src/domain/cohorts/cohort-repository.js';

/** Whether the actor is one of the cohort's advisors (its creator or one added to it), who read what its students share. */
export function isCohortAdvisor(ctx: CommandContext, cohort: Cohort): boolean {
  return cohortAdvisors(cohort).includes(ctx.actor.userId);
}

/** "the advisor of *fall*, @ana" or "the advisors of *fall*, @ana and @dee": who reads what its students share. */
export function cohortAdvisorsPhrase(cohort: Cohort): string {
  const names = cohortAdvisors(cohort).map((id) => userToken(id));
  const last = names.pop() ?? '';
  const list = names.length === 0 ? last : `${names.join(', ')} and ${last}`;
  return `the advisor${names.length === 0 ? '' : 's'} of *${userText(cohort.name)}*, ${list}`;
}
