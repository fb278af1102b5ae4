import PQueue from 'p-queue';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import { tenantKey, type Platform } from '../core/identity.js';
import type { Services } from '../core/services.js';
import type { UserRepository } from '../domain/people/user-repository.js';
import type { NewReminder, Recipient, ReminderRepository, StoredReminder } from '../domain/reminders/reminder-repository.js';
import type { DirectMessenger } from '../core/direct-messenger.js';

/** What the preparer needs. */
export interface DmChannelPreparerDeps {
  readonly users: UserRepository;
  /** Where the channel is stored: the delivery ledger's `dm-channel` entry, as a delivery that opened one would. */
  readonly reminders: ReminderRepository;
  /** The messenger of each platform this process serves (those that can open a DM channel ahead of time do). */
  readonly messengers: ReadonlyMap<Platform, DirectMessenger>;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** How long opening one DM channel ahead of time may take. */
const OPEN_TIMEOUT_MS = 10_000;

/**
 * Opens a student's DM channel when a nudge is scheduled for them and they have none stored, so
 * the nudge finds it when due and a burst of due nudges is not a burst of channel opens (on
 * Discord every open is one route, which its REST client sends one request at a time). Best
 * effort and off the command's reply path: a failure is logged and the delivery opens the
 * channel itself, as before. Idempotent across instances: the platform returns the same
 * channel for the same person, and storing it again writes the same value.
 */
export class DmChannelPreparer {
  /** Students whose channel is being opened by this process now, so one burst of schedules opens it once. */
  private readonly opening = new Map<string, Promise<void>>();
  /**
   * One open at a time, each timed from when it starts: a platform that sends every open on one
   * route one at a time (Discord) would otherwise time out the opens of a burst while they wait.
   */
  private readonly queue = new PQueue({ concurrency: 1 });

  constructor(private readonly deps: DmChannelPreparerDeps) {}

  /** Starts opening the student's DM channel if their platform's messenger can and none is stored; never throws. */
  prepare(recipient: Recipient): void {
    const messenger = this.deps.messengers.get(recipient.tenant.platform);
    if (messenger?.openChannel === undefined) return;
    const key = `${tenantKey(recipient.tenant)}\u0000${recipient.userId}`;
    if (this.opening.has(key)) return;
    const open = messenger.openChannel.bind(messenger);
    const opened = this.queue
      .add(() => this.open(recipient, open))
      .catch((error: unknown) => {
        this.deps.logger.warn({ err: error, user: recipient.userId, tenant: tenantKey(recipient.tenant) }, 'opening a DM channel ahead of a nudge failed');
      })
      .finally(() => this.opening.delete(key));
    this.opening.set(key, opened);
  }

  /** Resolves once every open started so far has ended (for an orderly stop, and for tests). */
  async settled(): Promise<void> {
    await Promise.all(this.opening.values());
  }

  /**
   * `services` whose scheduled reminders prepare their students' DM channels: at once for a
   * reminder scheduled alone, after the commit for those scheduled in {@link Services.atomically}
   * (a rolled-back command opens nothing).
   */
  around(services: Services): Services {
    return this.wrap(services, (recipient) => {
      this.prepare(recipient);
    });
  }

  private wrap(services: Services, scheduled: (recipient: Recipient) => void): Services {
    // The same repository with `schedule` overridden; every other method is the original's (through the prototype).
    const reminders: ReminderRepository = Object.create(services.reminders, {
      schedule: {
        value: async (reminder: NewReminder, at: Date): Promise<StoredReminder> => {
          const stored = await services.reminders.schedule(reminder, at);
          scheduled(reminder);
          return stored;
        },
      },
    }) as ReminderRepository;
    return {
      ...services,
      reminders,
      atomically: async (work) => {
        const committed: Recipient[] = [];
        const result = await services.atomically((inner) => work(this.wrap(inner, (recipient) => committed.push(recipient))));
        for (const recipient of committed) this.prepare(recipient);
        return result;
      },
    };
  }

  /** Opens and stores the channel unless one is stored already. */
  private async open(recipient: Recipient, openChannel: (recipient: Recipient, signal: AbortSignal) => Promise<string>): Promise<void> {
    const profile = await this.deps.users.find(recipient.tenant, recipient.userId);
    if (profile === undefined || profile.dmChannelId !== undefined) return;
    const channelId = await openChannel(recipient, AbortSignal.timeout(OPEN_TIMEOUT_MS));
    await this.deps.reminders.record(
      [{ kind: 'dm-channel', recipient: { tenant: recipient.tenant, userId: recipient.userId }, channelId }],
      this.deps.clock.now(),
    );
  }
}
