import { commandRef } from '../../src/core/command-ref.js';
import { actionRef, actions, bullets, button, context, divider, ephemeral, heading, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { timeToken } from '../../src/core/time-token.js';
import { userText } from '../../src/core/user-text.js';
import type { Contact } from '../../src/domain/journal/contact-repository.js';
import { CONTACT_STAGES, STAGE_LABELS } from '../../src/domain/journal/stages.js';
import { SCENARIO_TITLES } from '../../src/domain/practice/catalogue.js';
import type { RehearsalScore } from '../../src/domain/practice/rehearsal-repository.js';
import { formatLocal } from '../../src/domain/reminders/local-time.js';
import { nextAllowedTime, type QuietHours } from '../../src/domain/reminders/quiet-hours.js';
import type { StoredReminder } from '../../src/domain/reminders/reminder-repository.js';

/** What a student's home page shows. */
export interface HomeSnapshot {
  readonly contacts: readonly Contact[];
  /** Their next nudges, soonest first; the page shows them all. */
  readonly upcoming: readonly StoredReminder[];
  /** Finished rehearsals' scores, oldest first. */
  readonly scores: readonly RehearsalScore[];
  /** The zone times are written in where the platform cannot show them in the reader's own. */
  readonly zone: string;
  /** The student's quiet hours: a nudge due inside them arrives when they end, and is shown then. */
  readonly quiet: QuietHours;
  /** The student's open assignments and progress, when a cohort of theirs has one. */
  readonly assignments?: readonly Block[];
}

const SCORES_SHOWN = 3;
const CONTACTS_SHOWN_PER_STAGE = 10;

/**
 * A student's home page (Slack's Home tab): their pipeline (contacts by stage), their
 * assignments, their next nudges, their latest practice scores, and buttons for what they do
 * most. A reply like any other; the platform decides where it shows it.
 */
export function homeReply(home: HomeSnapshot, now: Date): Reply {
  const blocks: Block[] = [heading('Your informational interviews')];
  const stages = CONTACT_STAGES.map((stage) => ({ stage, contacts: home.contacts.filter((contact) => contact.stage === stage) })).filter(
    (group) => group.contacts.length > 0,
  );
  blocks.push(text('*Your pipeline*'));
  if (stages.length === 0)
    blocks.push(text(`No contacts yet. Add someone you would like to learn from, or type \`${commandRef('log', 'add', { contact: 'Dana Lee' })}\`.`));
  else blocks.push(bullets(stages.map(({ stage, contacts }) => `*${STAGE_LABELS[stage]}* (${contacts.length}): ${names(contacts)}`)));
  if (home.assignments !== undefined && home.assignments.length > 0) blocks.push(divider, ...home.assignments);
  blocks.push(divider, text('*Upcoming nudges*'));
  if (home.upcoming.length === 0) blocks.push(text('Nothing scheduled.'));
  else blocks.push(bullets(home.upcoming.map((reminder) => `${userText(reminder.title)}: ${arrival(reminder, home, now)}`)));
  blocks.push(divider, text('*Latest practice scores*'));
  const latest = home.scores.slice(-SCORES_SHOWN).reverse();
  if (latest.length === 0) blocks.push(text(`No rehearsals yet. Try one before the real thing.`));
  else blocks.push(bullets(latest.map((score) => `${SCENARIO_TITLES[score.scenario]}: ${score.score}/100`)));
  blocks.push(
    divider,
    actions(
      button('Add a contact', actionRef('log', 'add-form'), 'primary'),
      button('Rehearse', actionRef('practice', 'menu')),
      button('My saved plans', actionRef('questions', 'mine')),
    ),
    context(`${commandRef('help')} lists every command. Your notes are visible only to you.`),
  );
  return ephemeral(...blocks);
}

/** When a nudge will really arrive (after the student's quiet hours, as /remind list shows it), as a time token. */
function arrival(reminder: StoredReminder, home: HomeSnapshot, now: Date): string {
  const arrives = nextAllowedTime(reminder.dueAt, home.zone, home.quiet);
  return timeToken(arrives, formatLocal(arrives, home.zone, now));
}

function names(contacts: readonly Contact[]): string {
  const shown = contacts.slice(0, CONTACTS_SHOWN_PER_STAGE).map((contact) => userText(contact.name));
  return contacts.length > shown.length ? `${shown.join(', ')} and ${contacts.length - shown.length} more` : shown.join(', ');
}
