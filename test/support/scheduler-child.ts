/**
 * A real Rapport scheduler process, for crash and multi-instance tests and the scheduler
 * benchmark. It opens the database the environment names (DATABASE_URL or DATABASE_PATH),
 * delivers due reminders to a messenger that appends `user key` per message to DELIVERY_LOG (if
 * set), prints a JSON summary and exits. With DIGEST_LOG set it also posts due cohort digests,
 * appending `cohort key` per post there.
 * - UNTIL_IDLE=1: keeps going until nothing is due or leased, waiting out other processes'
 *   leases (so it takes over a crashed instance's work); reminders due later than a lease from
 *   now are left for later. Otherwise one run.
 * - HANG_AFTER=n: after n messages it prints "hanging" and freezes inside the next delivery
 *   (the whole process stops, as a stuck one would: no timeout of its own runs), holding its
 *   claim, so the test can kill it at exactly that point.
 * - LEASE_MS: the claim's lease (default 300 ms).
 * - START_AT: epoch milliseconds to wait for before working, so several processes start together.
 * - CLOCK_AHEAD_MS: runs with its clock this far ahead of the system's, as a process started that
 *   much later would (so a test need not wait for a lease to run out).
 */
import { appendFileSync } from 'node:fs';
import { loadConfig } from '../../src/config.js';
import { OffsetClock } from '../../src/core/clock.js';
import { DEFAULT_CADENCE } from '../../src/domain/reminders/cadence-settings.js';
import { silentLogger } from '../../src/logger.js';
import type { ChannelMessenger } from '../../src/core/channel-messenger.js';
import type { DirectMessenger } from '../../src/core/direct-messenger.js';
import { createDigestService } from '../../src/app/digest-service.js';
import { createNudgeService } from '../../src/app/nudge-service.js';
import { createServices } from '../../src/app/create-services.js';
import { openDatabase } from '../../src/storage/open-database.js';

const {
  DELIVERY_LOG: log,
  DIGEST_LOG: digestLog,
  HANG_AFTER: hangAfter,
  LEASE_MS: lease = '300',
  UNTIL_IDLE: untilIdle,
  START_AT: startAt = '0',
  CLOCK_AHEAD_MS: clockAhead = '0',
} = process.env;
const clock = new OffsetClock();
clock.advance(Number(clockAhead));
const database = await openDatabase(loadConfig().database);
const services = createServices(database, { defaultTimezone: 'UTC', cadence: DEFAULT_CADENCE });
let handedOver = 0;
const messenger: DirectMessenger = {
  platformName: 'The child process',
  deliver: (recipient, _replies, key) => {
    if (hangAfter !== undefined && handedOver >= Number(hangAfter)) {
      process.stdout.write('hanging\n'); // written at once: stdout is a pipe
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // frozen, mid-delivery, until killed
      return new Promise(() => undefined);
    }
    handedOver++;
    if (log !== undefined) appendFileSync(log, `${recipient.userId} ${key}\n`);
    return Promise.resolve({ ok: true });
  },
};
const scheduler = createNudgeService({
  services,
  clock,
  logger: silentLogger(),
  messengers: new Map([['console', messenger]]),
  tuning: { leaseMs: Number(lease) },
});
const channel: ChannelMessenger = {
  post: (conversation, _message, _thread, key) => {
    if (digestLog !== undefined) appendFileSync(digestLog, `${conversation.channelId} ${key}\n`);
    return Promise.resolve({ ok: true });
  },
};
const digests = createDigestService({ services, clock, logger: silentLogger(), channels: new Map([['console', channel]]) });

await new Promise((resolve) => setTimeout(resolve, Math.max(Number(startAt) - Date.now(), 0)));
const started = performance.now();
let delivered = 0;
let posted = 0;
for (;;) {
  if (digestLog !== undefined) posted += await digests.runDue();
  delivered += (await scheduler.runDue()).delivered;
  // Done when nothing is due, nor held under a lease that may yet run out: later work is not ours.
  const next = untilIdle === '1' ? await scheduler.nextDueAt() : undefined;
  if (next === undefined || next.getTime() > Date.now() + Number(lease)) break;
  await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(next.getTime() - Date.now(), 10), 50)));
}
const summary = { delivered, handedOver, posted, ms: Math.round(performance.now() - started), rssMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
process.stdout.write(`${JSON.stringify(summary)}\n`);
await database.close();
