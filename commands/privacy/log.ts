import type { CommandContext } from '../../src/core/context.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { userText } from '../../src/core/user-text.js';
import { localTime, studentTime } from '../shared/student-time.js';

/** How many advisor views `/privacy log` shows. */
const AUDIT_SHOWN = 25;

/** `/privacy log`: when advisors viewed the student's data, and what they saw, latest first. */
export async function advisorViews(ctx: CommandContext): Promise<Reply> {
  const views = await ctx.services.cohorts.audit.viewsOf({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, AUDIT_SHOWN);
  if (views.length === 0) return ephemeral(text('No advisor has viewed your data.'));
  const time = await studentTime(ctx);
  const now = ctx.clock.now();
  return ephemeral(
    heading('Advisor views of your data'),
    bullets(
      views.map(
        (view) => `${localTime(view.at, time, now)}: ${userText(view.advisorName ?? view.advisorId)} saw your ${view.what} in ${userText(view.cohortName)}`,
      ),
    ),
    context(`The latest ${AUDIT_SHOWN} are shown. Your notes are never in these views unless you shared a summary.`),
  );
}
