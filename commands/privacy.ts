import { commandRef } from '../src/core/command-ref.js';
import { defineCommand, defineSubcommand } from '../src/core/command.js';
import { actionRef, actions, bullets, button, context, ephemeral, heading, text } from '../src/core/reply-builders.js';
import { localTime, studentTime } from './shared/student-time.js';
import { userText } from '../src/core/user-text.js';

/** How many advisor views `/privacy log` shows. */
const AUDIT_SHOWN = 25;

/** `/privacy`: what Rapport keeps about a student, who can see it, and erasing all of it. */
export const privacyCommand = defineCommand({
  name: 'privacy',
  description: 'See what Rapport keeps about you, and delete all of it',
  examples: ['/privacy', '/privacy log', '/privacy delete'],
  defaultSubcommand: 'show',
  subcommands: {
    show: defineSubcommand({
      description: 'What Rapport stores about you and who can see it',
      examples: ['/privacy'],
      options: {},
      run: () =>
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
          context(`See every advisor view with ${commandRef('privacy', 'log')}. Download your journal with ${commandRef('log', 'export')}. Erase everything with ${commandRef('privacy', 'delete')}.`),
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
          bullets(views.map((view) => `${localTime(view.at, time, now)}: ${userText(view.advisorName ?? view.advisorId)} saw your ${view.what} in ${userText(view.cohortName)}`)),
          context(`The latest ${AUDIT_SHOWN} are shown. Your notes are never in these views unless you shared a summary.`),
        );
      },
    }),
    delete: defineSubcommand({
      description: 'Erase everything Rapport stores about you, after you confirm',
      examples: ['/privacy delete'],
      options: {},
      run: () =>
        ephemeral(
          text('⚠️ This erases your whole journal, every reminder, your saved plans, your practice history, your cohort memberships and what you shared. It cannot be undone.'),
          context(`Want a copy first? ${commandRef('log', 'export')} gives you your journal as a CSV file.`),
          actions(button('Yes, erase everything', actionRef('privacy', 'erase'), 'danger'), button('Keep my data', actionRef('privacy', 'keep'))),
        ),
    }),
  },
  actions: {
    erase: {
      run: async (ctx) => {
        await ctx.services.studentData.erase({ tenant: ctx.actor.tenant, userId: ctx.actor.userId });
        return ephemeral(text('🧹 Done: everything Rapport stored about you is erased. If you use Rapport again, it starts fresh.'));
      },
    },
    keep: { run: () => ephemeral(text('Okay, nothing was erased.')) },
  },
});
