import type { Logger } from 'pino';
import type { Clock } from '../../src/core/clock.js';
import { PeriodicRun } from '../../src/scheduler/periodic-run.js';
import type { InboundDeliveryLedger } from '../../src/core/inbound-deliveries.js';

/**
 * How long Slack deliveries are remembered: Slack retries an unanswered event after 1, 5 and 30
 * minutes, so an hour covers every retry.
 * @see https://docs.slack.dev/apis/events-api#retries
 */
export const SLACK_RETRY_WINDOW_MS = 60 * 60_000;

/** Every ten minutes. */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Starts forgetting, every ten minutes and away from the requests, the deliveries taken longer
 * ago than Slack's retry window. Each instance does it; a second clean-up finds nothing to do.
 * Stop the returned run with the adapter.
 */
export function startDeliveryPruning(ledger: InboundDeliveryLedger, clock: Clock, logger: Logger): PeriodicRun<number> {
  const pruning = new PeriodicRun(
    PRUNE_EVERY_MS,
    () => ledger.forgetBefore(new Date(clock.now().getTime() - SLACK_RETRY_WINDOW_MS)),
    (error) => {
      logger.warn({ err: error }, 'could not forget old Slack deliveries; the next clean-up tries again');
    },
  );
  pruning.start();
  return pruning;
}
