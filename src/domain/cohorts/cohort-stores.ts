import type { AdvisorAuditLog } from './advisor-audit.js';
import type { AssignmentRepository } from './assignment-repository.js';
import type { CohortActivitySource } from './cohort-activity.js';
import type { CohortQuestionRepository } from './cohort-questions.js';
import type { CohortRepository } from './cohort-repository.js';
import type { ShareRepository } from './share-repository.js';

/** Everything cohorts store: the cohorts and members, question sets, shared summaries, assignments and reflections, the audit log, and the counts reports read. */
export interface CohortStores {
  readonly cohorts: CohortRepository;
  readonly questions: CohortQuestionRepository;
  readonly shares: ShareRepository;
  readonly audit: AdvisorAuditLog;
  readonly activity: CohortActivitySource;
  readonly assignments: AssignmentRepository;
}
