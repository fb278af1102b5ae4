import type { Logger } from 'pino';
import { composeDigest } from '../../commands/cohort/digest-post.js';
import type { ChannelMessenger } from '../core/channel-messenger.js';
import type { Clock } from '../core/clock.js';
import type { Platform } from '../core/identity.js';
import type { Services } from '../core/services.js';
import { DigestRunner } from '../scheduler/digest-runner.js';

/** What the digest service is built from. */
export interface DigestServiceDeps {
  readonly services: Services;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The channel messenger of each platform this process serves (filled in as adapters start). */
  readonly channels: ReadonlyMap<Platform, ChannelMessenger>;
}

/**
 * The weekly digest flow, in one place: the digest runner claims the cohorts whose digest fell
 * due (`src/scheduler/digest-runner.ts`), {@link composeDigest} writes each
 * (`commands/cohort/digest-post.ts`), and the platform's {@link ChannelMessenger} posts it with
 * its thread. `createApp` and the test harness both build it here.
 */
export function createDigestService(deps: DigestServiceDeps): DigestRunner {
  const { services, logger } = deps;
  return new DigestRunner({
    cohorts: services.cohorts.cohorts,
    clock: deps.clock,
    logger,
    channels: deps.channels,
    compose: (cohort, now) => composeDigest(services, cohort, now, logger),
  });
}
