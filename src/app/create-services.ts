import { randomSeeds, type SeedSource } from '../core/seed-source.js';
import type { DeploymentSettings, Services } from '../core/services.js';
import { KyselyAdvisorDirectory } from '../storage/advisor-directory.js';
import { JournalAnsweredQuestions } from '../storage/answered-questions.js';
import { createCohortStores } from '../storage/cohort-stores.js';
import { KyselyContactRepository } from '../storage/contact-repository.js';
import type { Database } from '../storage/database.js';
import { KyselyInboundDeliveryLedger } from '../storage/inbound-deliveries.js';
import { KyselyRehearsalRepository } from '../storage/rehearsal-repository.js';
import { KyselyReminderRepository } from '../storage/reminder-repository.js';
import { KyselySavedPlanRepository } from '../storage/saved-plan-repository.js';
import { KyselyStudentDataEraser } from '../storage/student-data.js';
import { KyselyAuditLog } from '../storage/audit-log.js';
import { KyselyRetentionStore } from '../storage/retention-store.js';
import { KyselyStudentExportReader } from '../storage/student-export.js';
import { KyselyUndoRepository } from '../storage/undo-repository.js';
import { transact } from '../storage/transaction.js';
import { KyselyUserRepository } from '../storage/user-repository.js';

/** Builds the repositories and services handlers use, over one open database; tests pass fixed `seeds`. */
export function createServices(database: Database, settings: DeploymentSettings, seeds: SeedSource = randomSeeds): Services {
  const contacts = new KyselyContactRepository(database.db);
  const savedPlans = new KyselySavedPlanRepository(database.db);
  const cohorts = createCohortStores(database.db);
  return {
    settings,
    users: new KyselyUserRepository(database.db),
    contacts,
    reminders: new KyselyReminderRepository(database.db, database.dialect),
    savedPlans,
    answeredQuestions: new JournalAnsweredQuestions(savedPlans, contacts),
    advisorQuestions: cohorts.questions,
    rehearsals: new KyselyRehearsalRepository(database.db),
    seeds,
    studentData: new KyselyStudentDataEraser(database.db),
    exports: new KyselyStudentExportReader(database.db),
    audit: new KyselyAuditLog(database.db),
    retention: new KyselyRetentionStore(database.db),
    advisors: new KyselyAdvisorDirectory(database.db, settings.advisorIds ?? []),
    cohorts,
    inboundDeliveries: new KyselyInboundDeliveryLedger(database.db),
    undo: new KyselyUndoRepository(database.db),
    atomically: (work) => transact(database.db, (trx) => work(createServices({ ...database, db: trx }, settings, seeds))),
  };
}
