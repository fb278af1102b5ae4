import type { Kysely } from 'kysely';
import { KyselyAdvisorAuditLog, type AdvisorAuditLog } from './advisor-audit.js';
import { KyselyAssignmentRepository, type AssignmentRepository } from './assignment-repository.js';
import { KyselyCohortActivity, type CohortActivitySource } from './cohort-activity.js';
import { KyselyCohortQuestionRepository, type CohortQuestionRepository } from './cohort-questions.js';
import { KyselyCohortRepository, type CohortRepository } from './cohort-repository.js';
import type { Schema } from './schema.js';
import { KyselyShareRepository, type ShareRepository } from './share-repository.js';

/** Everything cohorts store: the cohorts and members, question sets, shared summaries, assignments and reflections, the audit log, and the counts reports read. */
export interface CohortStores {
  readonly cohorts: CohortRepository;
  readonly questions: CohortQuestionRepository;
  readonly shares: ShareRepository;
  readonly audit: AdvisorAuditLog;
  readonly activity: CohortActivitySource;
  readonly assignments: AssignmentRepository;
}

/** Builds the cohort stores on one database. */
export function createCohortStores(db: Kysely<Schema>): CohortStores {
  return {
    cohorts: new KyselyCohortRepository(db),
    questions: new KyselyCohortQuestionRepository(db),
    shares: new KyselyShareRepository(db),
    audit: new KyselyAdvisorAuditLog(db),
    activity: new KyselyCohortActivity(db),
    assignments: new KyselyAssignmentRepository(db),
  };
}
