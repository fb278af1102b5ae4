import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '../../../src/domain/journal/events.js';
import {
  AUTOMATIC_NUDGE_KINDS,
  DEFAULT_CADENCE,
  keepInTouchNudge,
  mergeCadence,
  nextKeepInTouch,
  nudgesForEvent,
  shouldCancel,
} from '../../../src/domain/reminders/cadence.js';
import type { CadenceContext, NudgePlan, PlannedNudge } from '../../../src/domain/reminders/cadence.js';
import { local, wall, withOffset } from './time-helpers.js';

const NY = 'America/New_York';
const NOW = local('2026-11-02T10:00', NY); // a Monday
const ctx: CadenceContext = { now: NOW, zone: NY, settings: DEFAULT_CADENCE };
const who = { contactId: 'c1', contactName: 'Sam Rivera' };

function summary(plan: NudgePlan, zone = NY): [string, string][] {
  return plan.schedule.map((nudge) => [nudge.kind, wall(nudge.dueAt, zone)]);
}

const REQUEST_KINDS = ['request-follow-up', 'request-last-follow-up', 'mark-no-response'];

describe('nudgesForEvent: request-sent', () => {
  it('plans the follow-up, last follow-up and no-response offer at 09:00 on days 7, 14, 21', () => {
    const plan = nudgesForEvent({ ...who, type: 'request-sent', at: NOW }, ctx);
    expect(summary(plan)).toEqual([
      ['request-follow-up', '2026-11-09T09:00'],
      ['request-last-follow-up', '2026-11-16T09:00'],
      ['mark-no-response', '2026-11-23T09:00'],
    ]);
    expect(plan.cancelKinds).toEqual(REQUEST_KINDS);
    expect(plan.contactId).toBe('c1');
    expect(plan.schedule.map((n) => n.dedupeKey)).toEqual([
      'request-follow-up:c1:20261102T1500Z',
      'request-last-follow-up:c1:20261102T1500Z',
      'mark-no-response:c1:20261102T1500Z',
    ]);
    expect(plan.schedule.every((n) => n.contactName === 'Sam Rivera')).toBe(true);
  });

  it('drops steps already behind when logged late', () => {
    const plan = nudgesForEvent({ ...who, type: 'request-sent', at: local('2026-10-23T10:00', NY) }, ctx);
    expect(summary(plan)).toEqual([
      ['request-last-follow-up', '2026-11-06T09:00'],
      ['mark-no-response', '2026-11-13T09:00'],
    ]);
  });

  it('offers "no response" soon when every step is behind', () => {
    const plan = nudgesForEvent({ ...who, type: 'request-sent', at: local('2026-09-01T10:00', NY) }, ctx);
    expect(plan.schedule).toHaveLength(1);
    expect(plan.schedule[0]).toMatchObject({ kind: 'mark-no-response', dueAt: new Date(NOW.getTime() + 2 * 3_600_000) });
  });
});

describe('nudgesForEvent: reply and scheduling', () => {
  it('a reply without a date cancels the request nudges only', () => {
    const plan = nudgesForEvent({ ...who, type: 'reply-received', at: NOW }, ctx);
    expect(plan.schedule).toEqual([]);
    expect(plan.cancelKinds).toEqual(REQUEST_KINDS);
  });

  it('scheduled: a preparation nudge at 09:00 the day before; request nudges and older prepare nudges cancelled', () => {
    const interviewAt = local('2026-11-05T14:00', NY);
    const plan = nudgesForEvent({ ...who, type: 'scheduled', at: NOW, interviewAt }, ctx);
    expect(summary(plan)).toEqual([['prepare', '2026-11-04T09:00']]);
    expect(plan.schedule[0]?.dedupeKey).toBe('prepare:c1:20261105T1900Z');
    expect(plan.cancelKinds).toEqual([...REQUEST_KINDS, 'prepare']);
  });

  it('scheduled for tomorrow morning: the day-before moment has passed, so two hours from now', () => {
    const plan = nudgesForEvent({ ...who, type: 'scheduled', at: NOW, interviewAt: local('2026-11-03T08:00', NY) }, ctx);
    expect(summary(plan)).toEqual([['prepare', '2026-11-02T12:00']]);
  });

  it('scheduled for later today: two hours from now if still before the interview', () => {
    const plan = nudgesForEvent({ ...who, type: 'scheduled', at: NOW, interviewAt: local('2026-11-02T15:00', NY) }, ctx);
    expect(summary(plan)).toEqual([['prepare', '2026-11-02T12:00']]);
  });

  it('no preparation nudge when the interview is less than two hours away or past', () => {
    for (const iso of ['2026-11-02T11:30', '2026-11-02T12:00', '2026-11-01T14:00']) {
      const plan = nudgesForEvent({ ...who, type: 'scheduled', at: NOW, interviewAt: local(iso, NY) }, ctx);
      expect(plan.schedule).toEqual([]);
      expect(plan.cancelKinds).toContain('prepare');
    }
  });

  it('the day-before nudge keeps 09:00 local across DST changes', () => {
    const fall: CadenceContext = { ...ctx, now: local('2026-10-28T10:00', NY) };
    const fallPlan = nudgesForEvent({ ...who, type: 'scheduled', at: fall.now, interviewAt: local('2026-11-02T10:00', NY) }, fall);
    expect(fallPlan.schedule.map((n) => withOffset(n.dueAt, NY))).toEqual(['2026-11-01T09:00:00-05:00']);

    const spring: CadenceContext = { ...ctx, now: local('2027-03-10T10:00', NY) };
    const springPlan = nudgesForEvent({ ...who, type: 'scheduled', at: spring.now, interviewAt: local('2027-03-15T10:00', NY) }, spring);
    expect(springPlan.schedule.map((n) => withOffset(n.dueAt, NY))).toEqual(['2027-03-14T09:00:00-04:00']);
  });
});

describe('nudgesForEvent: interviewed', () => {
  const event: JournalEvent = {
    ...who,
    type: 'interviewed',
    at: local('2026-11-02T09:00', NY),
    referrals: [{ name: 'Ana Ruiz' }, { name: 'Ben Cho' }, { name: ' ana ruiz ' }, { name: '   ' }],
  };

  it('plans the thank-you next morning and one nudge per distinct referral two days on', () => {
    const plan = nudgesForEvent(event, ctx);
    expect(summary(plan)).toEqual([
      ['thank-you', '2026-11-03T09:00'],
      ['contact-referral', '2026-11-04T09:00'],
      ['contact-referral', '2026-11-04T09:00'],
    ]);
    expect(plan.schedule.map((n) => n.referralName)).toEqual([undefined, 'Ana Ruiz', 'Ben Cho']);
    expect(plan.schedule.map((n) => n.dedupeKey)).toEqual(['thank-you:c1:20261102T1400Z', 'contact-referral:c1:ana-ruiz', 'contact-referral:c1:ben-cho']);
    expect(plan.cancelKinds).toEqual([...REQUEST_KINDS, 'prepare', 'thank-you']);
    expect(plan.cancelKinds).not.toContain('contact-referral');
  });

  it('the thank-you is due within 48 hours of the interview', () => {
    for (const iso of ['2026-11-02T08:00', '2026-11-02T09:00', '2026-11-02T18:30', '2026-11-02T23:59']) {
      const at = local(iso, NY);
      const plan = nudgesForEvent({ ...who, type: 'interviewed', at, referrals: [] }, { ...ctx, now: at });
      const thanks = plan.schedule.find((n) => n.kind === 'thank-you');
      expect(thanks).toBeDefined();
      expect(thanks!.dueAt.getTime() - at.getTime()).toBeLessThanOrEqual(DEFAULT_CADENCE.thankYouWithinHours * 3_600_000);
      expect(thanks!.dueAt.getTime()).toBeGreaterThan(at.getTime());
    }
  });

  it('logged three days late: thank-you and referrals come two hours from now', () => {
    const late: JournalEvent = { ...who, type: 'interviewed', at: local('2026-10-30T15:00', NY), referrals: [{ name: 'Ana Ruiz' }] };
    expect(summary(nudgesForEvent(late, ctx))).toEqual([
      ['thank-you', '2026-11-02T12:00'],
      ['contact-referral', '2026-11-02T12:00'],
    ]);
  });

  it('keeps names in any script usable as keys', () => {
    const plan = nudgesForEvent({ ...who, type: 'interviewed', at: NOW, referrals: [{ name: '李 明' }, { name: 'José Álvarez' }] }, ctx);
    expect(plan.schedule.filter((n) => n.kind === 'contact-referral').map((n) => n.dedupeKey)).toEqual([
      'contact-referral:c1:李-明',
      'contact-referral:c1:josé-álvarez',
    ]);
  });
});

describe('nudgesForEvent: after the conversation', () => {
  it('thanked: keep in touch in three months, cancelling the thank-you and anything earlier', () => {
    const plan = nudgesForEvent({ ...who, type: 'thanked', at: NOW }, ctx);
    expect(summary(plan)).toEqual([['keep-in-touch', '2027-02-02T09:00']]);
    expect(plan.cancelKinds).toEqual([...REQUEST_KINDS, 'prepare', 'thank-you', 'keep-in-touch']);
  });

  it('keep-in-touch-done: the next one three months later, cancelling only keep-in-touch', () => {
    const plan = nudgesForEvent({ ...who, type: 'keep-in-touch-done', at: NOW }, ctx);
    expect(summary(plan)).toEqual([['keep-in-touch', '2027-02-02T09:00']]);
    expect(plan.cancelKinds).toEqual(['keep-in-touch']);
  });

  it('declined or no-response cancel every automatic nudge but never custom ones', () => {
    for (const type of ['declined', 'no-response'] as const) {
      const plan = nudgesForEvent({ ...who, type, at: NOW }, ctx);
      expect(plan.schedule).toEqual([]);
      expect([...plan.cancelKinds].sort()).toEqual([...AUTOMATIC_NUDGE_KINDS].sort());
      expect(plan.cancelKinds).not.toContain('custom');
    }
  });

  it('a decline that came with a referral still plans a nudge for it', () => {
    const plan = nudgesForEvent({ ...who, type: 'declined', at: NOW, referrals: [{ name: 'Dee Park' }] }, ctx);
    expect(summary(plan)).toEqual([['contact-referral', '2026-11-04T09:00']]);
    expect(shouldCancel(plan.schedule[0]!, plan)).toBe(false);
  });
});

describe('keep-in-touch recurrence', () => {
  it('steps on by the interval until after now', () => {
    expect(wall(nextKeepInTouch(local('2026-01-15T12:00', NY), ctx), NY)).toBe('2027-01-15T09:00');
    expect(wall(nextKeepInTouch(local('2026-08-03T12:00', NY), ctx), NY)).toBe('2026-11-03T09:00');
    // 2026-11-02 09:00 is an hour before "now", so the series steps on.
    expect(wall(nextKeepInTouch(local('2026-08-02T12:00', NY), ctx), NY)).toBe('2027-02-02T09:00');
  });

  it('clamps to the end of shorter months', () => {
    expect(wall(nextKeepInTouch(local('2026-11-30T12:00', NY), { ...ctx, now: local('2026-11-30T12:00', NY) }), NY)).toBe('2027-02-28T09:00');
  });

  it('rolls a delivered-but-not-done series on', () => {
    const delivered = local('2027-02-02T09:00', NY);
    const next = keepInTouchNudge(who, delivered, { ...ctx, now: delivered });
    expect(next).toMatchObject({ kind: 'keep-in-touch', dedupeKey: 'keep-in-touch:c1:20270202T1400Z' });
    expect(wall(next.dueAt, NY)).toBe('2027-05-02T09:00');
  });

  it('refuses an interval that would never advance', () => {
    expect(() => nextKeepInTouch(NOW, { ...ctx, settings: { ...DEFAULT_CADENCE, keepInTouchMonths: 0 } })).toThrow(RangeError);
  });
});

describe('dedupe keys and plans', () => {
  const events: readonly JournalEvent[] = [
    { ...who, type: 'request-sent', at: local('2026-10-01T10:00', NY) },
    { ...who, type: 'request-sent', at: NOW },
    { ...who, type: 'reply-received', at: NOW },
    { ...who, type: 'scheduled', at: NOW, interviewAt: local('2026-11-20T15:00', NY) },
    { ...who, type: 'interviewed', at: local('2026-11-01T11:00', NY), referrals: [{ name: 'Ana Ruiz' }] },
    { ...who, type: 'thanked', at: NOW },
    { ...who, type: 'declined', at: NOW, referrals: [{ name: 'Dee Park' }] },
    { ...who, type: 'no-response', at: NOW },
    { ...who, type: 'keep-in-touch-done', at: NOW },
  ];

  it('are the same whenever the event is planned', () => {
    for (const event of events) {
      const keysAt = (now: Date): string[] => nudgesForEvent(event, { ...ctx, now }).schedule.map((n) => n.dedupeKey);
      const first = keysAt(NOW);
      expect(keysAt(NOW)).toEqual(first);
      const later = keysAt(new Date(NOW.getTime() + 3_600_000));
      expect(later.every((key) => first.includes(key))).toBe(true);
    }
  });

  it('start with the kind, include the contact and are unique within a plan', () => {
    for (const event of events) {
      const plan = nudgesForEvent(event, ctx);
      const keys = plan.schedule.map((n: PlannedNudge) => n.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
      for (const nudge of plan.schedule) expect(nudge.dedupeKey.startsWith(`${nudge.kind}:c1:`)).toBe(true);
    }
    const other = nudgesForEvent({ ...events[1]!, contactId: 'c2' }, ctx);
    expect(other.schedule[0]?.dedupeKey).toBe('request-follow-up:c2:20261102T1500Z');
  });

  it('every planned nudge is after now and never cancelled by its own plan', () => {
    for (let hour = 0; hour < 24 * 8; hour += 5) {
      const now = new Date(NOW.getTime() + hour * 3_600_000);
      for (const event of events) {
        const plan = nudgesForEvent(event, { ...ctx, now });
        for (const nudge of plan.schedule) {
          expect(nudge.dueAt.getTime()).toBeGreaterThan(now.getTime());
          expect(shouldCancel(nudge, plan)).toBe(false);
        }
      }
    }
  });

  it('shouldCancel only touches listed kinds with other keys', () => {
    const plan = nudgesForEvent({ ...who, type: 'request-sent', at: NOW }, ctx);
    expect(shouldCancel({ kind: 'request-follow-up', dedupeKey: 'request-follow-up:c1:20261001T1400Z' }, plan)).toBe(true);
    expect(shouldCancel({ kind: 'request-follow-up', dedupeKey: 'request-follow-up:c1:20261102T1500Z' }, plan)).toBe(false);
    expect(shouldCancel({ kind: 'thank-you', dedupeKey: 'thank-you:c1:x' }, plan)).toBe(false);
    expect(shouldCancel({ kind: 'custom', dedupeKey: 'custom:1' }, nudgesForEvent({ ...who, type: 'no-response', at: NOW }, ctx))).toBe(false);
  });
});

describe('settings and zones', () => {
  it('uses overridden timings', () => {
    const settings = mergeCadence({ requestFollowUpDays: 5, nudgeTime: '10:30' });
    const plan = nudgesForEvent({ ...who, type: 'request-sent', at: NOW }, { ...ctx, settings });
    expect(summary(plan)).toEqual([
      ['request-follow-up', '2026-11-07T10:30'],
      ['request-last-follow-up', '2026-11-16T10:30'],
      ['mark-no-response', '2026-11-23T10:30'],
    ]);
  });

  it('uses the student zone for the morning time', () => {
    const zone = 'Pacific/Auckland';
    const at = local('2026-11-06T16:00', zone);
    const plan = nudgesForEvent({ ...who, type: 'interviewed', at, referrals: [] }, { now: at, zone, settings: DEFAULT_CADENCE });
    expect(plan.schedule.map((n) => withOffset(n.dueAt, zone))).toEqual(['2026-11-07T09:00:00+13:00']);

    const kolkata = 'Asia/Kolkata';
    const sent = local('2026-11-06T23:30', kolkata);
    const requestPlan = nudgesForEvent({ ...who, type: 'request-sent', at: sent }, { now: sent, zone: kolkata, settings: DEFAULT_CADENCE });
    expect(requestPlan.schedule.map((n) => wall(n.dueAt, kolkata))[0]).toBe('2026-11-13T09:00');
  });
});
