import type { Services } from '../../src/core/services.js';
import type { Reply } from '../../src/core/reply.js';
import { zoneOf } from '../../src/domain/people/person-zone.js';
import type { UserProfile } from '../../src/domain/people/user-repository.js';
import { DEFAULT_QUIET_HOURS } from '../../src/domain/reminders/quiet-hours.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { assignmentSummaryBlocks } from '../cohort/assignment-summary.js';
import { homeReply } from './home-reply.js';

/** How many of the student's next nudges the home page lists. */
const UPCOMING_SHOWN = 5;

/**
 * Reads what a student's home page shows (contacts, next nudges, rehearsal scores, open
 * assignments) and writes it as a {@link homeReply}. `profile` is the student's, already read
 * by the caller (`undefined` for someone Rapport has not met): their zone and quiet hours.
 */
export async function homePage(services: Services, student: Recipient, profile: UserProfile | undefined, now: Date): Promise<Reply> {
  const [contacts, upcoming, scores, assignments] = await Promise.all([
    services.contacts.list(student),
    services.reminders.upcoming(student, UPCOMING_SHOWN),
    services.rehearsals.scores(student),
    assignmentSummaryBlocks(services, student, now),
  ]);
  const zone = zoneOf(profile, services.settings.defaultTimezone);
  return homeReply({ contacts, upcoming, scores, assignments, zone, quiet: profile?.quietHours ?? DEFAULT_QUIET_HOURS }, now);
}
