import { describe, expect, it } from 'vitest';
import { KyselyContactRepository } from '../../../src/storage/contact-repository.js';
import { KyselyReminderRepository } from '../../../src/storage/reminder-repository.js';
import type { NewReminder, Recipient } from '../../../src/domain/reminders/reminder-repository.js';
import { at, atOnce, DISCORD_T1, OTHERS, student, T2, UNICODE_TEXT, useTestDatabase } from './fixtures.js';
import { PLATFORMS } from '../../../src/core/identity.js';

const me = student('U1');

/** A reminder for the recipient, due `minutes` after the fixtures' start. */
const nudge = (recipient: Recipient, minutes: number, extra: Partial<NewReminder> = {}): NewReminder => ({
  ...recipient,
  kind: 'follow-up',
  title: `Due at ${minutes}`,
  dueAt: at(minutes),
  ...extra,
});

describe('KyselyReminderRepository: the student’s schedule', () => {
  const database = useTestDatabase();
  const reminders = () => new KyselyReminderRepository(database().db, database().dialect);

  it('stores a reminder and reads it back exactly, with numbers as numbers', async () => {
    const contact = await new KyselyContactRepository(database().db).create(me, 'Dana Lee', 'scheduled', {}, at(0));
    const details = { contactName: UNICODE_TEXT, nested: { count: 3, flag: true, list: ['a', null] } };
    const stored = await reminders().schedule(
      nudge(me, 30, { kind: 'thank-you', contactId: contact.id, title: UNICODE_TEXT, details, dedupeKey: 'thanks:dana' }),
      at(1),
    );
    const expected = {
      id: stored.id,
      tenant: me.tenant,
      userId: 'U1',
      number: 1,
      kind: 'thank-you',
      contactId: contact.id,
      title: UNICODE_TEXT,
      details,
      dueAt: at(30),
      status: 'pending',
      dedupeKey: 'thanks:dana',
      attempts: 0,
      updatedAt: at(1),
    };
    expect(stored).toEqual(expected);
    expect(await reminders().findById(me, stored.id)).toEqual(expected);
    const byNumber = await reminders().findByNumber(me, 1);
    expect(byNumber).toEqual(expected);
    expect(typeof byNumber?.number).toBe('number');
    expect(typeof byNumber?.attempts).toBe('number');
  });

  it('leaves what was not given absent, and stores no details as an empty object', async () => {
    const stored = await reminders().schedule(nudge(me, 30), at(1));
    const found = await reminders().findById(me, stored.id);
    expect(found?.details).toEqual({});
    for (const key of ['contactId', 'dedupeKey', 'lastError', 'lastDeliveryKey']) expect(found).not.toHaveProperty(key);
  });

  it('numbers each student’s reminders 1, 2, 3, separately for every student and workspace', async () => {
    const numbers = async (recipient: Recipient) => {
      const result: number[] = [];
      for (const minutes of [30, 10, 20]) result.push((await reminders().schedule(nudge(recipient, minutes), at(0))).number);
      return result;
    };
    expect(await numbers(me)).toEqual([1, 2, 3]);
    for (const other of OTHERS) expect(await numbers(other)).toEqual([1, 2, 3]);
    expect((await reminders().findByNumber(me, 2))?.dueAt).toEqual(at(10));
    expect(await reminders().findByNumber(me, 4)).toBeUndefined();
  });

  it('returns the existing reminder for a dedupe key already used by the student, even once closed', async () => {
    const first = await reminders().schedule(nudge(me, 30, { dedupeKey: 'follow-up:dana' }), at(0));
    const again = await reminders().schedule(nudge(me, 99, { dedupeKey: 'follow-up:dana', title: 'Another title' }), at(1));
    expect(again).toEqual(first);
    await reminders().close(me, first.id, 'done', at(2));
    expect(await reminders().schedule(nudge(me, 99, { dedupeKey: 'follow-up:dana' }), at(3))).toMatchObject({ id: first.id, status: 'done' });
    expect((await reminders().schedule(nudge(me, 40), at(4))).number).toBe(2);
    for (const other of OTHERS)
      expect(await reminders().schedule(nudge(other, 30, { dedupeKey: 'follow-up:dana' }), at(0))).toMatchObject({
        number: 1,
        userId: other.userId,
        tenant: other.tenant,
      });
  });

  it('lists upcoming reminders still open, soonest first (by number on a tie), up to the limit', async () => {
    const late = await reminders().schedule(nudge(me, 50), at(0));
    const closed = await reminders().schedule(nudge(me, 5), at(0));
    const tieA = await reminders().schedule(nudge(me, 20), at(0));
    const tieB = await reminders().schedule(nudge(me, 20), at(0));
    const soon = await reminders().schedule(nudge(me, 10), at(0));
    await reminders().schedule(nudge(student('U2'), 1), at(0));
    await reminders().close(me, closed.id, 'cancelled', at(1));
    expect((await reminders().upcoming(me, 10)).map((reminder) => reminder.id)).toEqual([soon.id, tieA.id, tieB.id, late.id]);
    expect((await reminders().upcoming(me, 2)).map((reminder) => reminder.id)).toEqual([soon.id, tieA.id]);
  });

  it('lists the pending reminders about one contact, soonest first', async () => {
    const contacts = new KyselyContactRepository(database().db);
    const dana = await contacts.create(me, 'Dana Lee', 'scheduled', {}, at(0));
    const sam = await contacts.create(me, 'Sam Ortiz', 'scheduled', {}, at(0));
    const later = await reminders().schedule(nudge(me, 40, { contactId: dana.id }), at(0));
    const sooner = await reminders().schedule(nudge(me, 20, { contactId: dana.id }), at(0));
    const done = await reminders().schedule(nudge(me, 10, { contactId: dana.id }), at(0));
    await reminders().schedule(nudge(me, 10, { contactId: sam.id }), at(0));
    await reminders().close(me, done.id, 'done', at(1));
    expect((await reminders().pendingForContact(me, dana.id)).map((reminder) => reminder.id)).toEqual([sooner.id, later.id]);
  });

  it('closes an open or delivered reminder once; a settled one stays as it is', async () => {
    const pending = await reminders().schedule(nudge(me, 30), at(0));
    expect(await reminders().close(me, pending.id, 'dismissed', at(1))).toBe(true);
    expect(await reminders().close(me, pending.id, 'done', at(2))).toBe(false);
    expect((await reminders().findById(me, pending.id))?.status).toBe('dismissed');
    expect(await reminders().upcoming(me, 10)).toEqual([]);

    const delivered = await reminders().schedule(nudge(me, 0), at(0));
    const claim = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    await reminders().markDelivered(claim, [delivered.id], at(2));
    expect(await reminders().close(me, delivered.id, 'done', at(3))).toBe(true);
    expect((await reminders().findById(me, delivered.id))?.status).toBe('done');
  });

  it('snoozes a reminder: pending again at the new time with its attempts reset, but not once closed', async () => {
    const reminder = await reminders().schedule(nudge(me, 0), at(0));
    const claim = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    await reminders().release(claim, [reminder.id], at(2), at(1), 'Slack said no');
    expect(await reminders().reschedule(me, reminder.id, at(120), at(3))).toBe(true);
    expect(await reminders().findById(me, reminder.id)).toMatchObject({ status: 'pending', dueAt: at(120), attempts: 0 });
    await reminders().close(me, reminder.id, 'cancelled', at(4));
    expect(await reminders().reschedule(me, reminder.id, at(200), at(5))).toBe(false);
    expect(await reminders().findById(me, reminder.id)).toMatchObject({ status: 'cancelled', dueAt: at(120) });
  });

  it('never shows or changes a reminder to anyone but its student in its workspace', async () => {
    const contact = await new KyselyContactRepository(database().db).create(me, 'Dana Lee', 'scheduled', {}, at(0));
    const mine = await reminders().schedule(nudge(me, 30, { contactId: contact.id }), at(0));
    for (const other of OTHERS) {
      expect(await reminders().findById(other, mine.id)).toBeUndefined();
      expect(await reminders().findByNumber(other, 1)).toBeUndefined();
      expect(await reminders().upcoming(other, 10)).toEqual([]);
      expect(await reminders().pendingForContact(other, contact.id)).toEqual([]);
      expect(await reminders().close(other, mine.id, 'cancelled', at(1))).toBe(false);
      expect(await reminders().reschedule(other, mine.id, at(99), at(1))).toBe(false);
    }
    expect(await reminders().findById(me, mine.id)).toEqual(mine);
  });

  it('gives concurrent schedules for one student distinct numbers, and all succeed', async () => {
    const scheduled = await atOnce(database(), 8, (index) => reminders().schedule(nudge(me, index), at(0)));
    expect(scheduled.map((reminder) => reminder.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await reminders().upcoming(me, 20)).toHaveLength(8);
  });

  it('stores one reminder when concurrent schedules share a dedupe key', async () => {
    const scheduled = await atOnce(database(), 4, () => reminders().schedule(nudge(me, 30, { dedupeKey: 'thanks:dana' }), at(0)));
    expect(new Set(scheduled.map((reminder) => reminder.id)).size).toBe(1);
    expect(await reminders().upcoming(me, 20)).toHaveLength(1);
  });
});

describe('KyselyReminderRepository: the scheduler’s claims', () => {
  const database = useTestDatabase();
  const reminders = () => new KyselyReminderRepository(database().db, database().dialect);
  const statusOf = async (id: string, recipient = me) => (await reminders().findById(recipient, id))?.status;

  it('claims and reports only reminders of the platforms asked for', async () => {
    const onSlack = await reminders().schedule(nudge(me, 2), at(0));
    const onDiscord = await reminders().schedule(nudge(student('U1', DISCORD_T1), 1), at(0));
    expect(await reminders().nextDueAt(['slack'])).toEqual(onSlack.dueAt);
    expect(await reminders().nextDueAt(['console'])).toBeUndefined();
    const claim = await reminders().claimDue(at(10), at(15), 10, ['discord']);
    expect(claim.reminders.map((reminder) => reminder.id)).toEqual([onDiscord.id]);
    expect((await reminders().claimDue(at(10), at(15), 10, [])).reminders).toEqual([]);
    expect(await statusOf(onSlack.id)).toBe('pending');
  });

  it('claims only due reminders of every workspace, in due order, up to the limit, under a lease', async () => {
    const third = await reminders().schedule(nudge(me, 8), at(0));
    const first = await reminders().schedule(nudge(student('U1', T2), 2), at(0));
    const second = await reminders().schedule(nudge(student('U2'), 5), at(0));
    const future = await reminders().schedule(nudge(me, 11), at(0));
    const closed = await reminders().schedule(nudge(me, 1), at(0));
    await reminders().close(me, closed.id, 'done', at(0));

    const claim = await reminders().claimDue(at(10), at(15), 2, PLATFORMS);
    expect(claim.reminders.map((reminder) => reminder.id).sort()).toEqual([first.id, second.id].sort());
    expect(claim.reminders.find((reminder) => reminder.id === first.id)).toMatchObject({ tenant: T2, userId: 'U1', status: 'claimed', dueAt: at(15) });
    const rest = await reminders().claimDue(at(10), at(15), 10, PLATFORMS);
    expect(rest.reminders.map((reminder) => reminder.id)).toEqual([third.id]);
    expect(rest.token).not.toBe(claim.token);
    expect(await statusOf(future.id)).toBe('pending');
    expect(await statusOf(closed.id)).toBe('done');
  });

  it('returns the claimed reminders in due order', async () => {
    const ids: string[] = [];
    for (const minutes of [9, 3, 7, 1, 5]) ids[minutes] = (await reminders().schedule(nudge(student(`U${minutes}`), minutes), at(0))).id;
    const claim = await reminders().claimDue(at(10), at(15), 10, PLATFORMS);
    expect(claim.reminders.map((reminder) => reminder.id)).toEqual([ids[1], ids[3], ids[5], ids[7], ids[9]]);
  });

  it('gives a claimed reminder to no one else until its lease ends, then claims it again', async () => {
    const reminder = await reminders().schedule(nudge(me, 0), at(0));
    const first = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    expect(first.reminders).toHaveLength(1);
    expect((await reminders().claimDue(at(2), at(6), 10, PLATFORMS)).reminders).toEqual([]);
    expect((await reminders().claimDue(at(4), at(8), 10, PLATFORMS)).reminders).toEqual([]);
    expect(await reminders().nextDueAt(PLATFORMS)).toEqual(at(5));
    const second = await reminders().claimDue(at(5), at(9), 10, PLATFORMS);
    expect(second.reminders.map((claimed) => claimed.id)).toEqual([reminder.id]);
    expect(second.token).not.toBe(first.token);
  });

  it('tells when the next open reminder or lease falls due', async () => {
    expect(await reminders().nextDueAt(PLATFORMS)).toBeUndefined();
    const closed = await reminders().schedule(nudge(me, 3), at(0));
    await reminders().close(me, closed.id, 'cancelled', at(0));
    expect(await reminders().nextDueAt(PLATFORMS)).toBeUndefined();
    await reminders().schedule(nudge(student('U2', T2), 40), at(0));
    await reminders().schedule(nudge(me, 20), at(0));
    expect(await reminders().nextDueAt(PLATFORMS)).toEqual(at(20));
  });

  it('records a delivery only while the claim is ours, keeping the token as the delivery key', async () => {
    const reminder = await reminders().schedule(nudge(me, 0), at(0));
    const stale = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    const current = await reminders().claimDue(at(6), at(10), 10, PLATFORMS);
    await reminders().markDelivered(stale, [reminder.id], at(7));
    expect(await statusOf(reminder.id)).toBe('claimed');
    await reminders().markDelivered(current, [reminder.id], at(8));
    expect(await reminders().findById(me, reminder.id)).toMatchObject({ status: 'delivered', lastDeliveryKey: current.token });
    expect(await reminders().upcoming(me, 10)).toEqual([]);
    await reminders().markDelivered(current, [reminder.id], at(9));
    expect(await reminders().claimDue(at(60), at(65), 10, PLATFORMS)).toMatchObject({ reminders: [] });
  });

  it('waits out an outage without counting attempts, keeping when it began until the delivery', async () => {
    const reminder = await reminders().schedule(nudge(me, 0), at(0));
    const outage = (claim: { token: string }, now: number, next: number) =>
      reminders().record([{ kind: 'released', token: claim.token, ids: [reminder.id], dueAt: at(next), error: 'slack: 503', unreachable: true }], at(now));
    await outage(await reminders().claimDue(at(1), at(5), 10, PLATFORMS), 2, 3);
    await outage(await reminders().claimDue(at(3), at(8), 10, PLATFORMS), 4, 20);
    expect(await reminders().findById(me, reminder.id)).toMatchObject({ status: 'pending', attempts: 0, unreachableSince: at(2), lastError: 'slack: 503' });
    const back = await reminders().claimDue(at(20), at(25), 10, PLATFORMS);
    expect(back.reminders[0]?.unreachableSince).toEqual(at(2));
    await reminders().markDelivered(back, [reminder.id], at(21));
    expect((await reminders().findById(me, reminder.id))?.unreachableSince).toBeUndefined();
  });

  it('gives a later delivery (after a snooze) a new delivery key', async () => {
    const reminder = await reminders().schedule(nudge(me, 0), at(0));
    const first = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    await reminders().markDelivered(first, [reminder.id], at(2));
    await reminders().reschedule(me, reminder.id, at(30), at(3));
    expect(await reminders().findById(me, reminder.id)).toMatchObject({ status: 'pending', lastDeliveryKey: first.token });
    const second = await reminders().claimDue(at(30), at(35), 10, PLATFORMS);
    await reminders().markDelivered(second, [reminder.id], at(31));
    expect((await reminders().findById(me, reminder.id))?.lastDeliveryKey).toBe(second.token);
    expect(second.token).not.toBe(first.token);
  });

  it('releases claimed reminders to a new time, counting an attempt only for an error, while the claim is ours', async () => {
    const quiet = await reminders().schedule(nudge(me, 0), at(0));
    const failing = await reminders().schedule(nudge(me, 0), at(0));
    const claim = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    await reminders().release(claim, [quiet.id], at(600), at(2));
    await reminders().release(claim, [failing.id], at(20), at(2), 'rate limited');
    expect(await reminders().findById(me, quiet.id)).toMatchObject({ status: 'pending', dueAt: at(600), attempts: 0 });
    expect(await reminders().findById(me, quiet.id)).not.toHaveProperty('lastError');
    expect(await reminders().findById(me, failing.id)).toMatchObject({ status: 'pending', dueAt: at(20), attempts: 1, lastError: 'rate limited' });

    const again = await reminders().claimDue(at(20), at(25), 10, PLATFORMS);
    await reminders().release(claim, [failing.id], at(99), at(21), 'stale claim');
    expect(await reminders().findById(me, failing.id)).toMatchObject({ status: 'claimed', dueAt: at(25), attempts: 1 });
    await reminders().release(again, [failing.id], at(40), at(21), 'still limited');
    expect(await reminders().findById(me, failing.id)).toMatchObject({ status: 'pending', dueAt: at(40), attempts: 2, lastError: 'still limited' });
  });

  it('marks claimed reminders undeliverable while the claim is ours, and never claims them again', async () => {
    const reminder = await reminders().schedule(nudge(me, 0), at(0));
    const stale = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    const current = await reminders().claimDue(at(5), at(10), 10, PLATFORMS);
    await reminders().markUndeliverable(stale, [reminder.id], 'stale', at(6));
    expect(await statusOf(reminder.id)).toBe('claimed');
    await reminders().markUndeliverable(current, [reminder.id], 'DMs closed', at(6));
    expect(await reminders().findById(me, reminder.id)).toMatchObject({ status: 'undeliverable', lastError: 'DMs closed' });
    expect((await reminders().claimDue(at(600), at(605), 10, PLATFORMS)).reminders).toEqual([]);
    expect(await reminders().nextDueAt(PLATFORMS)).toBeUndefined();
  });

  it('settles only the reminders named, and nothing for an empty list', async () => {
    const one = await reminders().schedule(nudge(me, 0), at(0));
    const two = await reminders().schedule(nudge(me, 0), at(0));
    const claim = await reminders().claimDue(at(1), at(5), 10, PLATFORMS);
    await reminders().markDelivered(claim, [], at(2));
    await reminders().release(claim, [], at(2), at(2), 'nothing');
    await reminders().markUndeliverable(claim, [], 'nothing', at(2));
    expect([await statusOf(one.id), await statusOf(two.id)]).toEqual(['claimed', 'claimed']);
    await reminders().markDelivered(claim, [two.id], at(2));
    expect([await statusOf(one.id), await statusOf(two.id)]).toEqual(['claimed', 'delivered']);
  });

  it('never gives the same reminder to two claims running at once', async () => {
    for (let index = 0; index < 12; index++) await reminders().schedule(nudge(student(`U${index % 3}`), index), at(0));
    const claims = await atOnce(database(), 4, () => reminders().claimDue(at(20), at(25), 5, PLATFORMS));
    const ids = claims.flatMap((claim) => claim.reminders.map((reminder) => reminder.id));
    expect(new Set(ids).size).toBe(ids.length);
    const left = await reminders().claimDue(at(20), at(25), 20, PLATFORMS);
    expect(ids.length + left.reminders.length).toBe(12);
  });
});
