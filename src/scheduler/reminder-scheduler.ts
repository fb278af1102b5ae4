import { commandRef } from '../core/command-ref.js';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import { tenantKey, type Platform, type Tenant } from '../core/identity.js';
import type { Reply } from '../core/reply.js';
import { DEFAULT_QUIET_HOURS, nextAllowedTime } from '../domain/reminders/quiet-hours.js';
import { lateNote, missedNotice, OUTAGE_PATIENCE_MS, outageRetryDelay, type Outage } from '../domain/reminders/outage.js';
import PQueue from 'p-queue';
import type { Claim, LedgerEntry, ReminderRepository, StoredReminder } from '../domain/reminders/reminder-repository.js';
import { zoneOf } from '../domain/people/person-zone.js';
import type { UserProfile, UserRepository } from '../domain/people/user-repository.js';
import type { DeliveryOutcome, DirectMessenger } from '../core/direct-messenger.js';
import { GroupCommit } from './group-commit.js';
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
  /** How many students' deliveries run at once. */
  readonly concurrency?: number;
  /** How long one delivery may take before it is given up (and checked before the next attempt); at most half the lease. */
  readonly deliveryTimeoutMs?: number;
}

/** What one run did. */
export interface RunSummary {
  readonly delivered: number;
  readonly deferred: number;
  readonly retried: number;
  readonly undeliverable: number;
  /** Reminders set aside because they cannot be delivered (their row is unreadable, composing them fails). */
  readonly failed: number;
}

/**
 * The message a student sees next time when the platform refused to let their nudges reach them
 * (it answered that the person cannot be messaged), stored until then; the command in it is a
 * command token, which the platform they come back on writes.
 */
export const UNDELIVERABLE_NOTICE = `I tried to send you a reminder by direct message but could not reach you. Please make sure direct messages from Rapport are allowed; meanwhile ${commandRef('remind', 'list')} shows what is coming up.`;

/**
 * What a student is told when a nudge failed every attempt for a reason that was neither their
 * settings nor an outage (the platform refused the message itself): nothing for them to change.
 */
export const GAVE_UP_NOTICE = `I tried several times to send you a reminder by direct message, but it did not go through. ${commandRef('remind', 'list')} shows what is coming up.`;

/**
 * The durable scheduler: the database is the schedule. Each run claims due reminders (a lease,
 * so a crashed process's claims return to the schedule) and delivers each student's batch as
 * one direct message outside their quiet hours, several students at once and each student's
 * messages in order. Every delivery is recorded in the ledger before it goes out and again
 * with its outcome: delivered, deferred, paused by a rate limit, retried with backoff,
 * undeliverable (the student is told next time), or failed (the row itself is unusable).
 */
export class ReminderScheduler implements TimedWork {
  private readonly periodic: PeriodicRun<RunSummary>;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly timeoutMs: number;
  /** Deliveries' outcomes, which PostgreSQL may commit lazily, shared by the deliveries that end together. */
  private readonly ledger: GroupCommit<LedgerEntry, ReadonlySet<string>>;

  constructor(private readonly deps: ReminderSchedulerDeps) {
    this.leaseMs = deps.leaseMs ?? 5 * 60_000;
    this.batchSize = deps.batchSize ?? CLAIM_BATCH;
    this.concurrency = deps.concurrency ?? DELIVERY_CONCURRENCY;
    // A delivery is given up well before its claim's lease ends, so no other process takes it over while it is sent.
    this.timeoutMs = Math.min(deps.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS, this.leaseMs / 2);
    this.ledger = new GroupCommit((entries) => deps.reminders.record(entries, deps.clock.now()));
    this.periodic = new PeriodicRun(
      30_000,
      () => this.runAll(),
      (error) => {
        deps.logger.error({ err: error }, 'reminder run failed');
      },
    );
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
    return summary.delivered + summary.deferred + summary.retried + summary.undeliverable + summary.failed;
  }

  /** Delivers everything due now; a run already in progress is joined rather than doubled. */
  runDue(): Promise<RunSummary> {
    return this.periodic.runNow();
  }

  /**
   * Claims due reminders batch after batch while deliveries run, a bounded number at a time:
   * the next claim is taken once the queue runs short, so the pool never idles and no claim
   * waits long enough for its lease to run out.
   */
  private async runAll(): Promise<RunSummary> {
    const totals = { delivered: 0, deferred: 0, retried: 0, undeliverable: 0, failed: 0 };
    const queue = new PQueue({ concurrency: this.concurrency });
    // Each student's deliveries in order: the next joins the queue once the one before is done.
    const students = new Map<string, Promise<void>>();
    const errors: unknown[] = [];
    for (;;) {
      const now = this.deps.clock.now();
      // Only the platforms this process has a messenger for: another process serves the rest.
      const claim = await this.deps.reminders.claimDue(now, new Date(now.getTime() + this.leaseMs), this.batchSize, this.platforms());
      const profiles = await this.profilesOf(claim.reminders);
      const plan = this.planClaim(claim, now, profiles);
      // The claim's whole plan in one transaction: every delivery about to go out, recorded
      // durably before any does, and every reminder that waits or is set aside.
      const written = await this.deps.reminders.record(plan.entries, now).catch((error: unknown) => void errors.push(error));
      // The database is away: what is already queued finishes, and the leases bring this claim back.
      if (written === undefined) break;
      for (const [outcome, count] of plan.settled) totals[outcome] += count;
      for (const delivery of plan.deliveries) {
        const student = studentKey(delivery.batch[0]);
        const deliver = async (): Promise<void> => {
          // A row missing from the write was taken over meanwhile (a lease that ran out): not ours to send.
          if (!delivery.batch.every((reminder) => written.has(reminder.id))) {
            totals.deferred += delivery.batch.length;
            return;
          }
          // Only the platform call holds a place in the pool; its outcome is recorded outside,
          // so the outcomes of many deliveries share one write.
          const outcome = await queue.add(() => this.attempt(claim, delivery), { throwOnTimeout: true });
          totals[await this.settle(claim, delivery, outcome)] += delivery.batch.length;
        };
        const previous = students.get(student);
        const queued = previous === undefined ? deliver() : previous.then(deliver);
        students.set(
          student,
          queued.catch((error: unknown) => void errors.push(error)),
        );
      }
      if (claim.reminders.length < this.batchSize || errors.length > 0) break;
      await queue.onSizeLessThan(this.concurrency);
    }
    await Promise.all(students.values());
    // The ledger could not be written (the database is down): the claims' leases bring the rest back.
    if (errors.length > 0) throw errors[0];
    if (totals.failed > 0) {
      const total = await this.deps.reminders.countFailed(this.platforms());
      this.deps.logger.warn(
        { setAsideNow: totals.failed, setAsideInAll: total },
        'nudges set aside as failed: see reminders with status failed and their last_error',
      );
    }
    this.deps.onRun?.(totals);
    return totals;
  }

  /** The name a platform's adapter gives it, for what students read (its id should it have no messenger here). */
  private platformName(platform: Platform): string {
    return this.deps.messengers.get(platform)?.platformName ?? platform;
  }

  /** The platforms this process delivers on: those whose adapter registered a messenger. */
  private platforms(): Platform[] {
    return [...this.deps.messengers.keys()];
  }

  /** The profiles (zone, quiet hours, DM channel) of every student in a claim, in one query per tenant. */
  private async profilesOf(reminders: readonly StoredReminder[]): Promise<Map<string, UserProfile>> {
    const profiles = new Map<string, UserProfile>();
    for (const group of groupBy(reminders, (reminder) => tenantKey(reminder.tenant))) {
      const first = group[0];
      if (first === undefined) continue;
      const found = await this.deps.users.findMany(
        first.tenant,
        group.map((reminder) => reminder.userId),
      );
      for (const profile of found.values()) profiles.set(studentKey(profile), profile);
    }
    return profiles;
  }

  /**
   * What to do with each student's reminders in a claim, decided before anything is sent: a
   * delivery (recorded as about to go out under its key), or an entry that settles them now
   * (quiet hours, a row that cannot be read or composed). A row that cannot be read is set aside
   * alone; the student's other reminders still go out.
   */
  private planClaim(claim: Claim, now: Date, profiles: ReadonlyMap<string, UserProfile>): ClaimPlan {
    const plan: ClaimPlan = { entries: [], deliveries: [], settled: [] };
    const settle = ({ entry, outcome }: Settled, count: number): void => {
      plan.entries.push(entry);
      plan.settled.push([outcome, count]);
    };
    for (const reminder of claim.reminders.filter((candidate) => candidate.defect !== undefined)) {
      settle(this.setAside(claim, [reminder], `reminder ${reminder.id}: ${reminder.defect ?? ''}`), 1);
    }
    for (const batch of deliveriesOf(claim.reminders.filter((reminder) => reminder.defect === undefined))) {
      const planned = this.planDelivery(claim, batch, now, profiles.get(studentKey(batch[0])));
      if ('entry' in planned) {
        settle(planned, batch.length);
      } else {
        plan.entries.push({ kind: 'sending', token: claim.token, ids: idsOf(batch), key: planned.key });
        plan.deliveries.push(planned);
      }
    }
    return plan;
  }

  /**
   * One student's reminders as one message to send, or deferred (quiet hours), retried or set
   * aside (a batch that cannot be composed).
   */
  private planDelivery(claim: Claim, batch: readonly StoredReminder[], now: Date, profile: UserProfile | undefined): Delivery | Settled {
    const first = batch[0] as StoredReminder;
    const maybeSentBefore = first.sendingKey !== undefined;
    const zone = zoneOf(profile, this.deps.defaultTimezone);
    const allowedAt = fromData(() => nextAllowedTime(now, zone, profile?.quietHours ?? DEFAULT_QUIET_HOURS));
    if (typeof allowedAt === 'string') return this.retryOrSetAside(claim, batch, now, allowedAt);
    if (allowedAt.getTime() > now.getTime())
      return { entry: { kind: 'released', token: claim.token, ids: idsOf(batch), dueAt: allowedAt, maybeSent: maybeSentBefore }, outcome: 'deferred' };
    const composed = fromData(() => this.deps.compose(batch, zone, first.tenant.platform));
    if (typeof composed === 'string') return this.retryOrSetAside(claim, batch, now, composed);
    // Held back by an outage: the message opens with why it is late.
    const since = outageStart(batch);
    const replies =
      since === undefined
        ? composed
        : withNote(composed, lateNote({ platformName: this.platformName(first.tenant.platform), from: since, to: now, zone }, batch.length));
    return { batch, replies, profile, maybeSentBefore, key: first.sendingKey ?? deliveryKey(batch) };
  }

  /**
   * Sends a planned delivery (recorded as begun with the claim), within its timeout. Resolves
   * with no outcome when it was not sent: the lease has no time to spare (then another process
   * may take the rows over, and two must never send at once), or the platform's adapter stopped.
   */
  private async attempt(claim: Claim, delivery: Delivery): Promise<DeliveryOutcome | undefined> {
    const { batch, replies, profile, maybeSentBefore, key } = delivery;
    const first = batch[0] as StoredReminder;
    const messenger = this.deps.messengers.get(first.tenant.platform);
    if (messenger === undefined || this.deps.clock.now().getTime() + this.timeoutMs > claim.leaseUntil.getTime()) return undefined;
    const signal = AbortSignal.timeout(this.timeoutMs);
    const previous = Math.max(...batch.map((reminder) => reminder.lastDeliveredAt?.getTime() ?? 0));
    const context = {
      maybeSentBefore,
      signal,
      ...(previous > 0 ? { notBefore: new Date(previous) } : {}),
      ...(profile?.dmChannelId === undefined ? {} : { dmChannelId: profile.dmChannelId }),
    };
    return Promise.race([messenger.deliver(first, replies, key, context), timedOut(signal, this.timeoutMs)]).catch((error: unknown): DeliveryOutcome => ({
      // A messenger that throws rather than answering has a fault of its own, not the platform's.
      ok: false,
      permanent: false,
      reason: error instanceof Error ? error.message : 'unknown error',
      maybeSent: true,
    }));
  }

  /** Records how a delivery went: delivered, deferred, retried later or undeliverable; one not sent goes back as it was. */
  private async settle(claim: Claim, delivery: Delivery, outcome: DeliveryOutcome | undefined): Promise<keyof RunSummary> {
    const { batch, profile, maybeSentBefore } = delivery;
    const first = batch[0] as StoredReminder;
    const ids = idsOf(batch);
    if (outcome === undefined) {
      await this.ledger.record({ kind: 'released', token: claim.token, ids, dueAt: this.deps.clock.now(), maybeSent: maybeSentBefore });
      return 'deferred';
    }
    const channel: LedgerEntry[] =
      outcome.dmChannelId === undefined || outcome.dmChannelId === profile?.dmChannelId
        ? []
        : [{ kind: 'dm-channel', recipient: first, channelId: outcome.dmChannelId }];
    if (outcome.ok) {
      await this.ledger.record({ kind: 'delivered', token: claim.token, ids }, ...channel);
      await this.deps.afterDelivered?.(batch).catch((error: unknown) => {
        this.deps.logger.error({ err: error, reminders: ids }, 'planning after delivery failed');
      });
      return 'delivered';
    }
    const maybeSent = outcome.maybeSent ?? maybeSentBefore;
    const now = this.deps.clock.now();
    if (outcome.retryAfterMs !== undefined) {
      // The platform's pace, not a failure: the attempt is not counted.
      await this.ledger.record({ kind: 'released', token: claim.token, ids, dueAt: new Date(now.getTime() + outcome.retryAfterMs), maybeSent }, ...channel);
      return 'deferred';
    }
    if (outcome.unreachable === true && !outcome.permanent) return this.waitOutOutage(claim, delivery, outcome.reason, maybeSent, channel);
    const attempts = attemptsOf(batch);
    this.deps.logger.warn({ user: first.userId, tenant: tenantKey(first.tenant), reason: outcome.reason, attempts }, 'nudge delivery failed');
    if (outcome.permanent || attempts >= MAX_DELIVERY_ATTEMPTS) {
      await this.ledger.record({ kind: 'undeliverable', token: claim.token, ids, error: outcome.reason }, ...channel);
      await this.deps.users.setDeliveryNotice(first.tenant, first.userId, outcome.notice ?? (outcome.permanent ? UNDELIVERABLE_NOTICE : GAVE_UP_NOTICE));
      return 'undeliverable';
    }
    await this.ledger.record(
      { kind: 'released', token: claim.token, ids, dueAt: new Date(now.getTime() + retryDelay(attempts)), error: outcome.reason, maybeSent },
      ...channel,
    );
    return 'retried';
  }

  /**
   * A delivery the platform could not be reached for: tried again, more slowly as the outage
   * goes on and without counting attempts, until it has lasted {@link OUTAGE_PATIENCE_MS}; then
   * the reminders count as missed and the student is told what happened (not to open their DMs).
   */
  private async waitOutOutage(claim: Claim, delivery: Delivery, reason: string, maybeSent: boolean, channel: LedgerEntry[]): Promise<keyof RunSummary> {
    const { batch, profile } = delivery;
    const first = batch[0] as StoredReminder;
    const ids = idsOf(batch);
    const now = this.deps.clock.now();
    const since = outageStart(batch) ?? now;
    const elapsed = now.getTime() - since.getTime();
    this.deps.logger.warn(
      { user: first.userId, tenant: tenantKey(first.tenant), reason, unreachableSince: since },
      'nudge delivery failed: platform unreachable',
    );
    if (elapsed < OUTAGE_PATIENCE_MS) {
      const dueAt = new Date(now.getTime() + outageRetryDelay(elapsed));
      await this.ledger.record({ kind: 'released', token: claim.token, ids, dueAt, error: reason, maybeSent, unreachable: true }, ...channel);
      return 'retried';
    }
    const outage: Outage = { platformName: this.platformName(first.tenant.platform), from: since, to: now, zone: zoneOf(profile, this.deps.defaultTimezone) };
    await this.ledger.record({ kind: 'undeliverable', token: claim.token, ids, error: `${reason} (unreachable since ${since.toISOString()})` }, ...channel);
    await this.deps.users.setDeliveryNotice(
      first.tenant,
      first.userId,
      missedNotice(
        outage,
        batch.map((reminder) => reminder.title),
      ),
    );
    return 'undeliverable';
  }

  /** A batch that could not even be sent (composing it failed): tried again later, then set aside. */
  private retryOrSetAside(claim: Claim, batch: readonly StoredReminder[], now: Date, reason: string): Settled {
    const attempts = attemptsOf(batch);
    if (attempts >= MAX_DATA_ATTEMPTS) return this.setAside(claim, batch, reason);
    const first = batch[0];
    return {
      entry: {
        kind: 'released',
        token: claim.token,
        ids: idsOf(batch),
        dueAt: new Date(now.getTime() + retryDelay(attempts)),
        error: reason,
        maybeSent: first?.sendingKey !== undefined,
      },
      outcome: 'retried',
    };
  }

  /** Marks a batch failed with its reason, and says so once in the log, for the operator. */
  private setAside(claim: Claim, batch: readonly StoredReminder[], reason: string): Settled {
    const ids = idsOf(batch);
    this.deps.logger.error(
      { reminders: ids, user: batch[0]?.userId, tenant: batch[0] === undefined ? undefined : tenantKey(batch[0].tenant), reason },
      'nudge set aside as failed: it cannot be delivered (reminders with status failed)',
    );
    return { entry: { kind: 'failed', token: claim.token, ids, error: reason }, outcome: 'failed' };
  }
}

/** One student's reminders of a claim, to be sent as one message under `key`. */
interface Delivery {
  readonly batch: readonly StoredReminder[];
  readonly replies: Reply[];
  readonly profile: UserProfile | undefined;
  /** An earlier attempt under the same key may have arrived: the messenger checks first. */
  readonly maybeSentBefore: boolean;
  readonly key: string;
}

/** Reminders settled without a delivery, by a ledger entry, and what that counts as. */
interface Settled {
  readonly entry: LedgerEntry;
  readonly outcome: keyof RunSummary;
}

/** A claim's ledger entries to write before anything is sent, the deliveries to make after, and the counts of the rest. */
interface ClaimPlan {
  readonly entries: LedgerEntry[];
  readonly deliveries: Delivery[];
  readonly settled: [keyof RunSummary, number][];
}

/**
 * How many due reminders one claim takes. Small enough that a claim (an update of that many
 * rows and their index entries) stays within a few milliseconds even with millions of rows.
 */
export const CLAIM_BATCH = 100;

/**
 * How many students' deliveries run at once. Enough to keep Discord's 50 requests a second
 * busy over a 50 ms round trip (each delivery is one request once the DM channel is stored) and
 * for their ledger entries to share commits, few enough that a claim's deliveries end well
 * within its lease.
 */
const DELIVERY_CONCURRENCY = 32;

/** How long one delivery may take, all its requests together, before it counts as a failed attempt that may have arrived. */
const DELIVERY_TIMEOUT_MS = 30_000;

/** How many times a batch that cannot be composed is tried before it is set aside as failed. */
const MAX_DATA_ATTEMPTS = 3;

/** What `work` returns, or the message of what it threw (data it cannot handle). */
function fromData<T extends object>(work: () => T): T | string {
  try {
    return work();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Resolves, once `signal` aborts, with the outcome of a delivery that took too long. */
function timedOut(signal: AbortSignal, ms: number): Promise<DeliveryOutcome> {
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => {
      resolve({ ok: false, permanent: false, reason: `no answer within ${ms / 1000} s`, maybeSent: true, unreachable: true });
    });
  });
}

/** When the platform was first found unreachable for any of a batch's reminders, if it was (an outage they wait out). */
function outageStart(batch: readonly StoredReminder[]): Date | undefined {
  const starts = batch.flatMap((reminder) => (reminder.unreachableSince === undefined ? [] : [reminder.unreachableSince.getTime()]));
  return starts.length === 0 ? undefined : new Date(Math.min(...starts));
}

/** Replies with `note` as the first line of the first one (a part of its own would shift the parts a recheck compares). */
function withNote(replies: readonly Reply[], note: string): Reply[] {
  const [first, ...rest] = replies;
  return first === undefined ? [] : [{ ...first, blocks: [{ type: 'context', text: note }, ...first.blocks] }, ...rest];
}

/** The ids of a batch's reminders. */
function idsOf(batch: readonly StoredReminder[]): string[] {
  return batch.map((reminder) => reminder.id);
}

/** Which attempt this one is, counting the failed ones of the batch before it. */
function attemptsOf(batch: readonly StoredReminder[]): number {
  return Math.max(0, ...batch.map((reminder) => reminder.attempts)) + 1;
}

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

/**
 * A claim's deliveries: each student's reminders as one message, except that reminders of a
 * delivery begun before (a key recorded, its outcome not) stay together under that key, so that
 * the platform can be asked about exactly that message.
 */
function deliveriesOf(reminders: readonly StoredReminder[]): StoredReminder[][] {
  return groupBy(reminders, (reminder) => `${studentKey(reminder)}\u0000${reminder.sendingKey ?? ''}`);
}

/**
 * The idempotency key of one delivery: the same for every attempt at it (a retry, or a takeover
 * after a crash), different once a reminder was delivered and then snoozed.
 */
function deliveryKey(batch: readonly StoredReminder[]): string {
  const parts = batch.map((reminder) => `${reminder.id}@${reminder.lastDeliveryKey ?? ''}`).sort();
  return createHash('sha256').update(parts.join('|')).digest('base64url').slice(0, 32);
}
