import type { Logger } from 'pino';
import { homePage as studentHomePage } from '../commands/home/home-page.js';
import { COMMANDS } from '../commands/index.js';
import { fileModelAssets } from './assets/model-assets.js';
import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { Dispatcher, type Handled } from './core/dispatcher.js';
import type { Platform } from './core/identity.js';
import { createRegistry, type CommandRegistry } from './core/registry.js';
import type { Reply } from './core/reply.js';
import type { Services } from './core/services.js';
import { provideModelAssets } from './domain/practice/understand/model-assets.js';
import type { UserProfile } from './domain/people/user-repository.js';
import type { Recipient } from './domain/reminders/reminder-repository.js';
import type { ChannelMessenger } from './core/channel-messenger.js';
import type { DigestRunner } from './scheduler/digest-runner.js';
import { RetentionRunner } from './scheduler/retention-runner.js';
import type { DirectMessenger } from './core/direct-messenger.js';
import { DmChannelPreparer } from './app/dm-channel-preparer.js';
import type { ReminderScheduler, RunSummary } from './scheduler/reminder-scheduler.js';
import { createDigestService } from './app/digest-service.js';
import { createNudgeService } from './app/nudge-service.js';
import { createServices } from './app/create-services.js';
import type { Database } from './storage/database.js';

/** Everything platform-neutral that an adapter plugs into. */
export interface App {
  readonly services: Services;
  readonly registry: CommandRegistry;
  readonly dispatcher: Dispatcher;
  readonly scheduler: ReminderScheduler;
  /** Each running adapter registers how it sends direct messages. */
  readonly messengers: Map<Platform, DirectMessenger>;
  /** Opens a student's DM channel when a nudge is scheduled for them, ahead of its delivery. */
  readonly dmChannels: DmChannelPreparer;
  /** Posts cohorts' weekly digests when due (durable, like reminders). */
  readonly digests: DigestRunner;
  /** Each running adapter registers how it posts in a channel with a thread (the digests). */
  readonly channels: Map<Platform, ChannelMessenger>;
  /** Warns and deletes by the retention policy, and deletes archived cohorts (durable, idempotent). */
  readonly retention: RetentionRunner;
  /** A student's home page (Slack's Home tab), given their profile (`commands/home/`). */
  readonly homePage: (student: Recipient, profile: UserProfile | undefined, now: Date) => Promise<Reply>;
}

/** A platform adapter that is running (Slack, Discord): it serves until stopped. */
export interface RunningAdapter {
  readonly platform: Platform;
  /** Disconnects and stops serving; pending work is finished or left to the schedule. */
  stop(): Promise<void>;
  /** Whether it is connected to its platform now (its gateway or socket open, its HTTP server listening), for /healthz. */
  connected(): boolean;
}

/** Who is told what the app does, for metrics. */
export interface AppObservers {
  readonly onHandled?: (handled: Handled) => void;
  readonly onNudgeRun?: (summary: RunSummary) => void;
}

/** Builds the services, the registry, the dispatcher and the reminder scheduler over an open database. */
export function createApp(
  config: Pick<Config, 'defaultTimezone' | 'cadence' | 'advisorIds' | 'retentionDays'>,
  database: Database,
  clock: Clock,
  logger: Logger,
  observers: AppObservers = {},
): App {
  const settings = {
    defaultTimezone: config.defaultTimezone,
    cadence: config.cadence,
    advisorIds: config.advisorIds,
    ...(config.retentionDays === undefined ? {} : { retentionDays: config.retentionDays }),
  };
  // The classifiers read their data files through this port on first use, never at start.
  provideModelAssets(
    fileModelAssets((message) => {
      logger.warn(message);
    }),
  );
  const stores = createServices(database, settings);
  const messengers = new Map<Platform, DirectMessenger>();
  const dmChannels = new DmChannelPreparer({ users: stores.users, reminders: stores.reminders, messengers, clock, logger });
  const services = dmChannels.around(stores);
  const registry = createRegistry(COMMANDS);
  const dispatcher = new Dispatcher({ registry, services, clock, logger, ...(observers.onHandled === undefined ? {} : { onHandled: observers.onHandled }) });
  const scheduler = createNudgeService({ services, clock, logger, messengers, ...(observers.onNudgeRun === undefined ? {} : { onRun: observers.onNudgeRun }) });
  const channels = new Map<Platform, ChannelMessenger>();
  const digests = createDigestService({ services, clock, logger, channels });
  const retention = new RetentionRunner({
    store: services.retention,
    reminders: services.reminders,
    clock,
    logger,
    ...(settings.retentionDays === undefined ? {} : { retentionDays: settings.retentionDays }),
  });
  const homePage = (student: Recipient, profile: UserProfile | undefined, now: Date) => studentHomePage(services, student, profile, now);
  return { services, registry, dispatcher, scheduler, messengers, dmChannels, digests, channels, retention, homePage };
}
