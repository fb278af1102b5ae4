import type { Tenant } from '../../core/identity.js';
import type { AdvisorQuestionSource } from '../questions/advisor-questions.js';

/** A question in a cohort's set, numbered as advisors see it. */
export interface CohortQuestion {
  readonly id: string;
  /** Its position in the set (1 for the oldest), for `/cohort questions remove 2`. */
  readonly number: number;
  readonly question: string;
  readonly addedBy: string;
}

/**
 * Cohort question sets: advisors add questions, and `/questions` merges them into every
 * member's plans (the {@link AdvisorQuestionSource} seam), marked as suggested by their advisor.
 */
export interface CohortQuestionRepository extends AdvisorQuestionSource {
  /** Adds a question to a cohort's set. */
  add(tenant: Tenant, cohortId: string, question: string, addedBy: string, at: Date): Promise<CohortQuestion>;
  /** The cohort's set, oldest first. */
  list(tenant: Tenant, cohortId: string): Promise<CohortQuestion[]>;
  /** Replaces a question's words (with the checker's rewrite); false when it is gone. */
  replace(tenant: Tenant, cohortId: string, id: string, question: string): Promise<boolean>;
  /** Removes a question; false when it is gone. */
  remove(tenant: Tenant, cohortId: string, id: string): Promise<boolean>;
}
