import { commandRef } from '../../src/core/command-ref.js';
import { defineSubcommand } from '../../src/core/command.js';
import { badInput } from '../../src/core/errors.js';
import { integerOption, textOption } from '../../src/core/options.js';
import { context, ephemeral, text } from '../../src/core/reply-builders.js';
import { describeGoal, type CohortGoal } from '../../src/domain/cohorts/goal.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import { parseWhen } from '../../src/domain/reminders/when.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT } from './refs.js';
import { userText } from '../../src/core/user-text.js';

const count = (description: string) => integerOption({ description, min: 1, max: 100 });

/** `/cohort goal <interviews> --by <date>`: the cohort's goal, optionally with thank-yous and rehearsals. */
export const goalSubcommand = defineSubcommand({
  description: 'Set the cohort goal: interviews (and thank-yous, rehearsals) by a date',
  examples: ['/cohort goal 3 --by 2026-12-18', '/cohort goal 5 --thank-yous 5 --rehearsals 2 --by "December 18"'],
  role: 'advisor',
  options: {
    interviews: integerOption({
      description: 'How many interviews each student aims to hold',
      positional: true,
      required: true,
      min: 1,
      max: 100,
      example: '3',
    }),
    by: textOption({ description: 'The last day, e.g. 2026-12-18 or "December 18"', required: true, maxLength: 40, example: '2026-12-18' }),
    'thank-yous': count('How many thank-yous each student aims to send'),
    rehearsals: count('How many practice rehearsals each student aims to finish'),
    cohort: cohortFlag,
  },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    const now = ctx.clock.now();
    const zone = cohort.digest.zone;
    const when = parseWhen(args.by, now, zone);
    if (!when.ok) throw badInput(when.message, 'Give the last day of the goal.', commandRef(COHORT, 'goal', { interviews: args.interviews, by: '2026-12-18' }));
    const goal: CohortGoal = {
      interviews: args.interviews,
      ...(args['thank-yous'] === undefined ? {} : { thankYous: args['thank-yous'] }),
      ...(args.rehearsals === undefined ? {} : { rehearsals: args.rehearsals }),
      by: inZone(when.at, zone).toISODate() ?? '',
      setAt: now,
    };
    await ctx.services.cohorts.cohorts.setGoal(ctx.actor.tenant, cohort.id, goal);
    return ephemeral(
      text(`🎯 Goal for *${userText(cohort.name)}*: ${describeGoal(goal, zone)}.`),
      context(`Students see their progress with ${commandRef(COHORT, 'me')}; you see everyone's with ${commandRef(COHORT, 'report')}.`),
    );
  },
});
