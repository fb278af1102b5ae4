import { commandRef } from '../../src/core/command-ref.js';
import { defineCommand, defineSubcommand } from '../../src/core/command.js';
import type { CommandContext } from '../../src/core/context.js';
import type { Block } from '../../src/core/reply.js';
import { actionRef, actions, bullets, button, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import { localTime, studentTime } from '../shared/student-time.js';
import { userText } from '../../src/core/user-text.js';
import { privacyExport } from './export.js';
import { PRIVACY, PRIVACY_ACTIONS } from './refs.js';

/** How many advisor views `/privacy log` shows. */
const AUDIT_SHOWN = 25;

/** `/privacy`: what Rapport keeps about a student, who can see it, and erasing all of it. */
export const privacyCommand = defineCommand({
  name: PRIVACY,
  description: 'See what Rapport keeps about you, take a copy, and delete all of it',
  examples: ['/privacy', '/privacy export', '/privacy log', '/privacy delete'],
  defaultSubcommand: 'show',
  subcommands: {
    show: defineSubcommand({
      description: 'What Rapport stores about you and who can see it',
      examples: ['/privacy'],
      options: {},
      run: (ctx) =>
        ephemeral(
          heading('Your data in Rapport'),
          bullets([
            'Your journal: contacts, stages, interview notes, referrals and next steps.',
            'Your reminders, time zone and quiet hours.',
            'Your saved question plans and practice scores.',
            'Your cohorts, what you share with their advisors, and when advisors viewed your data.',
          ]),
          text('Your notes are visible only to you: nobody else in this workspace can read them.'),
          text(
            `In a cohort, its advisors see counts (contacts by stage, interviews, thank-yous, practice scores, last activity) and only the interview summaries you share with ${commandRef('cohort', 'share')}. Leaving the cohort ends the sharing.`,
          ),
          ...retentionNote(ctx),
          context(
            `See every advisor view with ${commandRef(PRIVACY, 'log')}. Take your whole journal with you with ${commandRef(PRIVACY, 'export')}. Erase everything with ${commandRef(PRIVACY, 'delete')}.`,
          ),
        ),
    }),
    log: defineSubcommand({
      description: 'When advisors viewed your data, and what they saw',
      examples: ['/privacy log'],
      options: {},
      run: async (ctx) => {
        const views = await ctx.services.cohorts.audit.viewsOf({ tenant: ctx.actor.tenant, userId: ctx.actor.userId }, AUDIT_SHOWN);
        if (views.length === 0) return ephemeral(text('No advisor has viewed your data.'));
        const time = await studentTime(ctx);
        const now = ctx.clock.now();
        return ephemeral(
          heading('Advisor views of your data'),
          bullets(
            views.map(
              (view) =>
                `${localTime(view.at, time, now)}: ${userText(view.advisorName ?? view.advisorId)} saw your ${view.what} in ${userText(view.cohortName)}`,
            ),
          ),
          context(`The latest ${AUDIT_SHOWN} are shown. Your notes are never in these views unless you shared a summary.`),
        );
      },
    }),
    export: defineSubcommand({
      description: 'Your whole journal as a Markdown file and a JSON file to keep',
      examples: ['/privacy export'],
      options: {},
      run: privacyExport,
    }),
    delete: defineSubcommand({
      description: 'Erase everything Rapport stores about you, after you confirm',
      examples: ['/privacy delete'],
      options: {},
      run: () =>
        ephemeral(
          text(
            '⚠️ This erases your whole journal, every reminder, your saved plans, your practice history, your cohort memberships and what you shared. It cannot be undone.',
          ),
          context(`Want a copy first? ${commandRef(PRIVACY, 'export')} gives you your whole journal as files to keep.`),
          actions(
            button('Yes, erase everything', actionRef(PRIVACY, PRIVACY_ACTIONS.erase), 'danger'),
            button('Keep my data', actionRef(PRIVACY, PRIVACY_ACTIONS.keep)),
          ),
        ),
    }),
  },
  actions: {
    [PRIVACY_ACTIONS.export]: { run: privacyExport },
    // Pressing any button is activity, which is what keeps the data: nothing else to do.
    [PRIVACY_ACTIONS.stay]: { run: () => ephemeral(text('👍 Kept: thanks for coming back. Your data stays as long as you use Rapport now and then.')) },
    [PRIVACY_ACTIONS.erase]: {
      run: async (ctx) => {
        await ctx.services.studentData.erase(
          { tenant: ctx.actor.tenant, userId: ctx.actor.userId },
          { actorId: ctx.actor.userId, action: 'erase', at: ctx.clock.now() },
        );
        return ephemeral(text('🧹 Done: everything Rapport stored about you is erased. If you use Rapport again, it starts fresh.'));
      },
    },
    [PRIVACY_ACTIONS.keep]: { run: () => ephemeral(text('Okay, nothing was erased.')) },
  },
});

/** The deployment's retention policy in a sentence, when it has one. */
function retentionNote(ctx: CommandContext): Block[] {
  const days = ctx.services.settings.retentionDays;
  if (days === undefined) return [];
  return [
    text(
      `This deployment deletes a person's data ${days} days after they last used Rapport, after a private warning two weeks before. Using Rapport once keeps it.`,
    ),
  ];
}
