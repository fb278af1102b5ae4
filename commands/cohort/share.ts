import { commandRef } from '../../src/core/command-ref.js';
import { defineSubcommand } from '../../src/core/command.js';
import { notFound } from '../../src/core/errors.js';
import { context, ephemeral, text } from '../../src/core/reply-builders.js';
import { findContact, me } from '../log/contact-lookup.js';
import { requiredContact } from '../log/contact-options.js';
import { memberCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT } from './refs.js';
import { userText } from '../../src/core/user-text.js';
import { cohortAdvisorsPhrase } from './cohort-advisors.js';

/** `/cohort share <contact>`: shows one interview summary (your latest with that person) to your cohort's advisors. */
export const shareSubcommand = defineSubcommand({
  description: 'Share your latest interview summary with one person with your advisors',
  examples: ['/cohort share "Dana Lee"', '/cohort share "Dana Lee" --cohort fall'],
  options: { contact: requiredContact, cohort: cohortFlag },
  run: async (ctx, args) => {
    const cohort = await memberCohort(ctx, args.cohort);
    const contact = await findContact(ctx, args.contact);
    const latest = (await ctx.services.contacts.interviews(me(ctx), contact.id)).at(-1);
    if (latest === undefined)
      throw notFound(
        `You have not logged an interview with ${userText(contact.name)} yet.`,
        'Log it first, then share it.',
        commandRef('log', 'interview', { contact: contact.name, learned: 'what you learned' }),
      );
    await ctx.services.cohorts.shares.share(me(ctx), cohort.id, latest.id, ctx.clock.now());
    return ephemeral(
      text(
        `🤝 Shared your summary of the interview with *${userText(contact.name)}* with ${cohortAdvisorsPhrase(cohort)}, and no one else: what you learned, the advice and your next steps. Your other notes stay private.`,
      ),
      context(`Stop sharing it with ${commandRef(COHORT, 'unshare', { contact: contact.name })}. Leaving the cohort ends all sharing.`),
    );
  },
});

/** `/cohort unshare <contact>`: stops sharing your summaries of that person's interviews. */
export const unshareSubcommand = defineSubcommand({
  description: 'Stop sharing your interview summaries with one person',
  examples: ['/cohort unshare "Dana Lee"'],
  options: { contact: requiredContact, cohort: cohortFlag },
  run: async (ctx, args) => {
    const cohort = await memberCohort(ctx, args.cohort);
    const contact = await findContact(ctx, args.contact);
    const ended = await ctx.services.cohorts.shares.unshareContact(me(ctx), cohort.id, contact.id);
    return ephemeral(
      text(
        ended === 0
          ? `You were not sharing anything about ${userText(contact.name)} with *${userText(cohort.name)}*.`
          : `🔒 Your summary of ${userText(contact.name)} is private again.`,
      ),
    );
  },
});
