/**
 * Quiet hours: a daily local window in which no nudge is delivered. A nudge
 * that falls due inside the window waits until the window ends.
 *
 * @module
 */
import * as z from 'zod';
import { clockMinutes, clockSchema, formatClock, parseClock, requireClock } from './clock-time.js';
import { parseTimeOfDay } from './when.js';
import type { ClockTime } from './clock-time.js';
import { inZone, resolveWallClock } from './local-time.js';

/**
 * A daily quiet window in local time, from `start` (inclusive) to `end`
 * (exclusive), both `HH:mm`. When `start` is later than `end` the window runs
 * across midnight (21:00–08:00); when they are equal there is no quiet time.
 */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
}

/** Default quiet hours: 21:00 to 08:00 local time. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

/** Zod schema for quiet hours in configuration or stored settings. */
export const quietHoursSchema = z.object({ start: clockSchema, end: clockSchema });

/** Outcome of {@link validateQuietHours}. */
export type QuietHoursCheck = { readonly ok: true; readonly quiet: QuietHours } | { readonly ok: false; readonly message: string };

/**
 * Checks user-supplied quiet hours: both ends must be 24-hour `HH:mm` times.
 * Equal start and end are accepted and mean "no quiet hours".
 */
export function validateQuietHours(input: { readonly start: string; readonly end: string }): QuietHoursCheck {
  const start = input.start.trim();
  const end = input.end.trim();
  const bad = [start, end].filter((value) => parseClock(value) === undefined);
  if (bad.length > 0) {
    return {
      ok: false,
      message: `Quiet hours need two 24-hour times written as HH:mm, like 21:00 and 08:00. This didn't fit: ${bad.map((value) => `"${value}"`).join(', ')}.`,
    };
  }
  return { ok: true, quiet: { start, end } };
}

interface Window {
  readonly start: number;
  readonly end: number;
  readonly endClock: ClockTime;
}

function toWindow(quiet: QuietHours): Window {
  const endClock = requireClock(quiet.end, 'quiet hours end');
  return { start: clockMinutes(requireClock(quiet.start, 'quiet hours start')), end: clockMinutes(endClock), endClock };
}

/** Minutes since local midnight, with seconds as a fraction. */
function minuteOfDay(at: Date, zone: string): number {
  const local = inZone(at, zone);
  return local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000;
}

function insideWindow(minute: number, window: Window): boolean {
  if (window.start === window.end) return false;
  if (window.start < window.end) return minute >= window.start && minute < window.end;
  return minute >= window.start || minute < window.end;
}

/**
 * True when `at` falls inside the quiet window in `zone`. The start minute is
 * quiet; the end minute is not (with 21:00–08:00, 21:00 and 07:59 are quiet,
 * 08:00 is not). Throws a `RangeError` for an invalid zone or times.
 */
export function isQuiet(at: Date, zone: string, quiet: QuietHours): boolean {
  return insideWindow(minuteOfDay(at, zone), toWindow(quiet));
}

/**
 * The earliest moment at or after `due` that is outside quiet hours: `due`
 * itself when it is not quiet, otherwise the local end of the window it falls
 * in (today's or tomorrow's end, depending on which side of midnight `due`
 * is). Never earlier than `due`, and daylight-saving safe: if the end falls in
 * a spring-forward gap it moves forward with the clocks, and in a fall-back
 * overlap the occurrence after `due` is used.
 */
export function nextAllowedTime(due: Date, zone: string, quiet: QuietHours): Date {
  const window = toWindow(quiet);
  let candidate = due;
  // A second pass only matters for odd windows where the end lands in a DST gap
  // that is itself quiet; two passes always settle.
  for (let pass = 0; pass < 3; pass++) {
    const minute = minuteOfDay(candidate, zone);
    if (!insideWindow(minute, window)) return candidate;
    const local = inZone(candidate, zone).startOf('day');
    const endDay = window.start > window.end && minute >= window.start ? local.plus({ days: 1 }) : local;
    const end = resolveWallClock(
      { year: endDay.year, month: endDay.month, day: endDay.day, hour: window.endClock.hour, minute: window.endClock.minute },
      zone,
      candidate,
    );
    candidate = end.getTime() > candidate.getTime() ? end : new Date(candidate.getTime() + 60_000);
  }
  return candidate;
}

/**
 * Reads quiet hours as a student types them, each end with the parser every typed time uses
 * (`10pm 7:30am`, `22:00 07:30`); stored as `HH:mm`.
 */
export function readQuietHours(start: string, end: string | undefined): QuietHoursCheck {
  if (end === undefined || end.trim() === '') return { ok: false, message: 'Quiet hours need a start and an end, like 10pm 7:30am or 22:00 07:30 (HH:mm).' };
  const [from, to] = [parseTimeOfDay(start), parseTimeOfDay(end)];
  if (!from.ok) return from;
  if (!to.ok) return to;
  return { ok: true, quiet: { start: formatClock(from.clock), end: formatClock(to.clock) } };
}
