import { commandRef, usageRef } from '../../src/core/command-ref.js';
import { channelToken } from '../../src/core/mention-token.js';
import { defineSubcommand } from '../../src/core/command.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import { COHORT } from './refs.js';
import { userText } from '../../src/core/user-text.js';

/** `/cohort list`: the workspace's cohorts, their channels, and which ones you are in. */
export const listSubcommand = defineSubcommand({
  description: 'The cohorts of this workspace and which ones you are in',
  examples: ['/cohort list'],
  options: {},
  run: async (ctx) => {
    const { cohorts } = ctx.services.cohorts;
    const all = await cohorts.list(ctx.actor.tenant);
    if (all.length === 0) return ephemeral(text(`There is no cohort here yet. An advisor creates one in its channel with ${usageRef(COHORT, 'create')}.`));
    const mine = new Set((await cohorts.cohortsOf(ctx.actor.tenant, ctx.actor.userId)).map((cohort) => cohort.id));
    return ephemeral(
      heading('Cohorts'),
      bullets(all.map((cohort) => `*${userText(cohort.name)}* in ${channelToken(cohort.channelId)}${mine.has(cohort.id) ? ' (you are in it)' : ''}`)),
      context(`Join with ${commandRef(COHORT, 'join', { cohort: all[0]?.name })}, or with the button in the cohort's channel.`),
    );
  },
});
