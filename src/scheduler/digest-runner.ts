import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import { tenantKey, type Conversation, type Platform } from '../core/identity.js';
import { nextDigestTime } from '../domain/cohorts/digest-time.js';
import type { Cohort, CohortRepository } from '../domain/cohorts/cohort-repository.js';
import type { ChannelMessenger, DigestPost } from '../core/channel-messenger.js';
import { PeriodicRun } from './periodic-run.js';
import type { TimedWork } from './simulated-time.js';

/** What the digest runner needs. */
export interface DigestRunnerDeps {
  readonly cohorts: CohortRepository;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The channel messenger of each platform this process serves; other platforms' digests are left alone. */
  readonly channels: ReadonlyMap<Platform, ChannelMessenger>;
  /** Writes a cohort's digest as of `now`. */
  readonly compose: (cohort: Cohort, now: Date) => Promise<DigestPost>;
  /** How many due digests one run reads at a time. */
  readonly batchSize?: number;
}

/**
 * Posts weekly cohort digests. The database is the schedule: each cohort stores when its next
 * digest is due. A run reads due cohorts and claims each by moving its time on to the next
 * week's (computed in the cohort's zone), only if the stored time is still the one read; only
 * the run whose claim succeeded posts, so each digest is posted once even with several
 * processes. A post that fails is logged and not repeated: a late duplicate digest would be
 * worse than a missed one.
 */
export class DigestRunner implements TimedWork {
  private readonly periodic: PeriodicRun<number>;
  private readonly batchSize: number;

  constructor(private readonly deps: DigestRunnerDeps) {
    this.batchSize = deps.batchSize ?? 50;
    this.periodic = new PeriodicRun(
      60_000,
      () => this.runAll(),
      (error) => {
        deps.logger.error({ err: error }, 'digest run failed');
      },
    );
  }

  /** Runs every minute until {@link stop}. */
  start(): void {
    this.periodic.start();
  }

  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** When the next digest of any cohort is due. */
  nextDueAt(): Promise<Date | undefined> {
    return this.deps.cohorts.nextDigestAt([...this.deps.channels.keys()]);
  }

  /** Posts what is due now; returns how many digests it claimed. */
  step(): Promise<number> {
    return this.runDue();
  }

  /** Posts every digest due now; a run already in progress is joined rather than doubled. */
  runDue(): Promise<number> {
    return this.periodic.runNow();
  }

  private async runAll(): Promise<number> {
    let claimed = 0;
    for (;;) {
      const now = this.deps.clock.now();
      const due = await this.deps.cohorts.dueDigests(now, this.batchSize, [...this.deps.channels.keys()]);
      let claimedNow = 0;
      for (const cohort of due) {
        const messenger = this.deps.channels.get(cohort.tenant.platform);
        if (messenger === undefined || cohort.nextDigestAt === undefined) continue;
        if (!(await this.deps.cohorts.claimDigest(cohort, nextDigestTime(cohort.digest, now)))) continue;
        claimedNow++;
        await this.post(messenger, cohort, cohort.nextDigestAt, now);
      }
      claimed += claimedNow;
      if (due.length < this.batchSize || claimedNow === 0) return claimed;
    }
  }

  private async post(messenger: ChannelMessenger, cohort: Cohort, dueAt: Date, now: Date): Promise<void> {
    const where = { cohort: cohort.id, tenant: tenantKey(cohort.tenant) };
    try {
      const { message, thread } = await this.deps.compose(cohort, now);
      const conversation: Conversation = { tenant: cohort.tenant, channelId: cohort.channelId, isDirect: false };
      const outcome = await messenger.post(conversation, message, thread, `digest:${cohort.id}:${dueAt.toISOString()}`);
      if (outcome.ok) this.deps.logger.info(where, 'digest posted');
      else this.deps.logger.warn({ ...where, reason: outcome.reason }, 'digest not posted');
    } catch (error) {
      this.deps.logger.error({ ...where, err: error }, 'digest failed');
    }
  }
}
