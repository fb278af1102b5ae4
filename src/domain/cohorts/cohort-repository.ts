import type { Platform, Tenant } from '../../core/identity.js';
import type { DigestSchedule } from './digest-time.js';
import type { CohortGoal } from './goal.js';

/** A cohort as stored. */
export interface Cohort {
  readonly id: string;
  readonly tenant: Tenant;
  readonly name: string;
  /** The channel the cohort lives in: its welcome message and digests go there. */
  readonly channelId: string;
  readonly createdBy: string;
  /** Advisors its advisors added (`/cohort advisor add ben --cohort fall`); with its creator, the cohort's advisors. */
  readonly coAdvisors?: readonly string[];
  /** The weekly digest's day, time and zone (the cohort's zone). */
  readonly digest: DigestSchedule;
  /** When the next digest is due; absent when digests are off. */
  readonly nextDigestAt?: Date;
  readonly goal?: CohortGoal;
  readonly createdAt: Date;
  /** When an advisor archived it (`/cohort archive`); its data goes after a grace period. */
  readonly archivedAt?: Date;
}

/** A cohort to create. */
export interface NewCohort {
  readonly name: string;
  readonly channelId: string;
  readonly createdBy: string;
  readonly digest: DigestSchedule;
  readonly nextDigestAt: Date;
}

/** A student's membership and their choices in it. */
export interface CohortMember {
  readonly userId: string;
  readonly joinedAt: Date;
  /** Milestones may name them in digests. */
  readonly celebrate: boolean;
  /** Advisors' nudges are muted. */
  readonly nudgesMuted: boolean;
}

/** A student's choices, applied to all their memberships in a workspace. */
export type MemberChoices = Partial<Pick<CohortMember, 'celebrate' | 'nudgesMuted'>>;

/** Why a cohort could not be created. */
export type CreateRefusal = 'name-taken' | 'channel-taken';

/** Cohorts, their members, goals and digest schedule. Every query is scoped by tenant (and user, for a student's own rows). */
export interface CohortRepository {
  /** Creates a cohort bound to a channel; refuses a name or channel already in use in the workspace. */
  create(tenant: Tenant, cohort: NewCohort, at: Date): Promise<Cohort | CreateRefusal>;
  /** The workspace's cohort with this name (case and spacing ignored). */
  findByName(tenant: Tenant, name: string): Promise<Cohort | undefined>;
  /** The cohort bound to this channel. */
  findByChannel(tenant: Tenant, channelId: string): Promise<Cohort | undefined>;
  /** A cohort by id (from a button). */
  findById(tenant: Tenant, id: string): Promise<Cohort | undefined>;
  /** Every cohort of the workspace, by name. */
  list(tenant: Tenant): Promise<Cohort[]>;
  /** Makes someone a co-advisor of the cohort, or no longer one; false when nothing changed. */
  setCoAdvisor(tenant: Tenant, cohortId: string, userId: string, advisor: boolean): Promise<boolean>;
  /** Sets the cohort's goal. */
  setGoal(tenant: Tenant, cohortId: string, goal: CohortGoal): Promise<void>;
  /** Sets the digest's day, time and zone, and when the next one is due (undefined turns digests off). */
  setDigest(tenant: Tenant, cohortId: string, digest: DigestSchedule, nextDigestAt: Date | undefined): Promise<void>;
  /** Adds a student; false when they were already a member. */
  join(tenant: Tenant, cohortId: string, userId: string, at: Date): Promise<boolean>;
  /** Removes a student and, in the same transaction, everything they shared with the cohort; false when they were not a member. */
  leave(tenant: Tenant, cohortId: string, userId: string): Promise<boolean>;
  /** The cohort's members, by when they joined. */
  members(tenant: Tenant, cohortId: string): Promise<CohortMember[]>;
  /** The student's membership in one cohort, if any. */
  membership(tenant: Tenant, cohortId: string, userId: string): Promise<CohortMember | undefined>;
  /** The cohorts a student belongs to, by name. */
  cohortsOf(tenant: Tenant, userId: string): Promise<Cohort[]>;
  /** Changes a student's choices in every cohort they belong to; returns how many memberships changed. */
  setChoices(tenant: Tenant, userId: string, choices: MemberChoices): Promise<number>;
  /** Cohorts of any workspace on `platforms` whose digest is due at `now`, soonest first. */
  dueDigests(now: Date, limit: number, platforms: readonly Platform[]): Promise<Cohort[]>;
  /**
   * Claims a due digest by moving its next time on to `next`, only if it still holds the time
   * that was read: of several processes (or runs) reading the same due digest, exactly one
   * claim succeeds, and only that one posts it.
   */
  claimDigest(cohort: Cohort, next: Date): Promise<boolean>;
  /** When the next digest of any cohort on `platforms` is due, if any. */
  nextDigestAt(platforms: readonly Platform[]): Promise<Date | undefined>;
}

/**
 * A cohort's advisors: the one who created it, then those added to it. They alone read what its
 * students share (summaries, reflections), not every advisor or admin of the workspace.
 */
export function cohortAdvisors(cohort: Cohort): readonly string[] {
  return [cohort.createdBy, ...(cohort.coAdvisors ?? []).filter((id) => id !== cohort.createdBy)];
}
