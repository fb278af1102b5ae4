/**
 * Snooze lengths: "1h", "90m", "2 hours", "3 days", "1 week", "tomorrow",
 * "next week". Parsing needs no clock; turning a snooze into an instant
 * ({@link snoozeUntil}) takes `now` and the student's zone.
 *
 * @module
 */
import { requireClock } from './clock-time.js';
import { atClockOnDay, inZone, plusLocalDays } from './local-time.js';

/** A parsed snooze. */
export type Snooze =
  /** A length of time from now, in whole minutes. */
  | { readonly kind: 'after'; readonly minutes: number }
  /** The next calendar day at the morning time. */
  | { readonly kind: 'tomorrow-morning' }
  /** The coming Monday (never today) at the morning time. */
  | { readonly kind: 'next-week-morning' };

/** Outcome of {@link parseDuration}. */
export type DurationResult =
  | { readonly ok: true; readonly snooze: Snooze; readonly label: string }
  | { readonly ok: false; readonly reason: 'unparseable' | 'out-of-range'; readonly message: string };

/** Longest snooze accepted, in days. */
export const MAX_SNOOZE_DAYS = 365;

const MINUTES_PER: Readonly<Record<string, number>> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  w: 10080,
  wk: 10080,
  wks: 10080,
  week: 10080,
  weeks: 10080,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

const AMOUNT = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = `(${Object.keys(MINUTES_PER)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const PART = new RegExp(`^${AMOUNT}\\s*${UNIT}(?![a-z])\\s*(?:,|and)?\\s*`, 'i');

const EXAMPLES = '"1h", "90m", "2 hours", "3 days", "1 week", "tomorrow" or "next week"';

/**
 * Parses a snooze length. Accepts amounts with units, alone or combined
 * ("1h30m", "1 hour and 30 minutes", "an hour", "1.5h", "half an hour"),
 * optionally after "in"/"for" or before "from now"/"later", plus the words
 * "tomorrow" and "next week". Lengths must be at least one minute and at
 * most {@link MAX_SNOOZE_DAYS} days.
 */
export function parseDuration(text: string): DurationResult {
  const clean = text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/^(?:in|for)\s+/, '')
    .replace(/\s+(?:from now|later)$/, '');

  if (/^(?:tomorrow|tomorrow morning|tmrw)$/.test(clean)) {
    return { ok: true, snooze: { kind: 'tomorrow-morning' }, label: 'tomorrow morning' };
  }
  if (/^next week$/.test(clean)) {
    return { ok: true, snooze: { kind: 'next-week-morning' }, label: 'Monday morning' };
  }
  if (/^half(?: an)? hour$/.test(clean)) {
    return { ok: true, snooze: { kind: 'after', minutes: 30 }, label: describeMinutes(30) };
  }

  const minutes = sumParts(clean);
  if (minutes === undefined) {
    return {
      ok: false,
      reason: 'unparseable',
      message: `I couldn't read "${text.trim()}" as a length of time. Try ${EXAMPLES}.`,
    };
  }
  const rounded = Math.round(minutes);
  if (rounded < 1 || rounded > MAX_SNOOZE_DAYS * 1440) {
    return {
      ok: false,
      reason: 'out-of-range',
      message: `A snooze has to be between 1 minute and ${MAX_SNOOZE_DAYS} days. Try ${EXAMPLES}.`,
    };
  }
  return { ok: true, snooze: { kind: 'after', minutes: rounded }, label: describeMinutes(rounded) };
}

function sumParts(text: string): number | undefined {
  let rest = text;
  let total = 0;
  let parts = 0;
  while (rest !== '') {
    const match = PART.exec(rest);
    if (!match) return undefined;
    const amountText = (match[1] ?? '').toLowerCase();
    const amount = NUMBER_WORDS[amountText] ?? Number(amountText);
    const per = MINUTES_PER[(match[2] ?? '').toLowerCase()];
    if (per === undefined || !Number.isFinite(amount)) return undefined;
    total += amount * per;
    parts += 1;
    rest = rest.slice(match[0].length);
  }
  return parts === 0 ? undefined : total;
}

/**
 * Describes a number of minutes in words: `90` → "1 hour 30 minutes",
 * `4320` → "3 days", `10080` → "1 week".
 */
export function describeMinutes(minutes: number): string {
  const units: readonly (readonly [number, string])[] = [
    [10080, 'week'],
    [1440, 'day'],
    [60, 'hour'],
    [1, 'minute'],
  ];
  const parts: string[] = [];
  let rest = Math.round(minutes);
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count} ${name}${count === 1 ? '' : 's'}`);
      rest -= count * size;
    }
  }
  return parts.length === 0 ? '0 minutes' : parts.join(' ');
}

/**
 * The instant a snooze ends, for a student in `zone` at `now`.
 *
 * - Whole numbers of days (and weeks) are calendar days: the local time of
 *   day is kept even across a daylight-saving change.
 * - Other lengths are exact durations.
 * - `tomorrow-morning` is the next calendar day at `morning` (default 09:00);
 *   `next-week-morning` the coming Monday at `morning`.
 */
export function snoozeUntil(snooze: Snooze, now: Date, zone: string, morning = '09:00'): Date {
  switch (snooze.kind) {
    case 'after':
      if (snooze.minutes % 1440 === 0) {
        return plusLocalDays(now, zone, snooze.minutes / 1440);
      }
      return new Date(now.getTime() + snooze.minutes * 60_000);
    case 'tomorrow-morning':
      return atClockOnDay(now, zone, requireClock(morning, 'morning time'), 1);
    case 'next-week-morning': {
      const weekday = inZone(now, zone).weekday; // 1 = Monday … 7 = Sunday
      return atClockOnDay(now, zone, requireClock(morning, 'morning time'), 8 - weekday);
    }
  }
}
