/**
 * Where a snoozed reminder goes: a length ("2h", "3 days") counts from when it was due, or
 * from now if that has passed; a time ("friday 3pm") is read by the parser every typed time
 * uses. Snoozing never moves a reminder earlier than it was due.
 *
 * @module
 */
import { parseDuration, snoozeUntil } from './duration.js';
import { formatLocal } from './local-time.js';
import { parseWhen } from './when.js';

/** Outcome of {@link snoozedTime}. */
export type SnoozeResult = { readonly ok: true; readonly at: Date } | { readonly ok: false; readonly message: string };

/** The reminder being snoozed, as far as its time goes. */
export interface SnoozeFrom {
  readonly now: Date;
  /** When it is due now; a time already passed (a delivered nudge) counts as now. */
  readonly due: Date;
  readonly zone: string;
}

/** The time `typed` snoozes a reminder to, never before it was due. */
export function snoozedTime(typed: string, from: SnoozeFrom): SnoozeResult {
  const base = new Date(Math.max(from.now.getTime(), from.due.getTime()));
  const length = parseDuration(typed);
  let at: Date;
  if (length.ok) {
    at = snoozeUntil(length.snooze, length.snooze.kind === 'after' ? base : from.now, from.zone);
  } else {
    const when = parseWhen(typed, from.now, from.zone);
    if (!when.ok) return { ok: false, message: when.reason === 'unparseable' ? length.message : when.message };
    at = when.at;
  }
  if (at.getTime() < base.getTime()) {
    const due = formatLocal(base, from.zone, from.now);
    return {
      ok: false,
      message: `That is before it is due (${due}); a snooze only moves a reminder later. Give a later time, or a length such as 2h, which counts from ${due}.`,
    };
  }
  return { ok: true, at };
}
