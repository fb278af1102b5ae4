import type { Kysely } from 'kysely';
import { KyselyAdvisorAuditLog } from './advisor-audit.js';
import { KyselyAssignmentRepository } from './assignment-repository.js';
import { KyselyCohortActivity } from './cohort-activity.js';
import { KyselyCohortQuestionRepository } from './cohort-questions.js';
import { KyselyCohortRepository } from './cohort-repository.js';
import type { Schema } from './schema.js';
import { KyselyShareRepository } from './share-repository.js';
import type { CohortStores } from '../domain/cohorts/cohort-stores.js';

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
