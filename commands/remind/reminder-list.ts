import { commandRef } from '../../src/core/command-ref.js';
import { userText } from '../../src/core/user-text.js';
import type { CommandContext } from '../../src/core/context.js';
import { actionRef, bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { PAGE_SIZE, pagingBlocks } from '../shared/paging.js';
import { deliveryTime, localTime, studentTime } from '../shared/student-time.js';

/** The action of the Previous and Next buttons under `/remind list`; its payload is the page. */
export const LIST_PAGE_ACTION = 'list-page';

/**
 * `/remind list`: the student's open reminders, soonest first, a page at a time, each at the
 * time it will really arrive (after their quiet hours, in their zone).
 */
export async function reminderList(ctx: CommandContext, pageNumber: number): Promise<Reply> {
  const mine = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  const total = await ctx.services.reminders.countUpcoming(mine);
  if (total === 0)
    return ephemeral(
      text(`You have no upcoming reminders. Set one with \`${commandRef('remind', undefined, { reminder: '"call back Sam" tomorrow 9am' })}\`.`),
    );
  const pages = Math.ceil(total / PAGE_SIZE);
  const number = Math.min(Math.max(1, pageNumber), pages);
  const [time, upcoming] = await Promise.all([studentTime(ctx), ctx.services.reminders.upcoming(mine, PAGE_SIZE, (number - 1) * PAGE_SIZE)]);
  const now = ctx.clock.now();
  return ephemeral(
    heading(`Your upcoming reminders: ${total}`),
    bullets(upcoming.map((reminder) => `#${reminder.number} *${userText(reminder.title)}*: ${localTime(deliveryTime(reminder.dueAt, time), time, now)}`)),
    ...pagingBlocks(
      { items: upcoming, number, pages, total },
      { command: (page) => commandRef('remind', 'list', { page }), action: (page) => actionRef('remind', LIST_PAGE_ACTION, String(page)) },
    ),
    context(
      `Times are in ${time.zone}, after your quiet hours. Change one with \`${commandRef('remind', 'edit', { number: 3, change: 'friday 3pm' })}\`, snooze it with \`${commandRef('remind', 'snooze', { number: 3, duration: '2h' })}\`, cancel it with \`${commandRef('remind', 'cancel', { number: 3 })}\`.`,
    ),
  );
}
