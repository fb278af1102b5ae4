import type { Tenant } from '../../core/identity.js';
import type { Recipient } from '../reminders/reminder-repository.js';

/** An interview summary a student shared with a cohort's advisors. */
export interface SharedSummary {
  readonly userId: string;
  readonly contactName: string;
  readonly heldAt: Date;
  readonly learned?: string;
  readonly advice?: string;
  readonly nextSteps?: string;
  readonly sharedAt: Date;
}

/**
 * What students chose to show their cohort's advisors: one interview summary at a time. A
 * student's notes are private unless shared here; leaving the cohort ends the sharing.
 */
export interface ShareRepository {
  /** Shares one of the student's interviews with a cohort; false when it was already shared there. */
  share(student: Recipient, cohortId: string, interviewId: string, at: Date): Promise<boolean>;
  /** Stops sharing the student's interviews with one contact in a cohort; returns how many shares ended. */
  unshareContact(student: Recipient, cohortId: string, contactId: string): Promise<number>;
  /** How many summaries the student shares with a cohort. */
  countShared(student: Recipient, cohortId: string): Promise<number>;
  /** The summaries the cohort's current members share, newest first. */
  sharedWith(tenant: Tenant, cohortId: string): Promise<SharedSummary[]>;
}
