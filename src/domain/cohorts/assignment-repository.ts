import type { Tenant } from '../../core/identity.js';
import type { Recipient } from '../reminders/reminder-repository.js';

/** An advisor's assignment in a cohort, as stored. */
export interface Assignment {
  readonly id: string;
  readonly cohortId: string;
  readonly title: string;
  /** How many interviews each student holds for it. */
  readonly interviews: number;
  /** The due day, yyyy-MM-dd in the cohort's zone. */
  readonly dueOn: string;
  /** The end of the due day in the cohort's zone: a reflection after it is late. */
  readonly dueAt: Date;
  readonly prompts: readonly string[];
  readonly createdBy: string;
  readonly createdAt: Date;
  /** When an advisor closed it; absent while open. */
  readonly closedAt?: Date;
}

/** An assignment to create. */
export type NewAssignment = Pick<Assignment, 'title' | 'interviews' | 'dueOn' | 'dueAt' | 'prompts' | 'createdBy'>;

/** What an edit may change. */
export type AssignmentChanges = Partial<Pick<Assignment, 'title' | 'interviews' | 'dueOn' | 'dueAt' | 'prompts'>>;

/** A student's reflection on one interview for an assignment, with who the interview was with. */
export interface Reflection {
  readonly id: string;
  readonly userId: string;
  readonly assignmentId: string;
  readonly interviewId: string;
  readonly contactName: string;
  readonly heldAt: Date;
  /** The answers, in the order of the assignment's prompts. */
  readonly answers: readonly string[];
  /** The first submission: whether it was on time is read from this. */
  readonly submittedAt: Date;
  readonly updatedAt: Date;
}

/**
 * Assignments and the reflections students write for them. Reflections are a student's own
 * rows, read by the student and, through the cohort, by its advisors; a student who left the
 * cohort no longer shows in what the cohort reads.
 */
export interface AssignmentRepository {
  /** Adds an assignment to a cohort; `title-taken` when the cohort already has one by that title. */
  create(tenant: Tenant, cohortId: string, assignment: NewAssignment, at: Date): Promise<Assignment | 'title-taken'>;
  /** Changes an assignment; `title-taken` when the new title is another's; undefined when there is no such assignment. */
  update(tenant: Tenant, id: string, changes: AssignmentChanges): Promise<Assignment | 'title-taken' | undefined>;
  /** Closes an assignment (what was submitted stays); false when it was not open. */
  close(tenant: Tenant, id: string, at: Date): Promise<boolean>;
  /** The cohort's assignment with this title (case and spacing ignored). */
  findByTitle(tenant: Tenant, cohortId: string, title: string): Promise<Assignment | undefined>;
  /** An assignment by id (from a button). */
  findById(tenant: Tenant, id: string): Promise<Assignment | undefined>;
  /** The cohort's assignments, soonest due first; only the open ones unless `includeClosed`. */
  ofCohort(tenant: Tenant, cohortId: string, includeClosed: boolean): Promise<Assignment[]>;
  /** Stores the student's answers about one of their own interviews, or replaces earlier answers about it (keeping the first submission's time); throws for someone else's interview. */
  reflect(student: Recipient, assignmentId: string, interviewId: string, answers: readonly string[], at: Date): Promise<Reflection>;
  /** The reflections of the cohort's current members (one of them when `userId` is given), oldest first. */
  reflections(tenant: Tenant, cohortId: string, userId?: string): Promise<Reflection[]>;
}
