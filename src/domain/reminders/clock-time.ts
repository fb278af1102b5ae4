/**
 * Wall-clock times of day written as 24-hour `HH:mm` strings, as used in
 * settings such as quiet hours and the morning nudge time.
 *
 * @module
 */
import * as z from 'zod';

/** A time of day on a 24-hour clock. */
export interface ClockTime {
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, 0–59. */
  readonly minute: number;
}

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Parses a strict 24-hour `HH:mm` string (two digits each, e.g. `08:00`,
 * `21:30`). Returns `undefined` for anything else, including `8:00` or `24:00`.
 */
export function parseClock(text: string): ClockTime | undefined {
  const match = CLOCK_PATTERN.exec(text);
  if (!match) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** True when `text` is a valid strict `HH:mm` time of day. */
export function isClock(text: string): boolean {
  return CLOCK_PATTERN.test(text);
}

/**
 * Like {@link parseClock} but throws a `RangeError` naming `what` when the
 * text is not a valid `HH:mm` time. For values that were validated earlier.
 */
export function requireClock(text: string, what = 'time'): ClockTime {
  const clock = parseClock(text);
  if (!clock) {
    throw new RangeError(`The ${what} "${text}" is not a 24-hour HH:mm time (for example 08:00 or 21:30).`);
  }
  return clock;
}

/** Minutes since midnight for a clock time (0–1439). */
export function clockMinutes(clock: ClockTime): number {
  return clock.hour * 60 + clock.minute;
}

/** Formats a clock time back to `HH:mm`. */
export function formatClock(clock: ClockTime): string {
  return `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
}

/** Zod schema for a strict `HH:mm` string, for validating configuration. */
export const clockSchema = z.string().regex(CLOCK_PATTERN, 'Use a 24-hour HH:mm time, for example 08:00 or 21:30.');
