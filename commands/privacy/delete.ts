import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { actionRef, actions, button, context, ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { PRIVACY, PRIVACY_ACTIONS } from './refs.js';

/** `/privacy delete`: what erasing takes away, and the buttons to confirm or keep. */
export function confirmErase(): Reply {
  return ephemeral(
    text(
      '⚠️ This erases your whole journal, every reminder, your saved plans, your practice history, your cohort memberships and what you shared. It cannot be undone.',
    ),
    context(`Want a copy first? ${commandRef(PRIVACY, 'export')} gives you your whole journal as files to keep.`),
    actions(
      button('Yes, erase everything', actionRef(PRIVACY, PRIVACY_ACTIONS.erase), 'danger'),
      button('Keep my data', actionRef(PRIVACY, PRIVACY_ACTIONS.keep)),
    ),
  );
}

/** The student confirmed: erases everything Rapport stores about them, and says so. */
export async function eraseEverything(ctx: CommandContext): Promise<Reply> {
  await ctx.services.studentData.erase(
    { tenant: ctx.actor.tenant, userId: ctx.actor.userId },
    { actorId: ctx.actor.userId, action: 'erase', at: ctx.clock.now() },
  );
  return ephemeral(text('🧹 Done: everything Rapport stored about you is erased. If you use Rapport again, it starts fresh.'));
}
