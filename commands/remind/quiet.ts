import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { badInput } from '../../src/core/errors.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { readQuietHours } from '../../src/domain/reminders/quiet-hours.js';
import { studentTime } from '../shared/student-time.js';

/** `/remind quiet [start end]`: shows the student's quiet hours, or sets them (no nudge arrives inside them). */
export async function quietHours(ctx: CommandContext, start: string | undefined, end: string | undefined): Promise<Reply> {
  if (start === undefined) {
    const time = await studentTime(ctx);
    return ephemeral(text(`Your quiet hours are *${time.quiet.start}–${time.quiet.end}* (${time.zone}). Nudges due then arrive when they end.`));
  }
  const checked = readQuietHours(start, end);
  if (!checked.ok) throw badInput(checked.message, 'Give a start and an end.', commandRef('remind', 'quiet', { start: '22:00', end: '07:30' }));
  await ctx.services.users.setQuietHours(ctx.actor.tenant, ctx.actor.userId, checked.quiet);
  return ephemeral(text(`🌙 Quiet hours set: no nudges from ${checked.quiet.start} to ${checked.quiet.end}.`));
}
