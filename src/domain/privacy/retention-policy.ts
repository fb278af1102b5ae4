/**
 * The deployment's retention policy, as dates: a person's data is deleted `days` after their
 * last activity, with a private warning {@link WARNING_DAYS} before; an archived cohort's data
 * is deleted {@link ARCHIVE_GRACE_DAYS} after it was archived (time for an advisor to export it).
 *
 * @module
 */

/** How long before the deletion a person is warned. */
export const WARNING_DAYS = 14;

/** How long an archived cohort's data is kept, so its advisors can still export the report. */
export const ARCHIVE_GRACE_DAYS = 14;

/** The smallest RETENTION_DAYS: the warning must come after some quiet, not on the day of the last activity. */
export const MIN_RETENTION_DAYS = WARNING_DAYS + 1;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The cut-off times of one run of the retention job at `now`. */
export interface RetentionCutoffs {
  /** People last active at or before this are warned (once per quiet spell); absent when no policy is set. */
  readonly warnActiveBefore?: Date;
  /** People last active at or before this are deleted; absent when no policy is set. */
  readonly deleteActiveBefore?: Date;
  /** Cohorts archived at or before this are deleted. */
  readonly deleteArchivedBefore: Date;
}

/** The cut-offs at `now` for a policy of `days` (undefined: people's data is kept until they delete it). */
export function retentionCutoffs(now: Date, days: number | undefined): RetentionCutoffs {
  const archived = new Date(now.getTime() - ARCHIVE_GRACE_DAYS * DAY_MS);
  if (days === undefined) return { deleteArchivedBefore: archived };
  return {
    warnActiveBefore: new Date(now.getTime() - (days - WARNING_DAYS) * DAY_MS),
    deleteActiveBefore: new Date(now.getTime() - days * DAY_MS),
    deleteArchivedBefore: archived,
  };
}

/** When a person last active at `lastActiveAt` is deleted under a policy of `days`. */
export function deletionDate(lastActiveAt: Date, days: number): Date {
  return new Date(lastActiveAt.getTime() + days * DAY_MS);
}

/** When a person last active at `lastActiveAt` is warned under a policy of `days`. */
export function warningDate(lastActiveAt: Date, days: number): Date {
  return new Date(lastActiveAt.getTime() + (days - WARNING_DAYS) * DAY_MS);
}

/** When a cohort archived at `archivedAt` is deleted. */
export function archiveDeletionDate(archivedAt: Date): Date {
  return new Date(archivedAt.getTime() + ARCHIVE_GRACE_DAYS * DAY_MS);
}
