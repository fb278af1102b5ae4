import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { GAVE_UP_NOTICE, ReminderScheduler } from '../../src/scheduler/reminder-scheduler.js';
import { MAX_DELIVERY_ATTEMPTS } from '../../src/scheduler/retry-policy.js';
import { composeNudges } from '../../commands/remind/nudge-reply.js';
import { Harness, TEST_TENANT } from '../support/harness.js';
import { RecordingMessenger } from '../support/recording-messenger.js';
import { captureLogger } from '../support/capture-logger.js';
import { PLATFORMS } from '../../src/core/identity.js';
import { passTime } from '../../src/scheduler/simulated-time.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('ReminderScheduler', () => {
  let harness: Harness;
  // Monday 23 November 2026, 09:00 in Toronto (14:00 UTC): outside quiet hours.
  beforeEach(async () => {
    harness = await Harness.create({ start: new Date('2026-11-23T14:00:00Z') });
    await harness.as('ana').send('/help');
    await harness.as('ben').send('/help');
  });
  afterEach(() => harness.close());

  const schedule = (userId: string, title: string, dueAt: Date, kind = 'custom') =>
    harness.services.reminders.schedule({ tenant: TEST_TENANT, userId, kind, title, details: { text: title }, dueAt }, harness.clock.now());

  it('delivers a reminder once when it falls due, and never before', async () => {
    await schedule('ana', 'call back Sam', new Date('2026-11-23T15:00:00Z'));
    await harness.advance(30 * MINUTE);
    expect(harness.inbox.deliveries).toHaveLength(0);
    await harness.advance(30 * MINUTE);
    expect(harness.dms('ana')).toHaveLength(1);
    expect(harness.dms('ana')[0]?.text).toContain('call back Sam');
    await harness.advance(3 * 24 * HOUR);
    expect(harness.inbox.deliveries).toHaveLength(1);
  });

  it('sends one message per student for reminders due together', async () => {
    const due = new Date('2026-11-23T14:30:00Z');
    await schedule('ana', 'first thing', due);
    await schedule('ana', 'second thing', due);
    await schedule('ben', 'ben thing', due);
    await harness.advance(HOUR);
    expect(harness.dms('ana')).toHaveLength(1);
    expect(harness.dms('ana')[0]?.text).toContain('2 reminders for you');
    expect(harness.dms('ana')[0]?.text).toMatch(/first thing[\s\S]*second thing/);
    expect(harness.dms('ben')).toHaveLength(1);
  });

  it("holds a nudge due in quiet hours until they end, in the student's zone", async () => {
    // 03:00 in Toronto on Tuesday is 08:00 UTC.
    await schedule('ana', 'night owl', new Date('2026-11-24T08:00:00Z'));
    await harness.advance(18 * HOUR); // Tuesday 03:00 local
    expect(harness.inbox.deliveries).toHaveLength(0);
    await harness.advance(4 * HOUR + 59 * MINUTE); // 07:59 local
    expect(harness.inbox.deliveries).toHaveLength(0);
    await harness.advance(MINUTE); // 08:00 local
    expect(harness.dms('ana')).toHaveLength(1);
  });

  it("respects each student's own quiet hours", async () => {
    await harness.services.users.setQuietHours(TEST_TENANT, 'ana', { start: '09:00', end: '12:00' });
    await schedule('ana', 'mid-morning', new Date('2026-11-23T14:30:00Z'));
    await harness.advance(HOUR);
    expect(harness.inbox.deliveries).toHaveLength(0);
    await harness.advance(2 * HOUR);
    expect(harness.dms('ana')).toHaveLength(1);
  });

  it('retries a failed delivery with backoff, with the same idempotency key', async () => {
    await schedule('ana', 'retry me', new Date('2026-11-23T14:00:00Z'));
    harness.inbox.failNext(2);
    await harness.scheduler.runDue();
    expect(harness.inbox.deliveries).toHaveLength(0);
    await harness.advance(30_000);
    expect(harness.inbox.attempts).toHaveLength(1);
    await harness.advance(MINUTE);
    expect(harness.inbox.attempts).toHaveLength(2);
    await harness.advance(5 * MINUTE);
    expect(harness.inbox.deliveries).toHaveLength(1);
    const keys = new Set(harness.inbox.attempts.map((attempt) => attempt.idempotencyKey));
    expect(keys.size).toBe(1);
  });

  it('records a permanent failure and tells the student next time they use Rapport', async () => {
    const reminder = await schedule('ana', 'unreachable', new Date('2026-11-23T14:00:00Z'));
    harness.inbox.failNext(1, true, 'Open your DMs, please.');
    await harness.scheduler.runDue();
    expect((await harness.services.reminders.findById({ tenant: TEST_TENANT, userId: 'ana' }, reminder.id))?.status).toBe('undeliverable');
    const next = await harness.as('ana').send('/help');
    expect(next.list[0]?.visibility).toBe('ephemeral');
    expect(next.text).toContain('Open your DMs, please.');
    expect((await harness.as('ana').send('/help')).text).not.toContain('Open your DMs');
  });

  it("gives up after the last retry of a failure that is neither an outage nor the student's settings, without asking them to open their DMs", async () => {
    await schedule('ana', 'flaky', new Date('2026-11-23T14:00:00Z'));
    harness.inbox.failNext(100);
    for (let step = 0; step < 24; step++) await harness.advance(5 * HOUR);
    expect(harness.inbox.attempts).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    const next = (await harness.as('ana').send('/help')).text;
    expect(next).toContain(GAVE_UP_NOTICE.slice(0, 40));
    expect(next).not.toContain('allowed');
  });

  it('takes over a crashed claim after its lease, delivering exactly once', async () => {
    await schedule('ana', 'orphaned', new Date('2026-11-23T14:00:00Z'));
    // A process claims the reminder and dies before delivering it.
    const now = harness.clock.now();
    const claim = await harness.services.reminders.claimDue(now, new Date(now.getTime() + 5 * MINUTE), 10, PLATFORMS);
    expect(claim.reminders).toHaveLength(1);
    await harness.scheduler.runDue();
    expect(harness.inbox.deliveries).toHaveLength(0);
    await harness.advance(5 * MINUTE);
    expect(harness.dms('ana')).toHaveLength(1);
    // The dead process's late settlement does not disturb the delivered state.
    await harness.services.reminders.release(claim, [claim.reminders[0]!.id], harness.clock.now(), harness.clock.now());
    await harness.advance(HOUR);
    expect(harness.inbox.deliveries).toHaveLength(1);
  });

  it('leaves reminders of platforms this process does not serve to the process that does', async () => {
    await harness.services.reminders.schedule(
      { tenant: { platform: 'slack', workspaceId: 'T1' }, userId: 'U1', kind: 'custom', title: 'slack one', dueAt: harness.clock.now() },
      harness.clock.now(),
    );
    await harness.scheduler.runDue();
    const slack = new RecordingMessenger();
    const slackScheduler = new ReminderScheduler({
      reminders: harness.services.reminders,
      users: harness.services.users,
      clock: harness.clock,
      logger: silentLogger(),
      messengers: new Map([['slack', slack]]),
      compose: (reminders, zone) => composeNudges(reminders, zone, harness.services.settings, harness.clock.now()),
      defaultTimezone: 'UTC',
    });
    await slackScheduler.runDue();
    expect(harness.inbox.deliveries).toHaveLength(0);
    expect(slack.deliveries.map((delivery) => delivery.userId)).toEqual(['U1']);
  });

  it('is not held up by more due reminders of another platform than one claim takes', async () => {
    const slackTenant = { platform: 'slack' as const, workspaceId: 'T1' };
    const earlier = new Date(harness.clock.now().getTime() - HOUR);
    for (let index = 0; index < 250; index++) {
      await harness.services.reminders.schedule({ tenant: slackTenant, userId: `U${index}`, kind: 'custom', title: 'slack one', dueAt: earlier }, earlier);
    }
    await harness.as('ana').send('/remind "call back Sam" in 1 minute');
    await harness.advance(2 * 60_000);
    expect(harness.dms('ana').map((dm) => dm.text)).toEqual([expect.stringContaining('call back Sam')]);
    expect(await harness.services.reminders.upcoming({ tenant: slackTenant, userId: 'U0' }, 5)).toMatchObject([{ status: 'pending', dueAt: earlier }]);
  });

  it('delivers the rest of a claim when planning after a delivery fails, and logs each failure', async () => {
    const due = harness.clock.now();
    for (let index = 0; index < 20; index++) {
      await harness.services.reminders.schedule(
        { tenant: TEST_TENANT, userId: `s${index}`, kind: 'custom', title: `call ${index}`, details: { text: `call ${index}` }, dueAt: due },
        due,
      );
      await harness.services.users.setQuietHours(TEST_TENANT, `s${index}`, undefined);
    }
    const inbox = new RecordingMessenger();
    const { logger, lines } = captureLogger();
    const scheduler = new ReminderScheduler({
      reminders: harness.services.reminders,
      users: harness.services.users,
      clock: harness.clock,
      logger,
      messengers: new Map([['console', inbox]]),
      compose: (reminders, zone) => composeNudges(reminders, zone, harness.services.settings, harness.clock.now()),
      afterDelivered: () => Promise.reject(new Error('planning is down')),
      defaultTimezone: 'America/Toronto',
    });
    expect((await scheduler.runDue()).delivered).toBe(20);
    expect(inbox.deliveries).toHaveLength(20);
    expect(lines().filter((line) => line.msg === 'planning after delivery failed')).toHaveLength(20);
  });

  it('joins a run already in progress rather than delivering twice', async () => {
    await schedule('ana', 'once only', harness.clock.now());
    await Promise.all([harness.scheduler.runDue(), harness.scheduler.runDue(), harness.scheduler.runDue()]);
    expect(harness.inbox.deliveries).toHaveLength(1);
  });

  it('works through a backlog larger than one claim, one message per student', async () => {
    const small = new ReminderScheduler({
      reminders: harness.services.reminders,
      users: harness.services.users,
      clock: harness.clock,
      logger: silentLogger(),
      messengers: new Map([['console', harness.inbox]]),
      compose: (reminders, zone) => composeNudges(reminders, zone, harness.services.settings, harness.clock.now()),
      defaultTimezone: 'America/Toronto',
      batchSize: 3,
    });
    for (let index = 0; index < 7; index++) await schedule(index % 2 === 0 ? 'ana' : 'ben', `task ${index}`, new Date('2026-11-23T10:00:00Z'));
    const summary = await small.runDue();
    expect(summary.delivered).toBe(7);
    expect(harness.inbox.deliveries.flatMap((delivery) => delivery.replies)).toHaveLength(harness.inbox.deliveries.length);
  });

  it('lets simulated time pass, delivering each nudge at the moment it would have arrived', async () => {
    const deliveredAt: string[] = [];
    const original = harness.inbox.deliver.bind(harness.inbox);
    harness.inbox.deliver = (recipient, replies, key) => {
      deliveredAt.push(harness.clock.now().toISOString());
      return original(recipient, replies, key);
    };
    await schedule('ana', 'tuesday lunch', new Date('2026-11-24T17:00:00Z')); // Tue 12:00 Toronto
    await schedule('ana', 'wednesday night', new Date('2026-11-26T04:00:00Z')); // Wed 23:00 Toronto: quiet
    await passTime(new Date('2026-11-27T14:00:00Z'), harness.clock, [harness.scheduler]);
    expect(deliveredAt).toEqual(['2026-11-24T17:00:00.000Z', '2026-11-26T13:00:00.000Z']); // the second at Thu 08:00
    expect(harness.clock.now().toISOString()).toBe('2026-11-27T14:00:00.000Z');
  });
});
