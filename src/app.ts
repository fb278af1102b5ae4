import type { Logger } from 'pino';
import { assignmentSummaryBlocks } from '../commands/cohort/assignment-summary.js';
import { composeDigest } from '../commands/cohort/digest-post.js';
import { COMMANDS } from '../commands/index.js';
import { planNextKeepInTouch } from '../commands/remind/keep-in-touch.js';
import { composeNudges } from '../commands/remind/nudge-reply.js';
import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { Dispatcher, type Handled } from './core/dispatcher.js';
import type { Platform } from './core/identity.js';
import { createRegistry, type CommandRegistry } from './core/registry.js';
import type { Services } from './core/services.js';
import type { Block } from './core/reply.js';
import type { Recipient } from './domain/reminders/reminder-repository.js';
import type { ChannelMessenger } from './scheduler/channel-messenger.js';
import { DigestRunner } from './scheduler/digest-runner.js';
import { RetentionRunner } from './scheduler/retention-runner.js';
import type { DirectMessenger } from './scheduler/direct-messenger.js';
import { DmChannelPreparer } from './scheduler/dm-channel-preparer.js';
import { ReminderScheduler, type RunSummary } from './scheduler/reminder-scheduler.js';
import { createServices } from './services.js';
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
  /** The student's open assignments and their progress, for a platform's home page (Slack's Home tab). */
  readonly assignmentsOf: (student: Recipient, now: Date) => Promise<Block[]>;
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
  const stores = createServices(database, settings);
  const messengers = new Map<Platform, DirectMessenger>();
  const dmChannels = new DmChannelPreparer({ users: stores.users, reminders: stores.reminders, messengers, clock, logger });
  const services = dmChannels.around(stores);
  const registry = createRegistry(COMMANDS);
  const dispatcher = new Dispatcher({ registry, services, clock, logger, ...(observers.onHandled === undefined ? {} : { onHandled: observers.onHandled }) });
  const scheduler = new ReminderScheduler({
    reminders: services.reminders,
    users: services.users,
    clock,
    logger,
    messengers,
    compose: (reminders, zone) => composeNudges(reminders, zone, settings, clock.now()),
    afterDelivered: (reminders) => planNextKeepInTouch(services, reminders, clock.now()),
    defaultTimezone: config.defaultTimezone,
    ...(observers.onNudgeRun === undefined ? {} : { onRun: observers.onNudgeRun }),
  });
  const channels = new Map<Platform, ChannelMessenger>();
  const digests = new DigestRunner({
    cohorts: services.cohorts.cohorts,
    clock,
    logger,
    channels,
    compose: (cohort, now) => composeDigest(services, cohort, now, logger),
  });
  const retention = new RetentionRunner({
    store: services.retention,
    reminders: services.reminders,
    clock,
    logger,
    ...(settings.retentionDays === undefined ? {} : { retentionDays: settings.retentionDays }),
  });
  const assignmentsOf = (student: Recipient, now: Date) => assignmentSummaryBlocks(services, student, now);
  return { services, registry, dispatcher, scheduler, messengers, dmChannels, digests, channels, retention, assignmentsOf };
}
