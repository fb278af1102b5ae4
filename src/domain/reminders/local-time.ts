/**
 * Converting between instants and wall-clock times in an IANA time zone,
 * with explicit handling of daylight-saving gaps and overlaps.
 *
 * @module
 */
import { DateTime, IANAZone } from 'luxon';
import type { ClockTime } from './clock-time.js';

/** A wall-clock date and time, without a zone. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

/** Valid zones seen so far, by lower-case name: at most the few hundred zones there are, whatever the spelling typed. */
const knownZones = new Set<string>();

/** True when `zone` is an IANA time zone name luxon understands (e.g. `Asia/Kolkata`, `UTC`). */
export function isValidZone(zone: string): boolean {
  const key = zone.toLowerCase();
  if (knownZones.has(key)) return true;
  // Checking builds an Intl formatter, which is slow; remember the good ones.
  const valid = IANAZone.isValidZone(zone);
  if (valid) knownZones.add(key);
  return valid;
}

/** Throws a `RangeError` when `zone` is not a known IANA time zone. */
function assertZone(zone: string): void {
  if (!isValidZone(zone)) {
    throw new RangeError(`Unknown IANA time zone "${zone}".`);
  }
}

/** The instant `at` seen as a luxon `DateTime` in `zone` (the zone is checked). */
export function inZone(at: Date, zone: string): DateTime {
  assertZone(zone);
  return DateTime.fromJSDate(at, { zone });
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * All instants that show the wall-clock `wall` in `zone`: usually one, two
 * during a "fall back" overlap, none inside a "spring forward" gap. Sorted.
 */
export function instantsForWallClock(wall: WallClock, zone: string): Date[] {
  assertZone(zone);
  const second = wall.second ?? 0;
  const naiveUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, second);
  const offsets = new Set<number>();
  for (const probe of [naiveUtc - DAY_MS, naiveUtc, naiveUtc + DAY_MS]) {
    offsets.add(DateTime.fromMillis(probe, { zone }).offset);
  }
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = naiveUtc - offset * MINUTE_MS;
    const seen = DateTime.fromMillis(candidate, { zone });
    if (
      seen.year === wall.year &&
      seen.month === wall.month &&
      seen.day === wall.day &&
      seen.hour === wall.hour &&
      seen.minute === wall.minute &&
      seen.second === second
    ) {
      found.add(candidate);
    }
  }
  return [...found].sort((a, b) => a - b).map((ms) => new Date(ms));
}

/**
 * Resolves a wall-clock time in `zone` to one instant.
 *
 * - Normal times map to their single instant.
 * - In a daylight-saving overlap, the earliest instant that is not before
 *   `notBefore` is chosen (the earliest overall when `notBefore` is absent).
 * - In a daylight-saving gap, the time is pushed forward by the length of the
 *   gap (02:30 on a spring-forward night becomes 03:30), as clocks do.
 */
export function resolveWallClock(wall: WallClock, zone: string, notBefore?: Date): Date {
  const instants = instantsForWallClock(wall, zone);
  if (instants.length > 0) {
    if (notBefore) {
      const later = instants.find((instant) => instant.getTime() >= notBefore.getTime());
      if (later) return later;
    }
    return instants[0] ?? new Date(NaN);
  }
  return DateTime.fromObject(
    { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second ?? 0 },
    { zone },
  ).toJSDate();
}

/**
 * The instant at clock time `clock` on the local calendar day of `base` in
 * `zone`, shifted by `dayOffset` calendar days (not 24-hour periods, so the
 * result keeps its wall-clock time across daylight-saving changes).
 */
export function atClockOnDay(base: Date, zone: string, clock: ClockTime, dayOffset = 0, notBefore?: Date): Date {
  const day = inZone(base, zone).startOf('day').plus({ days: dayOffset });
  return resolveWallClock({ year: day.year, month: day.month, day: day.day, hour: clock.hour, minute: clock.minute }, zone, notBefore);
}

/**
 * Adds calendar days to `at` keeping its local wall-clock time in `zone`
 * (so "3 days later" is still 10:00 even if the clocks changed in between).
 */
export function plusLocalDays(at: Date, zone: string, days: number): Date {
  const local = inZone(at, zone).plus({ days });
  return local.toJSDate();
}

/**
 * A short, friendly description of `at` in `zone`, e.g.
 * "Thursday, December 3 at 10:00 AM EST". The year is added when it differs
 * from the year of `now` (when given). Always English (en-US) for determinism.
 */
export function formatLocal(at: Date, zone: string, now?: Date): string {
  const local = inZone(at, zone).setLocale('en-US');
  const sameYear = now !== undefined && inZone(now, zone).year === local.year;
  const datePart = sameYear ? local.toFormat('cccc, LLLL d') : local.toFormat('cccc, LLLL d, yyyy');
  return `${datePart} at ${local.toFormat('h:mm a ZZZZ')}`;
}
