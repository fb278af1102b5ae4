import type { CommandContext } from '../../src/core/context.js';
import { context, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { studentTime } from '../shared/student-time.js';
import { journalFiles } from './journal-files.js';

/**
 * `/privacy export`: the person's whole journal as a Markdown file and a JSON file, only for
 * them (a private reply; on the console, files whose paths are printed). Recorded in the audit log.
 */
export async function privacyExport(ctx: CommandContext): Promise<Reply> {
  const me = { tenant: ctx.actor.tenant, userId: ctx.actor.userId };
  const [sections, time] = await Promise.all([ctx.services.exports.read(me), studentTime(ctx)]);
  const now = ctx.clock.now();
  const files = journalFiles(
    { platform: me.tenant.platform, workspace: me.tenant.workspaceId, userId: me.userId, exportedAt: now, timezone: time.zone },
    sections,
  );
  const counts = Object.fromEntries(sections.map(({ section, rows }) => [section.table, rows.length]));
  await ctx.services.audit.record({ tenant: me.tenant, subjectId: me.userId, actorId: me.userId, action: 'export', detail: counts, at: now });
  const count = (table: string, one: string, many: string): string => `${counts[table] ?? 0} ${counts[table] === 1 ? one : many}`;
  return {
    visibility: 'ephemeral',
    blocks: [
      text(
        `📦 Your whole journal: ${count('contacts', 'contact', 'contacts')}, ${count('interviews', 'interview', 'interviews')}, ${count('reminders', 'reminder', 'reminders')}, ${count('rehearsals', 'rehearsal', 'rehearsals')} and ${count('saved_plans', 'saved plan', 'saved plans')}. Only you can see these files.`,
      ),
      context('The Markdown file is for reading; the JSON file holds the same data for other tools. Times are in UTC. This export is noted in the audit log.'),
    ],
    attachments: files,
  };
}
