import type { Tenant } from '../../core/identity.js';
import type { StudentActivity } from './activity.js';

/**
 * Reads what cohort numbers are computed from, for several students of one workspace at once.
 * It selects stages, times and scores only, never a note, a name of a contact or a draft, so
 * reports and digests cannot contain private text however they are written.
 */
export interface CohortActivitySource {
  /** Each student's activity, in the order of `userIds` (someone Rapport never met has none). */
  activityOf(tenant: Tenant, userIds: readonly string[]): Promise<StudentActivity[]>;
}
