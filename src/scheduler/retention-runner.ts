import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import { WARNING_DAYS, archiveDeletionDate, deletionDate, retentionCutoffs, warningDate } from '../domain/privacy/retention-policy.js';
import { RETENTION_WARNING_KIND, retentionWarningKey } from '../domain/privacy/retention-warning.js';
import type { ReminderRepository } from '../domain/reminders/reminder-repository.js';
import type { QuietPerson, RetentionStore, WarnedPerson } from '../domain/privacy/retention-store.js';
import { PeriodicRun } from './periodic-run.js';
import type { TimedWork } from './simulated-time.js';

/** What the retention job needs. */
export interface RetentionRunnerDeps {
  readonly store: RetentionStore;
  /** The warning is a reminder, so the scheduler delivers it privately, outside quiet hours, with its ledger. */
  readonly reminders: ReminderRepository;
  readonly clock: Clock;
  readonly logger: Logger;
  /** RETENTION_DAYS; undefined keeps people's data until they delete it (archived cohorts still go). */
  readonly retentionDays?: number;
  /** How many people one query reads at a time. */
  readonly batchSize?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The retention job. The database is the schedule: people's last activity, when they were
 * warned, and when cohorts were archived. Each run warns the people due a warning (once per quiet
 * spell: the warning's dedupe key and `retention_warned_at` both name the spell), deletes the
 * people warned {@link WARNING_DAYS} ago who are still quiet past RETENTION_DAYS, and deletes the
 * cohorts whose archive grace period is over. Every step is idempotent and re-checks its
 * condition in its own transaction, so a run cut short by a crash is finished by the next one.
 */
export class RetentionRunner implements TimedWork {
  private readonly periodic: PeriodicRun<number>;
  private readonly batchSize: number;

  constructor(private readonly deps: RetentionRunnerDeps) {
    this.batchSize = deps.batchSize ?? 100;
    this.periodic = new PeriodicRun(
      10 * 60_000,
      () => this.runAll(),
      (error) => {
        deps.logger.error({ err: error }, 'retention run failed');
      },
    );
  }

  /** Runs every ten minutes until {@link stop}. */
  start(): void {
    this.periodic.start();
  }

  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** Handles what is due now; returns how many warnings and deletions it made. */
  step(): Promise<number> {
    return this.runDue();
  }

  /** Runs now; a run already in progress is joined rather than doubled. */
  runDue(): Promise<number> {
    return this.periodic.runNow();
  }

  async nextDueAt(): Promise<Date | undefined> {
    const days = this.deps.retentionDays;
    const [unwarned, warned, archive] = await Promise.all([
      days === undefined ? undefined : this.deps.store.oldestUnwarnedActivity(),
      days === undefined ? [] : this.deps.store.warned(),
      this.deps.store.oldestArchive(),
    ]);
    const candidates = [
      ...(unwarned === undefined || days === undefined ? [] : [warningDate(unwarned, days)]),
      ...(days === undefined ? [] : warned.map((person) => deletionDue(person, days))),
      ...(archive === undefined ? [] : [archiveDeletionDate(archive)]),
    ];
    return candidates.length === 0 ? undefined : new Date(Math.min(...candidates.map((at) => at.getTime())));
  }

  private async runAll(): Promise<number> {
    const now = this.deps.clock.now();
    const cutoffs = retentionCutoffs(now, this.deps.retentionDays);
    let handled = 0;
    if (cutoffs.warnActiveBefore !== undefined && this.deps.retentionDays !== undefined)
      handled += await this.warn(cutoffs.warnActiveBefore, this.deps.retentionDays, now);
    if (cutoffs.deleteActiveBefore !== undefined) handled += await this.deletePeople(cutoffs.deleteActiveBefore, now);
    handled += await this.deleteCohorts(cutoffs.deleteArchivedBefore, now);
    return handled;
  }

  private async warn(before: Date, days: number, now: Date): Promise<number> {
    let warned = 0;
    for (;;) {
      const batch = await this.deps.store.unwarned(before, this.batchSize);
      for (const person of batch) {
        await this.scheduleWarning(person, days, now);
        await this.deps.store.markWarned(person, now);
        warned++;
      }
      if (batch.length < this.batchSize) return warned;
    }
  }

  private async scheduleWarning(person: QuietPerson, days: number, now: Date): Promise<void> {
    // Deleted no sooner than the policy says, and never sooner than two weeks after this warning.
    const deleteOn = new Date(Math.max(deletionDate(person.lastActiveAt, days).getTime(), now.getTime() + WARNING_DAYS * DAY_MS));
    await this.deps.reminders.schedule(
      {
        tenant: person.tenant,
        userId: person.userId,
        kind: RETENTION_WARNING_KIND,
        title: 'Your Rapport data will be deleted soon',
        details: { deleteOn: deleteOn.toISOString() },
        dueAt: now,
        dedupeKey: retentionWarningKey(person.lastActiveAt),
      },
      now,
    );
  }

  private async deletePeople(activeBefore: Date, now: Date): Promise<number> {
    const warnedBefore = new Date(now.getTime() - WARNING_DAYS * DAY_MS);
    let deleted = 0;
    for (const person of await this.deps.store.warned()) {
      if (person.lastActiveAt > activeBefore || person.warnedAt > warnedBefore) continue;
      const rows = await this.deps.store.eraseIfDue(person, activeBefore, warnedBefore, now);
      if (rows === undefined) continue;
      deleted++;
      this.deps.logger.info({ tenant: person.tenant, rows }, "retention: deleted a quiet person's data");
    }
    return deleted;
  }

  private async deleteCohorts(before: Date, now: Date): Promise<number> {
    let deleted = 0;
    for (;;) {
      const batch = await this.deps.store.archivedBefore(before, this.batchSize);
      let deletedNow = 0;
      for (const cohort of batch) {
        if ((await this.deps.store.deleteIfArchived(cohort, before, now)) !== undefined) deletedNow++;
      }
      deleted += deletedNow;
      if (batch.length < this.batchSize || deletedNow === 0) return deleted;
    }
  }
}

/** When a warned person's data is due to go: the policy's date, and never sooner than two weeks after the warning. */
function deletionDue(person: WarnedPerson, days: number): Date {
  return new Date(Math.max(deletionDate(person.lastActiveAt, days).getTime(), person.warnedAt.getTime() + WARNING_DAYS * DAY_MS));
}
