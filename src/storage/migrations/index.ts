import type { Migration } from 'kysely/migration';
import * as users from './0001-users.js';
import * as journal from './0002-journal.js';
import * as reminders from './0003-reminders.js';
import * as plansAndRehearsals from './0004-plans-and-rehearsals.js';
import * as shownPlans from './0005-shown-plans.js';
import * as cohorts from './0006-cohorts.js';
import * as platformTimezone from './0007-platform-timezone.js';
import * as inboundDeliveries from './0008-inbound-deliveries.js';
import * as dropRemindersByUser from './0009-drop-reminders-by-user.js';
import * as homeOpened from './0010-home-opened.js';
import * as undo from './0011-undo.js';
import * as timezoneAsked from './0012-timezone-asked.js';
import * as deliveryLedger from './0013-delivery-ledger.js';
import * as leanReminderIndexes from './0014-lean-reminder-indexes.js';
import * as assignments from './0015-assignments.js';
import * as privacyRetention from './0016-privacy-retention.js';
import * as deliveryOutage from './0017-delivery-outage.js';
import * as cohortCoAdvisors from './0018-cohort-co-advisors.js';

/**
 * Every migration, in order. Append only: a migration that has shipped is never edited,
 * renamed or removed; a change to the schema is a new numbered migration at the end.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-users': users,
  '0002-journal': journal,
  '0003-reminders': reminders,
  '0004-plans-and-rehearsals': plansAndRehearsals,
  '0005-shown-plans': shownPlans,
  '0006-cohorts': cohorts,
  '0007-platform-timezone': platformTimezone,
  '0008-inbound-deliveries': inboundDeliveries,
  '0009-drop-reminders-by-user': dropRemindersByUser,
  '0010-home-opened': homeOpened,
  '0011-undo': undo,
  '0012-timezone-asked': timezoneAsked,
  '0013-delivery-ledger': deliveryLedger,
  '0014-lean-reminder-indexes': leanReminderIndexes,
  '0015-assignments': assignments,
  '0016-privacy-retention': privacyRetention,
  '0017-delivery-outage': deliveryOutage,
  '0018-cohort-co-advisors': cohortCoAdvisors,
};
