import { commandRef } from '../../src/core/command-ref.js';
import { userToken } from '../../src/core/mention-token.js';
import { defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import { UserError, badInput } from '../../src/core/errors.js';
import { choiceOption, personOption } from '../../src/core/options.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { COHORT } from './refs.js';
import { userText } from '../../src/core/user-text.js';
import { cohortAdvisorsPhrase, isCohortAdvisor } from './cohort-advisors.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';

async function listAdvisors(ctx: CommandContext): Promise<Reply> {
  const advisors = await ctx.services.advisors.list(ctx.actor.tenant);
  const lines = advisors.map((advisor) => `${userToken(advisor.userId)}${advisor.source === 'configured' ? ' (ADVISOR_IDS)' : ''}`);
  return ephemeral(
    heading('Advisors here'),
    lines.length === 0 ? text('Nobody is named yet.') : bullets(lines),
    context(
      `People the platform makes admins, or gives the advisor role where it has roles, count too. Add one with ${commandRef(COHORT, 'advisor', { action: 'add', user: '@person' })}.`,
    ),
  );
}

/**
 * `/cohort advisor add|remove|list <user> --cohort <name>`: a cohort's advisors, who alone read
 * what its students share. Only one of them may add or remove another; the creator stays.
 */
async function cohortAdvisorCommand(ctx: CommandContext, name: string, action: 'add' | 'remove' | 'list', userId: string | undefined): Promise<Reply> {
  const cohort = await findCohort(ctx, name, 'workspace');
  if (action === 'list') return ephemeral(text(`Students of *${userText(cohort.name)}* share with ${cohortAdvisorsPhrase(cohort)}.`));
  if (!isCohortAdvisor(ctx, cohort))
    throw new UserError('not-allowed', `Only ${cohortAdvisorsPhrase(cohort)}, can change who advises it.`, 'Ask one of them to add you.');
  if (userId === undefined)
    throw badInput('Say who.', 'Name the person after the word.', commandRef(COHORT, 'advisor', { action, user: 'ben', cohort: cohort.name }));
  if (userId === cohort.createdBy) throw new UserError('not-allowed', `${userToken(userId)} created *${userText(cohort.name)}* and stays its advisor.`);
  const changed = await ctx.services.cohorts.cohorts.setCoAdvisor(cohort.tenant, cohort.id, userId, action === 'add');
  const now = (await ctx.services.cohorts.cohorts.findById(cohort.tenant, cohort.id)) ?? cohort;
  const what =
    action === 'add'
      ? changed
        ? `✅ ${userToken(userId)} now advises *${userText(cohort.name)}*: they read what its students share, as its other advisors do.`
        : `${userToken(userId)} already advises *${userText(cohort.name)}*.`
      : changed
        ? `${userToken(userId)} no longer advises *${userText(cohort.name)}* and no longer reads what its students share.`
        : `${userToken(userId)} was not an advisor of *${userText(cohort.name)}*.`;
  return ephemeral(text(what), context(`What its students share goes to ${cohortAdvisorsPhrase(now)}.`));
}

/** `/cohort advisor add|remove|list <user>`: who may create cohorts and see their reports; with `--cohort`, who advises one cohort. */
export const advisorSubcommand = defineSubcommand({
  description: 'Advisors: make someone an advisor here, take it back, or list advisors',
  examples: ['/cohort advisor add ben', '/cohort advisor remove ben', '/cohort advisor list', '/cohort advisor add ben --cohort fall'],
  role: 'advisor',
  options: {
    action: choiceOption(['add', 'remove', 'list'] as const, { description: 'add or remove an advisor, or list them', positional: true, example: 'add' }),
    user: personOption({ description: 'The person to add or remove (on the console, their name)', positional: true, required: false, example: 'ben' }),
    cohort: cohortFlag,
  },
  run: async (ctx, args) => {
    if (args.cohort !== undefined) return cohortAdvisorCommand(ctx, args.cohort, args.action, args.user);
    if (args.action === 'list') return listAdvisors(ctx);
    if (args.user === undefined)
      throw badInput(
        `Say who to ${args.action === 'add' ? 'make an advisor' : 'remove as an advisor'}.`,
        'Name the person after the word (a mention, or their name on the console).',
        commandRef(COHORT, 'advisor', { action: args.action, user: 'ben' }),
      );
    const userId = args.user;
    const { advisors } = ctx.services;
    if (args.action === 'add') {
      const added = await advisors.grant(ctx.actor.tenant, userId, ctx.actor.userId, ctx.clock.now());
      return ephemeral(
        text(
          added ? `✅ ${userToken(userId)} is an advisor here: they can create cohorts and see reports.` : `${userToken(userId)} was already an advisor here.`,
        ),
      );
    }
    if (advisors.isConfigured(userId))
      throw new UserError('not-allowed', `${userToken(userId)} is named in ADVISOR_IDS.`, 'Whoever runs Rapport can remove them from that setting.');
    const removed = await advisors.revoke(ctx.actor.tenant, userId);
    return ephemeral(
      text(
        removed
          ? `${userToken(userId)} is no longer an advisor here.`
          : `${userToken(userId)} was not made an advisor with ${commandRef(COHORT, 'advisor', { action: 'add' })}, so there is nothing to remove. If they can still act as an advisor, that comes from their admin rights or role on this platform, which Rapport does not change: ask whoever manages the workspace or server.`,
      ),
    );
  },
});
