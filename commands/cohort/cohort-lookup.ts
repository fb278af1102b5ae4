import { commandRef, usageRef } from '../../src/core/command-ref.js';
import { COHORT } from './refs.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, notFound } from '../../src/core/errors.js';
import { closestMatch } from '../../src/core/suggest.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';

/** Whose cohorts a command picks from when none is named: the student's own, or the whole workspace's (advisors, joining). */
export type CohortScope = 'mine' | 'workspace';

/**
 * The cohort a command is about: the one named; else the one bound to the channel it was typed
 * in; else, in a direct message, the only cohort in scope. A clear error says what to type otherwise.
 */
export async function findCohort(ctx: CommandContext, name: string | undefined, scope: CohortScope): Promise<Cohort> {
  const { cohorts } = ctx.services.cohorts;
  const tenant = ctx.actor.tenant;
  if (name !== undefined) {
    const found = await cohorts.findByName(tenant, name);
    if (found !== undefined) return found;
    const guess = closestMatch(
      name,
      (await cohorts.list(tenant)).map((cohort) => cohort.name),
    );
    throw notFound(
      guess === undefined ? `There is no cohort named "${name}".` : `There is no cohort named "${name}": did you mean ${guess}?`,
      `${commandRef(COHORT, 'list')} shows the cohorts of this workspace.`,
      commandRef(COHORT, 'list'),
    );
  }
  if (!ctx.conversation.isDirect) {
    const bound = await cohorts.findByChannel(tenant, ctx.conversation.channelId);
    if (bound !== undefined) return bound;
  }
  const candidates = scope === 'mine' ? await cohorts.cohortsOf(tenant, ctx.actor.userId) : await cohorts.list(tenant);
  const [only, ...others] = candidates;
  if (only !== undefined && others.length === 0) return only;
  if (only === undefined) {
    throw scope === 'mine'
      ? notFound(
          'You are not in a cohort yet.',
          `Join one with ${usageRef(COHORT, 'join')}; ${commandRef(COHORT, 'list')} shows them.`,
          commandRef(COHORT, 'list'),
        )
      : notFound(
          'There is no cohort in this workspace yet.',
          `An advisor creates one in its channel with ${usageRef(COHORT, 'create')}.`,
          commandRef(COHORT, 'create', { name: 'fall' }),
        );
  }
  throw new UserError(
    'bad-input',
    'Which cohort do you mean?',
    `Name the cohort, or type the command in the cohort's channel: ${candidates.map((cohort) => cohort.name).join(', ')}.`,
    commandRef(COHORT, 'me', { cohort: only.name }),
  );
}

/** The cohort, when the person asking belongs to it; a clear error otherwise. */
export async function memberCohort(ctx: CommandContext, name: string | undefined): Promise<Cohort> {
  const cohort = await findCohort(ctx, name, 'mine');
  const member = await ctx.services.cohorts.cohorts.membership(ctx.actor.tenant, cohort.id, ctx.actor.userId);
  if (member === undefined) {
    throw new UserError(
      'not-allowed',
      `You are not a member of ${cohort.name}.`,
      `Join it with ${commandRef(COHORT, 'join', { cohort: cohort.name })}.`,
      commandRef(COHORT, 'join', { cohort: cohort.name }),
    );
  }
  return cohort;
}
