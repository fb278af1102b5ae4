import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeNudges } from '../../commands/remind/nudge-reply.js';
import type { Reply } from '../../src/core/reply.js';
import type { DeliveryContext, DeliveryOutcome, DirectMessenger } from '../../src/core/direct-messenger.js';
import { ReminderScheduler } from '../../src/scheduler/reminder-scheduler.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { captureLogger } from '../support/capture-logger.js';
import { Harness, TEST_TENANT } from '../support/harness.js';

/** One call a scripted messenger received. */
interface Call {
  readonly userId: string;
  readonly key: string;
  readonly context: DeliveryContext | undefined;
}

/** A messenger whose answer for each person is scripted; everyone else is delivered to. */
class ScriptedMessenger implements DirectMessenger {
  readonly platformName = 'The scripted platform';
  readonly calls: Call[] = [];
  readonly script = new Map<string, (call: Call) => Promise<DeliveryOutcome>>();

  deliver(recipient: Recipient, _replies: readonly Reply[], key: string, context?: DeliveryContext): Promise<DeliveryOutcome> {
    const call = { userId: recipient.userId, key, context };
    this.calls.push(call);
    return this.script.get(recipient.userId)?.(call) ?? Promise.resolve({ ok: true });
  }

  to(userId: string): Call[] {
    return this.calls.filter((call) => call.userId === userId);
  }
}

const MINUTE = 60_000;

describe('ReminderScheduler through faults', () => {
  let harness: Harness;
  let messenger: ScriptedMessenger;
  let capture: ReturnType<typeof captureLogger>;
  const students = ['s0', 's1', 's2', 's3', 's4', 's5'];

  beforeEach(async () => {
    harness = await Harness.create({ start: new Date('2026-11-23T14:00:00Z') });
    messenger = new ScriptedMessenger();
    capture = captureLogger();
    for (const userId of students) {
      await harness.services.reminders.schedule(
        { tenant: TEST_TENANT, userId, kind: 'custom', title: `call ${userId}`, details: { text: `call ${userId}` }, dueAt: harness.clock.now() },
        harness.clock.now(),
      );
      await harness.services.users.recordActivity({ tenant: TEST_TENANT, userId, displayName: userId, roles: ['member'] }, harness.clock.now());
      await harness.services.users.setQuietHours(TEST_TENANT, userId, { start: '00:00', end: '00:00' });
    }
  });
  afterEach(() => harness.close());

  const scheduler = (deliveryTimeoutMs = 30_000) =>
    new ReminderScheduler({
      reminders: harness.services.reminders,
      users: harness.services.users,
      clock: harness.clock,
      logger: capture.logger,
      messengers: new Map([['console', messenger]]),
      compose: (reminders, zone) => {
        if (reminders.some((reminder) => reminder.title === 'call s5' && reminder.details.explode === true)) throw new Error('cannot compose this one');
        return composeNudges(reminders, zone, harness.services.settings, harness.clock.now());
      },
      defaultTimezone: 'UTC',
      deliveryTimeoutMs,
    });
  const reminderOf = async (userId: string) => (await harness.services.reminders.findByNumber({ tenant: TEST_TENANT, userId }, 1))!;

  it('records each delivery before it goes out, so a delivery whose outcome was lost is retried under the same key, flagged as perhaps arrived', async () => {
    const before: (string | undefined)[] = [];
    messenger.script.set('s1', async () => {
      before.push((await reminderOf('s1')).sendingKey);
      throw new Error('socket hang up');
    });
    const first = await scheduler().runDue();
    expect(first).toMatchObject({ delivered: 5, retried: 1 });
    const [attempt] = messenger.to('s1');
    expect(before).toEqual([attempt?.key]);
    expect(attempt?.context?.maybeSentBefore).toBe(false);
    expect(await reminderOf('s1')).toMatchObject({ status: 'pending', sendingKey: attempt?.key, attempts: 1 });
    expect(await reminderOf('s0')).toMatchObject({ status: 'delivered' });
    expect((await reminderOf('s0')).sendingKey).toBeUndefined();

    messenger.script.delete('s1');
    harness.clock.advance(2 * MINUTE);
    expect(await scheduler().runDue()).toMatchObject({ delivered: 1 });
    const [, again] = messenger.to('s1');
    expect(again).toMatchObject({ key: attempt?.key, context: { maybeSentBefore: true } });
    expect(again?.context?.notBefore).toBeUndefined();
    expect(await reminderOf('s1')).toMatchObject({ status: 'delivered' });
  });

  it('tells the messenger when the reminders were last delivered, so an earlier message about them is not taken for this delivery', async () => {
    expect(await scheduler().runDue()).toMatchObject({ delivered: 6 });
    const deliveredAt = harness.clock.now();
    const snoozed = await reminderOf('s3');
    await harness.services.reminders.reschedule({ tenant: TEST_TENANT, userId: 's3' }, snoozed.id, new Date(deliveredAt.getTime() + 10 * MINUTE), deliveredAt);
    harness.clock.advance(10 * MINUTE);
    expect(await scheduler().runDue()).toMatchObject({ delivered: 1 });
    const [first, second] = messenger.to('s3');
    expect(first?.context?.notBefore).toBeUndefined();
    expect(second?.context?.notBefore).toEqual(deliveredAt);
    expect(second?.key).not.toBe(first?.key);
  });

  it('waits out a rate limit without counting it as an attempt, while the other students are delivered', async () => {
    messenger.script.set('s2', () => Promise.resolve({ ok: false, permanent: false, reason: 'rate limited', retryAfterMs: 40_000, maybeSent: false }));
    expect(await scheduler().runDue()).toMatchObject({ delivered: 5, deferred: 1 });
    const limited = await reminderOf('s2');
    expect(limited).toMatchObject({ status: 'pending', attempts: 0, dueAt: new Date(harness.clock.now().getTime() + 40_000) });
    expect(limited.sendingKey).toBeUndefined();
  });

  it('gives up on a hung delivery after its own timeout, without holding up anyone else', async () => {
    messenger.script.set(
      's3',
      (call) =>
        new Promise<DeliveryOutcome>((resolve) =>
          call.context?.signal.addEventListener('abort', () => {
            resolve({ ok: false, permanent: false, reason: 'aborted', maybeSent: true });
          }),
        ),
    );
    const deliveredAt = new Map<string, number>();
    const started = performance.now();
    messenger.script.set('s4', () => {
      deliveredAt.set('s4', performance.now() - started);
      return Promise.resolve({ ok: true });
    });
    expect(await scheduler(300).runDue()).toMatchObject({ delivered: 5, retried: 1 });
    expect(deliveredAt.get('s4')).toBeLessThan(300);
    expect(await reminderOf('s3')).toMatchObject({ status: 'pending', attempts: 1, sendingKey: messenger.to('s3')[0]?.key });
  });

  it('takes a delivery with no answer within its timeout for an outage: retried soon, no attempt counted, its start kept', async () => {
    messenger.script.set('s2', () => new Promise<DeliveryOutcome>(() => undefined));
    expect(await scheduler(200).runDue()).toMatchObject({ delivered: 5, retried: 1 });
    const waiting = await reminderOf('s2');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0, unreachableSince: harness.clock.now(), lastError: 'no answer within 0.2 s' });
    expect(waiting.dueAt).toEqual(new Date(harness.clock.now().getTime() + MINUTE));
  });

  it('sets aside a row whose details are not JSON and one that cannot be composed, logging each once, and delivers the rest', async () => {
    await harness.database.db.updateTable('reminders').set({ details: '{not json' }).where('user_id', '=', 's4').execute();
    await harness.database.db.updateTable('reminders').set({ details: '{"explode":true}' }).where('user_id', '=', 's5').execute();
    const runs = [];
    for (let run = 0; run < 4; run++) {
      runs.push(await scheduler().runDue());
      harness.clock.advance(20 * MINUTE);
    }
    expect(runs[0]).toMatchObject({ delivered: 4, failed: 1, retried: 1 });
    expect(messenger.calls.map((call) => call.userId).sort()).toEqual(['s0', 's1', 's2', 's3']);
    expect(await reminderOf('s4')).toMatchObject({ status: 'failed' });
    expect((await reminderOf('s4')).lastError).toContain('not a JSON object');
    expect(await reminderOf('s5')).toMatchObject({ status: 'failed', lastError: 'cannot compose this one', attempts: 2 });
    expect(capture.lines().filter((line) => String(line.msg).startsWith('nudge set aside'))).toHaveLength(2);
    expect(
      capture
        .lines()
        .filter((line) => String(line.msg).startsWith('nudges set aside'))
        .map((line) => line.setAsideInAll),
    ).toEqual([1, 2]);
    expect(await harness.services.reminders.countFailed(['console'])).toBe(2);
    expect(await harness.services.reminders.upcoming({ tenant: TEST_TENANT, userId: 's4' }, 5)).toEqual([]);
  });

  it('falls back to the default zone for a stored zone this runtime does not know', async () => {
    await harness.database.db.updateTable('users').set({ platform_timezone: 'Mars/Olympus_Mons' }).where('user_id', '=', 's0').execute();
    expect(await scheduler().runDue()).toMatchObject({ delivered: 6 });
  });

  it('keeps the DM channel a delivery opened, and hands it to the next delivery', async () => {
    messenger.script.set('s0', (call) => Promise.resolve({ ok: true, ...(call.context?.dmChannelId === undefined ? { dmChannelId: 'D-s0' } : {}) }));
    await scheduler().runDue();
    expect((await harness.services.users.find(TEST_TENANT, 's0'))?.dmChannelId).toBe('D-s0');
    await harness.services.reminders.schedule(
      { tenant: TEST_TENANT, userId: 's0', kind: 'custom', title: 'again', details: { text: 'again' }, dueAt: harness.clock.now() },
      harness.clock.now(),
    );
    await scheduler().runDue();
    expect(messenger.to('s0').map((call) => call.context?.dmChannelId)).toEqual([undefined, 'D-s0']);
  });
});
