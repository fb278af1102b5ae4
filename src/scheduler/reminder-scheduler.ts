import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import { tenantKey, type Platform, type Tenant } from '../core/identity.js';
import type { Reply } from '../core/reply.js';
import { DEFAULT_QUIET_HOURS, nextAllowedTime } from '../domain/reminders/quiet-hours.js';
import type { Claim, ReminderRepository, StoredReminder } from '../storage/reminder-repository.js';
import { zoneOf, type UserProfile, type UserRepository } from '../storage/user-repository.js';
import type { DirectMessenger } from './direct-messenger.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelay } from './retry-policy.js';
import { PeriodicRun } from './periodic-run.js';
import type { TimedWork } from './simulated-time.js';

/** What the scheduler needs. */
export interface ReminderSchedulerDeps {
  readonly reminders: ReminderRepository;
  readonly users: UserRepository;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The messenger of each platform this process serves; reminders of other platforms are left alone. */
  readonly messengers: ReadonlyMap<Platform, DirectMessenger>;
  /** Writes the one message that carries a student's due reminders, in their time zone and platform's words. */
  readonly compose: (reminders: readonly StoredReminder[], zone: string, platform: Platform) => Reply[];
  /** Runs after reminders were delivered (e.g. to plan the next keep-in-touch). */
  readonly afterDelivered?: (reminders: readonly StoredReminder[]) => Promise<void>;
  /** Told what each run did, for metrics. */
  readonly onRun?: (summary: RunSummary) => void;
  readonly defaultTimezone: string;
  /** How long a claim lasts before another process may take the reminders over. */
  readonly leaseMs?: number;
  /** How many reminders one claim takes. */
  readonly batchSize?: number;
}

/** What one run did. */
export interface RunSummary {
  readonly delivered: number;
  readonly deferred: number;
  readonly retried: number;
  readonly undeliverable: number;
}

/**
 * The message a student sees next time when their nudges could not reach them. Written with
 * the canonical command name; the dispatcher shows it as the platform spells it.
 */
export const UNDELIVERABLE_NOTICE =
  'I tried to send you a reminder by direct message but could not reach you. Please make sure direct messages from Rapport are allowed; meanwhile /remind list shows what is coming up.';

/**
 * The durable scheduler: the database is the schedule. Each run claims due reminders (a lease,
 * so a crashed process's claims return to the schedule), delivers each student's batch as one
 * direct message outside their quiet hours, and records the outcome: delivered, deferred,
 * retried with backoff, or undeliverable (the student is told next time).
 */
export class ReminderScheduler implements TimedWork {
  private readonly periodic: PeriodicRun<RunSummary>;
  private readonly leaseMs: number;
  private readonly batchSize: number;

  constructor(private readonly deps: ReminderSchedulerDeps) {
    this.leaseMs = deps.leaseMs ?? 5 * 60_000;
    this.batchSize = deps.batchSize ?? CLAIM_BATCH;
    this.periodic = new PeriodicRun('*/30 * * * * *', () => this.runAll(), (error) => {
      deps.logger.error({ err: error }, 'reminder run failed');
    });
  }

  /** Runs every 30 seconds until {@link stop}. */
  start(): void {
    this.periodic.start();
  }

  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void> {
    return this.periodic.stop();
  }

  /** When the next reminder falls due (or a claim's lease ends), if any. */
  nextDueAt(): Promise<Date | undefined> {
    return this.deps.reminders.nextDueAt(this.platforms());
  }

  /** Delivers what is due now; returns how many reminders it handled. */
  async step(): Promise<number> {
    const summary = await this.runDue();
    return summary.delivered + summary.deferred + summary.retried + summary.undeliverable;
  }

  /** Delivers everything due now; a run already in progress is joined rather than doubled. */
  runDue(): Promise<RunSummary> {
    return this.periodic.runNow();
  }

  private async runAll(): Promise<RunSummary> {
    const totals = { delivered: 0, deferred: 0, retried: 0, undeliverable: 0 };
    for (;;) {
      const now = this.deps.clock.now();
      // Only the platforms this process has a messenger for: another process serves the rest.
      const claim = await this.deps.reminders.claimDue(now, new Date(now.getTime() + this.leaseMs), this.batchSize, this.platforms());
      const profiles = await this.profilesOf(claim.reminders);
      let delivered: StoredReminder[] = [];
      const settle = async (): Promise<void> => {
        await this.deps.reminders.markDelivered(claim, delivered.map((reminder) => reminder.id), now);
        // The follow-up planning failing must not stop the rest of the claim from going out.
        await this.deps.afterDelivered?.(delivered).catch((error: unknown) => {
          this.deps.logger.error({ err: error, reminders: delivered.map((reminder) => reminder.id) }, 'planning after delivery failed');
        });
        delivered = [];
      };
      for (const batch of byStudent(claim.reminders)) {
        const outcome = await this.deliverBatch(claim, batch, now, profiles.get(studentKey(batch[0])));
        totals[outcome] += batch.length;
        if (outcome === 'delivered') delivered.push(...batch);
        if (delivered.length >= SETTLE_EVERY) await settle();
      }
      await settle();
      if (claim.reminders.length < this.batchSize) {
        this.deps.onRun?.(totals);
        return totals;
      }
    }
  }

  /** The platforms this process delivers on: those whose adapter registered a messenger. */
  private platforms(): Platform[] {
    return [...this.deps.messengers.keys()];
  }

  /** The profiles (zone, quiet hours) of every student in a claim, in one query per tenant. */
  private async profilesOf(reminders: readonly StoredReminder[]): Promise<Map<string, UserProfile>> {
    const profiles = new Map<string, UserProfile>();
    for (const group of groupBy(reminders, (reminder) => tenantKey(reminder.tenant))) {
      const first = group[0];
      if (first === undefined) continue;
      const found = await this.deps.users.findMany(first.tenant, group.map((reminder) => reminder.userId));
      for (const profile of found.values()) profiles.set(studentKey(profile), profile);
    }
    return profiles;
  }

  /** Delivers one student's reminders as one message, or defers, retries or gives up on them. */
  private async deliverBatch(claim: Claim, batch: readonly StoredReminder[], now: Date, profile: UserProfile | undefined): Promise<keyof RunSummary> {
    const first = batch[0];
    const messenger = first === undefined ? undefined : this.deps.messengers.get(first.tenant.platform);
    if (first === undefined || messenger === undefined) return 'deferred';
    const ids = batch.map((reminder) => reminder.id);
    const zone = zoneOf(profile, this.deps.defaultTimezone);
    const allowedAt = nextAllowedTime(now, zone, profile?.quietHours ?? DEFAULT_QUIET_HOURS);
    if (allowedAt.getTime() > now.getTime()) {
      await this.deps.reminders.release(claim, ids, allowedAt, now);
      return 'deferred';
    }
    const outcome = await messenger
      .deliver(first, this.deps.compose(batch, zone, first.tenant.platform), deliveryKey(batch))
      .catch((error: unknown) => ({ ok: false as const, permanent: false, reason: error instanceof Error ? error.message : 'unknown error' }));
    if (outcome.ok) return 'delivered';
    const attempts = Math.max(...batch.map((reminder) => reminder.attempts)) + 1;
    this.deps.logger.warn({ user: first.userId, tenant: tenantKey(first.tenant), reason: outcome.reason, attempts }, 'nudge delivery failed');
    if (outcome.permanent || attempts >= MAX_DELIVERY_ATTEMPTS) {
      await this.deps.reminders.markUndeliverable(claim, ids, outcome.reason, now);
      await this.deps.users.setDeliveryNotice(first.tenant, first.userId, ('notice' in outcome ? outcome.notice : undefined) ?? UNDELIVERABLE_NOTICE);
      return 'undeliverable';
    }
    await this.deps.reminders.release(claim, ids, new Date(now.getTime() + retryDelay(attempts)), now, outcome.reason);
    return 'retried';
  }
}

/**
 * How many due reminders one claim takes. Small enough that a claim (an update of that many
 * rows and their index entries) stays within a few milliseconds even with millions of rows.
 */
export const CLAIM_BATCH = 100;

/**
 * How many students' deliveries are recorded together. Recording each one alone costs a write
 * per message; recording a few together keeps 10,000 hand-overs well under two seconds, at the
 * price that a crash in between can repeat at most this many messages (with the same
 * idempotency keys, which a platform that deduplicates honours).
 */
const SETTLE_EVERY = 16;

/** The key of one student across tenants. */
function studentKey(person: { readonly tenant: Tenant; readonly userId: string } | undefined): string {
  return person === undefined ? '' : `${tenantKey(person.tenant)}\u0000${person.userId}`;
}

/** Groups items by a key, keeping their order. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return [...groups.values()];
}

/** Groups a claim's reminders by student, so each gets one message. */
function byStudent(reminders: readonly StoredReminder[]): StoredReminder[][] {
  return groupBy(reminders, studentKey);
}

/**
 * The idempotency key of one delivery: the same for every attempt at it (a retry, or a takeover
 * after a crash), different once a reminder was delivered and then snoozed.
 */
function deliveryKey(batch: readonly StoredReminder[]): string {
  const parts = batch.map((reminder) => `${reminder.id}@${reminder.lastDeliveryKey ?? ''}`).sort();
  return createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 32);
}
