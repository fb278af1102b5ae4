import { commandRef } from '../../src/core/command-ref.js';
import type { CommandContext } from '../../src/core/context.js';
import { bullets, context, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { PRIVACY } from './refs.js';

/** `/privacy`: what Rapport stores about the student, who can see it, and what they can do about it. */
export function privacyOverview(ctx: CommandContext): Reply {
  return ephemeral(
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
  );
}

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
