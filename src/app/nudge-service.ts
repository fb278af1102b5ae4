import type { Logger } from 'pino';
import { planNextKeepInTouch } from '../../commands/remind/keep-in-touch.js';
import { composeNudges } from '../../commands/remind/nudge-reply.js';
import type { Clock } from '../core/clock.js';
import type { DirectMessenger } from '../core/direct-messenger.js';
import type { Platform } from '../core/identity.js';
import type { Services } from '../core/services.js';
import { ReminderScheduler, type ReminderSchedulerDeps, type RunSummary } from '../scheduler/reminder-scheduler.js';

/** What the nudge service is built from. */
export interface NudgeServiceDeps {
  readonly services: Services;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The direct messenger of each platform this process serves (filled in as adapters start). */
  readonly messengers: ReadonlyMap<Platform, DirectMessenger>;
  /** Told what each run did, for metrics. */
  readonly onRun?: (summary: RunSummary) => void;
  /** How claims and deliveries are sized and timed, when not the scheduler's defaults (tests, benchmarks). */
  readonly tuning?: Pick<ReminderSchedulerDeps, 'leaseMs' | 'batchSize' | 'concurrency' | 'deliveryTimeoutMs'>;
}

/**
 * The nudge flow, in one place: the reminder scheduler claims the reminders that fell due
 * (`src/scheduler/reminder-scheduler.ts`), holds back those inside the student's quiet hours,
 * writes each student's one message with {@link composeNudges} (`commands/remind/nudge-reply.ts`),
 * hands it to the platform's {@link DirectMessenger}, records the outcome, and plans the next
 * keep-in-touch nudge for those delivered ({@link planNextKeepInTouch}). `createApp` and the
 * test harness both build it here, so what a test exercises is what runs.
 */
export function createNudgeService(deps: NudgeServiceDeps): ReminderScheduler {
  const { services, clock } = deps;
  return new ReminderScheduler({
    reminders: services.reminders,
    users: services.users,
    clock,
    logger: deps.logger,
    messengers: deps.messengers,
    compose: (reminders, zone) => composeNudges(reminders, zone, services.settings, clock.now()),
    afterDelivered: (reminders) => planNextKeepInTouch(services, reminders, clock.now()),
    defaultTimezone: services.settings.defaultTimezone,
    ...deps.tuning,
    ...(deps.onRun === undefined ? {} : { onRun: deps.onRun }),
  });
}
