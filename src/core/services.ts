import type { CadenceSettings } from '../domain/reminders/cadence-settings.js';
import type { AuditLog } from '../domain/privacy/audit-log.js';
import type { RetentionStore } from '../domain/privacy/retention-store.js';
import type { StudentExportReader } from '../domain/privacy/student-export.js';
import type { AdvisorDirectory } from '../domain/cohorts/advisor-directory.js';
import type { AdvisorQuestionSource } from '../domain/questions/advisor-questions.js';
import type { AnsweredQuestionSource } from '../domain/questions/answered-questions.js';
import type { CohortStores } from '../domain/cohorts/cohort-stores.js';
import type { ContactRepository } from '../domain/journal/contact-repository.js';
import type { InboundDeliveryLedger } from './inbound-deliveries.js';
import type { RehearsalRepository } from '../domain/practice/rehearsal-repository.js';
import type { ReminderRepository } from '../domain/reminders/reminder-repository.js';
import type { SavedPlanRepository } from '../domain/questions/saved-plan-repository.js';
import type { StudentDataEraser } from '../domain/privacy/student-data.js';
import type { UndoRepository } from '../domain/journal/undo-repository.js';
import type { UserRepository } from '../domain/people/user-repository.js';
import type { SeedSource } from './seed-source.js';

/** Settings of this deployment that commands need. */
export interface DeploymentSettings {
  /** The zone of people who have not set theirs. */
  readonly defaultTimezone: string;
  /** The follow-up cadence in force. */
  readonly cadence: CadenceSettings;
  /** Advisors in every workspace, by platform user id (on the console, user name): ADVISOR_IDS. */
  readonly advisorIds?: readonly string[];
  /** RETENTION_DAYS: a person's data is deleted this many days after their last activity; absent, it is kept. */
  readonly retentionDays?: number;
}

/** The repositories and services handlers use, built once by the composition root. */
export interface Services {
  readonly settings: DeploymentSettings;
  readonly users: UserRepository;
  readonly contacts: ContactRepository;
  readonly reminders: ReminderRepository;
  readonly savedPlans: SavedPlanRepository;
  /** Which questions a student already had answered, so plans go deeper (answered ones become follow-ups). */
  readonly answeredQuestions: AnsweredQuestionSource;
  /** Questions advisors want in their students' plans. */
  readonly advisorQuestions: AdvisorQuestionSource;
  /** Practice rehearsals: the active one's state, finished ones' scorecards. */
  readonly rehearsals: RehearsalRepository;
  /** Fresh seeds, one per rehearsal, so the persona's branch varies between runs. */
  readonly seeds: SeedSource;
  /** Erases all of a student's data on request. */
  readonly studentData: StudentDataEraser;
  /** Reads a student's whole journal for `/privacy export`. */
  readonly exports: StudentExportReader;
  /** The audit log of exports and deletions. */
  readonly audit: AuditLog;
  /** Archived cohorts and the retention policy's reads and deletions. */
  readonly retention: RetentionStore;
  /** Who is an advisor in each workspace (ADVISOR_IDS and grants); the dispatcher adds their roles. */
  readonly advisors: AdvisorDirectory;
  /** Cohorts: members, goals, digests, question sets, shared summaries and the advisor audit log. */
  readonly cohorts: CohortStores;
  /** Platform deliveries already taken, shared by every instance: adapters ignore a retried one. */
  readonly inboundDeliveries: InboundDeliveryLedger;
  /** Each person's last change that can be undone. */
  readonly undo: UndoRepository;
  /**
   * Runs `work` with services whose writes commit together when it returns, or not at all when
   * it throws (a crash included): one command's notes, stage and nudges. Inside `work`, use the
   * services it is given.
   */
  atomically<T>(work: (services: Services) => Promise<T>): Promise<T>;
}
