/**
 * The follow-up cadence: which nudges a logged journal event schedules, and
 * which pending ones it makes moot.
 *
 * Timings come from {@link CadenceSettings}; day-based nudges arrive at the
 * settings' `nudgeTime` in the student's zone. Quiet hours are the
 * scheduler's job (see `nextAllowedTime`).
 *
 * @module
 */
import type { JournalEvent, Referral } from '../journal/events.js';
import { requireClock } from './clock-time.js';
import { atClockOnDay, inZone } from './local-time.js';
import type { CadenceSettings } from './cadence-settings.js';
import { AUTOMATIC_NUDGE_KINDS, dedupeKey, instantAnchor, nameAnchor } from './nudges.js';
import type { NudgeKind, NudgePlan, PlannedNudge } from './nudges.js';

export { DEFAULT_CADENCE, mergeCadence, cadenceSettingsSchema, cadenceOverridesSchema } from './cadence-settings.js';
export type { CadenceSettings, CadenceOverrides } from './cadence-settings.js';
export { NUDGE_KINDS, AUTOMATIC_NUDGE_KINDS, isNudgeKind, shouldCancel } from './nudges.js';
export type { NudgeKind, PlannedNudge, NudgePlan } from './nudges.js';
export { nudgeMessage } from './nudge-message.js';
export type { NudgeDetails, NudgeMessage, NudgeSubject } from './nudge-message.js';

/** What the cadence needs to know besides the event. */
export interface CadenceContext {
  /** The current instant. */
  readonly now: Date;
  /** The student's IANA time zone. */
  readonly zone: string;
  /** The cadence in force (e.g. `mergeCadence(configOverrides)`). */
  readonly settings: CadenceSettings;
}

/** A contact, as far as nudges are concerned. */
export interface NudgeContact {
  readonly contactId: string;
  readonly contactName: string;
}

const REQUEST_KINDS: readonly NudgeKind[] = ['request-follow-up', 'request-last-follow-up', 'mark-no-response'];

/**
 * Plans the nudges for one logged event.
 *
 * | event | schedules | cancels |
 * |---|---|---|
 * | request-sent | follow-up, last follow-up, offer to mark "no response" | earlier request nudges |
 * | reply-received | nothing | request nudges |
 * | scheduled | preparation nudge | request nudges, an earlier preparation nudge |
 * | interviewed | thank-you, one per referral | request nudges, preparation, an earlier thank-you |
 * | thanked | keep-in-touch | request nudges, preparation, thank-you, earlier keep-in-touch |
 * | declined | one per referral, if any | every automatic nudge for the contact |
 * | no-response | nothing | every automatic nudge for the contact |
 * | keep-in-touch-done | next keep-in-touch | earlier keep-in-touch |
 *
 * When an event is logged late, nudges whose moment has passed are dropped,
 * except that a thank-you, a referral nudge, and the final step of the request
 * series are sent `catchUpHours` from now, and a preparation nudge is sent
 * then if that is still before the interview. Custom reminders are never
 * cancelled. Dedupe keys depend only on the event, never on `now`.
 */
export function nudgesForEvent(event: JournalEvent, ctx: CadenceContext): NudgePlan {
  const contact: NudgeContact = { contactId: event.contactId, contactName: event.contactName };
  switch (event.type) {
    case 'request-sent':
      return plan(contact, requestSeries(contact, event.at, ctx), REQUEST_KINDS);
    case 'reply-received':
      return plan(contact, [], REQUEST_KINDS);
    case 'scheduled':
      return plan(contact, optional(prepareNudge(contact, event.interviewAt, ctx)), [...REQUEST_KINDS, 'prepare']);
    case 'interviewed':
      return plan(
        contact,
        [thankYouNudge(contact, event.at, ctx), ...referralNudges(contact, event.at, event.referrals, ctx)],
        [...REQUEST_KINDS, 'prepare', 'thank-you'],
      );
    case 'thanked':
      return plan(contact, [keepInTouchNudge(contact, event.at, ctx)], [...REQUEST_KINDS, 'prepare', 'thank-you', 'keep-in-touch']);
    case 'declined':
      return plan(contact, referralNudges(contact, event.at, event.referrals ?? [], ctx), AUTOMATIC_NUDGE_KINDS);
    case 'no-response':
      return plan(contact, [], AUTOMATIC_NUDGE_KINDS);
    case 'keep-in-touch-done':
      return plan(contact, [keepInTouchNudge(contact, event.at, ctx)], ['keep-in-touch']);
  }
}

/**
 * The next keep-in-touch moment after `after` (a thank-you or the last
 * update): `keepInTouchMonths` later at `nudgeTime` local, stepping on by the
 * same interval until it is after `now`.
 */
export function nextKeepInTouch(after: Date, ctx: CadenceContext): Date {
  const clock = requireClock(ctx.settings.nudgeTime, 'nudge time');
  const months = ctx.settings.keepInTouchMonths;
  if (!Number.isInteger(months) || months < 1) {
    throw new RangeError(`keepInTouchMonths must be a whole number of at least 1, not ${months}.`);
  }
  const start = inZone(after, ctx.zone).startOf('day');
  for (let step = 1; ; step++) {
    const day = start.plus({ months: months * step });
    const due = atClockOnDay(day.toJSDate(), ctx.zone, clock);
    if (due.getTime() > ctx.now.getTime()) return due;
  }
}

/**
 * The keep-in-touch nudge following a thank-you or update sent at `after`.
 * Also usable by the scheduler to roll the series on when a keep-in-touch
 * nudge was delivered but never marked done (pass the delivery time).
 */
export function keepInTouchNudge(contact: NudgeContact, after: Date, ctx: CadenceContext): PlannedNudge {
  return nudge('keep-in-touch', contact, nextKeepInTouch(after, ctx), instantAnchor(after));
}

function plan(contact: NudgeContact, schedule: PlannedNudge[], cancelKinds: readonly NudgeKind[]): NudgePlan {
  return { contactId: contact.contactId, schedule, cancelKinds: [...cancelKinds] };
}

function optional(value: PlannedNudge | undefined): PlannedNudge[] {
  return value === undefined ? [] : [value];
}

function nudge(kind: NudgeKind, contact: NudgeContact, dueAt: Date, anchor: string, referralName?: string): PlannedNudge {
  const base = { kind, contactId: contact.contactId, contactName: contact.contactName, dueAt, dedupeKey: dedupeKey(kind, contact.contactId, anchor) };
  return referralName === undefined ? base : { ...base, referralName };
}

/** `days` calendar days after the local day of `at`, at the nudge time. */
function dayNudgeTime(at: Date, days: number, ctx: CadenceContext): Date {
  return atClockOnDay(at, ctx.zone, requireClock(ctx.settings.nudgeTime, 'nudge time'), days);
}

function catchUpTime(ctx: CadenceContext): Date {
  return new Date(ctx.now.getTime() + ctx.settings.catchUpHours * 3_600_000);
}

function orCatchUp(due: Date, ctx: CadenceContext): Date {
  return due.getTime() > ctx.now.getTime() ? due : catchUpTime(ctx);
}

function requestSeries(contact: NudgeContact, sentAt: Date, ctx: CadenceContext): PlannedNudge[] {
  const { settings } = ctx;
  const anchor = instantAnchor(sentAt);
  const steps: readonly (readonly [NudgeKind, number])[] = [
    ['request-follow-up', settings.requestFollowUpDays],
    ['request-last-follow-up', settings.requestLastFollowUpDays],
    ['mark-no-response', settings.markNoResponseDays],
  ];
  const all = steps.map(([kind, days]) => nudge(kind, contact, dayNudgeTime(sentAt, days, ctx), anchor));
  const ahead = all.filter((planned) => planned.dueAt.getTime() > ctx.now.getTime());
  if (ahead.length > 0) return ahead;
  const last = all[all.length - 1];
  return last === undefined ? [] : [{ ...last, dueAt: catchUpTime(ctx) }];
}

function prepareNudge(contact: NudgeContact, interviewAt: Date, ctx: CadenceContext): PlannedNudge | undefined {
  const due = orCatchUp(dayNudgeTime(interviewAt, -ctx.settings.prepareDaysBefore, ctx), ctx);
  if (due.getTime() >= interviewAt.getTime()) return undefined;
  return nudge('prepare', contact, due, instantAnchor(interviewAt));
}

function thankYouNudge(contact: NudgeContact, interviewedAt: Date, ctx: CadenceContext): PlannedNudge {
  const due = orCatchUp(dayNudgeTime(interviewedAt, ctx.settings.thankYouDaysAfter, ctx), ctx);
  return nudge('thank-you', contact, due, instantAnchor(interviewedAt));
}

function referralNudges(contact: NudgeContact, at: Date, referrals: readonly Referral[], ctx: CadenceContext): PlannedNudge[] {
  const due = orCatchUp(dayNudgeTime(at, ctx.settings.referralAfterDays, ctx), ctx);
  const seen = new Set<string>();
  const nudges: PlannedNudge[] = [];
  for (const referral of referrals) {
    const name = referral.name.trim();
    const anchor = nameAnchor(name);
    if (anchor === '' || seen.has(anchor)) continue;
    seen.add(anchor);
    nudges.push(nudge('contact-referral', contact, due, anchor, name));
  }
  return nudges;
}
