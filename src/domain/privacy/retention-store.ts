import type { Tenant } from '../../core/identity.js';
import type { Recipient } from '../reminders/reminder-repository.js';

/** Someone quiet for a while, with the last activity the retention policy counts from. */
export interface QuietPerson extends Recipient {
  readonly lastActiveAt: Date;
}

/** Someone warned during their current quiet spell. */
export interface WarnedPerson extends QuietPerson {
  readonly warnedAt: Date;
}

/** An archived cohort. */
export interface ArchivedCohort {
  readonly tenant: Tenant;
  readonly cohortId: string;
  readonly archivedAt: Date;
}

/**
 * What the retention job reads and deletes. Every deletion re-checks its condition inside its
 * transaction (a person active again in the meantime is kept) and claims its row first, so two
 * processes never both delete, and each deletion is recorded once in the audit log.
 */
export interface RetentionStore {
  /** People last active at or before `before` and not warned since, oldest first. */
  unwarned(before: Date, limit: number): Promise<QuietPerson[]>;
  /** Records the warning, unless the person has been active since `person.lastActiveAt`. */
  markWarned(person: QuietPerson, at: Date): Promise<void>;
  /** The earliest last activity of anyone not warned since it. */
  oldestUnwarnedActivity(): Promise<Date | undefined>;
  /** Everyone warned during their current quiet spell (the people of the last weeks before a deletion). */
  warned(): Promise<WarnedPerson[]>;
  /**
   * Erases the person's data if they are still last active at or before `activeBefore` and were
   * warned during this quiet spell at or before `warnedBefore`; returns the rows erased, or undefined when kept.
   */
  eraseIfDue(person: Recipient, activeBefore: Date, warnedBefore: Date, at: Date): Promise<number | undefined>;
  /** Archives a cohort: no more digests; its data goes after the grace period. False when it was archived already. */
  archive(tenant: Tenant, cohortId: string, at: Date): Promise<boolean>;
  /** Cohorts archived at or before `before`, oldest first. */
  archivedBefore(before: Date, limit: number): Promise<ArchivedCohort[]>;
  /** The earliest archive time of any cohort. */
  oldestArchive(): Promise<Date | undefined>;
  /** Deletes the cohort and its rows if it was archived at or before `before`; returns the rows deleted, or undefined when kept. */
  deleteIfArchived(cohort: ArchivedCohort, before: Date, at: Date): Promise<number | undefined>;
}
