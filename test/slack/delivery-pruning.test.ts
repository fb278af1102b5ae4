import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/logger.js';
import type { PeriodicRun } from '../../src/scheduler/periodic-run.js';
import { KyselyInboundDeliveryLedger } from '../../src/storage/inbound-deliveries.js';
import { SLACK_RETRY_WINDOW_MS, startDeliveryPruning } from '../../adapters/slack/delivery-pruning.js';
import { useTestDatabase } from '../support/use-test-database.js';

describe('Slack delivery pruning', () => {
  const database = useTestDatabase();
  let pruning: PeriodicRun<number> | undefined;
  afterEach(async () => {
    await pruning?.stop();
  });

  it('forgets what is past Slack’s retry window by the clock, and keeps what a retry could still repeat', async () => {
    const now = new Date('2026-11-23T15:00:00Z');
    const ledger = new KyselyInboundDeliveryLedger(database().db);
    await ledger.firstSeen('slack:past-window', new Date(now.getTime() - SLACK_RETRY_WINDOW_MS - 1));
    await ledger.firstSeen('slack:last-retry-due', new Date(now.getTime() - 30 * 60_000));
    pruning = startDeliveryPruning(ledger, new ManualClock(now), silentLogger());
    expect(await pruning.runNow()).toBe(1);
    expect(await ledger.firstSeen('slack:last-retry-due', now)).toBe(false);
    expect(await ledger.firstSeen('slack:past-window', now)).toBe(true);
  });
});
