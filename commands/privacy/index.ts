import { defineCommand, defineSubcommand } from '../../src/core/command.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import { confirmErase, eraseEverything } from './delete.js';
import { privacyExport } from './export.js';
import { advisorViews } from './log.js';
import { privacyOverview } from './show.js';
import { PRIVACY, PRIVACY_ACTIONS } from './refs.js';

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
      run: (ctx) => privacyOverview(ctx),
    }),
    log: defineSubcommand({
      description: 'When advisors viewed your data, and what they saw',
      examples: ['/privacy log'],
      options: {},
      run: (ctx) => advisorViews(ctx),
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
      run: () => confirmErase(),
    }),
  },
  actions: {
    [PRIVACY_ACTIONS.export]: { run: privacyExport },
    // Pressing any button is activity, which is what keeps the data: nothing else to do.
    [PRIVACY_ACTIONS.stay]: { run: () => ephemeral(text('👍 Kept: thanks for coming back. Your data stays as long as you use Rapport now and then.')) },
    [PRIVACY_ACTIONS.erase]: {
      run: (ctx) => eraseEverything(ctx),
    },
    [PRIVACY_ACTIONS.keep]: { run: () => ephemeral(text('Okay, nothing was erased.')) },
  },
});
