import { defineCommand, defineSubcommand } from '../src/core/command.js';
import { actionRef, actions, bullets, button, context, ephemeral, heading, text } from '../src/core/reply-builders.js';

/** `/privacy`: what Rapport keeps about a student, who can see it, and erasing all of it. */
export const privacyCommand = defineCommand({
  name: 'privacy',
  description: 'See what Rapport keeps about you, and delete all of it',
  examples: ['/privacy', '/privacy delete'],
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
          ]),
          text('Your notes are visible only to you: nobody else in this workspace can read them.'),
          context(`Download your journal with ${ctx.slash('log')} export. Erase everything with ${ctx.slash('privacy')} delete.`),
        ),
    }),
    delete: defineSubcommand({
      description: 'Erase everything Rapport stores about you, after you confirm',
      examples: ['/privacy delete'],
      options: {},
      run: (ctx) =>
        ephemeral(
          text('⚠️ This erases your whole journal, every reminder, your saved plans and your practice history. It cannot be undone.'),
          context(`Want a copy first? ${ctx.slash('log')} export gives you your journal as a CSV file.`),
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
