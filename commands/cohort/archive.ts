import { commandRef } from '../../src/core/command-ref.js';
import { DateTime } from 'luxon';
import { defineSubcommand, type Action } from '../../src/core/command.js';
import { notFound } from '../../src/core/errors.js';
import { actionRef, actions, button, context, ephemeral, text } from '../../src/core/reply-builders.js';
import { userText } from '../../src/core/user-text.js';
import { ARCHIVE_GRACE_DAYS, archiveDeletionDate } from '../../src/domain/privacy/retention-policy.js';
import { findCohort } from './cohort-lookup.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT, COHORT_ACTIONS } from './refs.js';

/** `/cohort archive`: advisors end a cohort, after confirming; its data is deleted after a grace period. */
export const archiveSubcommand = defineSubcommand({
  description: `Advisors: end a cohort; its digests stop and its data is deleted ${ARCHIVE_GRACE_DAYS} days later`,
  examples: ['/cohort archive', '/cohort archive --cohort fall'],
  role: 'advisor',
  options: { cohort: cohortFlag },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    if (cohort.archivedAt !== undefined)
      return ephemeral(
        text(`*${userText(cohort.name)}* is archived already; its data is deleted on ${day(archiveDeletionDate(cohort.archivedAt), cohort.digest.zone)}.`),
      );
    return ephemeral(
      text(
        `⚠️ Archive *${userText(cohort.name)}*? Its digests stop now, and ${ARCHIVE_GRACE_DAYS} days later its members, goals, question set and shared summaries are deleted. Students keep their own journals.`,
      ),
      context(`Want the report first? \`${commandRef(COHORT, 'export', { cohort: cohort.name })}\` before the deletion.`),
      actions(button('Archive it', actionRef(COHORT, COHORT_ACTIONS.archive, cohort.id), 'danger')),
    );
  },
});

/** The confirmation of `/cohort archive` (payload: the cohort id); advisors only. */
export const archiveAction: Action = {
  role: 'advisor',
  run: async (ctx, input) => {
    const cohort = await ctx.services.cohorts.cohorts.findById(ctx.actor.tenant, input.payload ?? '');
    if (cohort === undefined)
      throw notFound('That cohort no longer exists.', `${commandRef(COHORT, 'list')} shows the cohorts of this workspace.`, commandRef(COHORT, 'list'));
    const now = ctx.clock.now();
    await ctx.services.retention.archive(ctx.actor.tenant, cohort.id, now);
    const archivedAt = (await ctx.services.cohorts.cohorts.findById(ctx.actor.tenant, cohort.id))?.archivedAt ?? now;
    return ephemeral(
      text(`🗄️ *${userText(cohort.name)}* is archived: no more digests. Its data is deleted on ${day(archiveDeletionDate(archivedAt), cohort.digest.zone)}.`),
    );
  },
};

function day(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('cccc d LLLL yyyy');
}
