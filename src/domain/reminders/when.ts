/**
 * Reading "when" from what a student types: `tomorrow 9am`, `in 3 days`,
 * `next Tuesday at 2pm`, `2026-12-03 10:00`, `friday`, `tonight`, …
 *
 * chrono-node finds the expression; this module decides what it means in the
 * student's IANA time zone. chrono's own time-zone and `forwardDate` support
 * mix real and shifted instants (results change with the server's zone), so
 * chrono only ever sees a "pretend local" reference whose wall-clock equals
 * the student's, and everything else (rolling forward, day-only defaults,
 * daylight-saving) is done here with luxon.
 *
 * @module
 */
import type { ParsedResult } from 'chrono-node/en';
import { englishDates } from './english-dates.js';
import type { DateTime } from 'luxon';
import { formatClock, parseClock, requireClock } from './clock-time.js';
import type { ClockTime } from './clock-time.js';
import { formatLocal, inZone, resolveWallClock } from './local-time.js';
import { impossibleDate } from './impossible-date.js';

export { parseDuration, snoozeUntil, describeMinutes, MAX_SNOOZE_DAYS } from './duration.js';
export type { Snooze, DurationResult } from './duration.js';

/** Why a time could not be used: `ahead` when a time that happened ({@link WhenOptions.direction} `back`) is still to come. */
export type WhenFailure = 'unparseable' | 'impossible' | 'past' | 'ahead' | 'too-far';

/** Outcome of {@link parseWhen}. */
export type WhenResult =
  { readonly ok: true; readonly at: Date; readonly display: string } | { readonly ok: false; readonly reason: WhenFailure; readonly message: string };

/** Options for {@link parseWhen} and {@link splitWhatAndWhen}. */
export interface WhenOptions {
  /** Time used when only a day is given ("tomorrow", "friday"). `HH:mm`, default `09:00`. */
  readonly dayTime?: string;
  /**
   * Which way a day without a date points. `ahead` (the default) is for something to come: "friday"
   * is the next one, "Nov 20" next year once it has passed. `back` is for something that happened
   * (an interview held): "friday" is the last one, "Nov 20" last year while it is still to come,
   * a day alone today means earlier today, and a time after now is refused as still ahead.
   */
  readonly direction?: 'ahead' | 'back';
}

/** Reminders further ahead than this many years are refused. */
export const MAX_YEARS_AHEAD = 2;

/** Times that happened ({@link WhenOptions.direction} `back`) further back than this many years are refused. */
export const MAX_YEARS_BACK = 5;

/** Longest input (in characters) that is handed to the parser. */
const MAX_WHEN_LENGTH = 200;

const DEFAULT_DAY_TIME = '09:00';

/** Extra words allowed around a recognised expression ("at 5", "by friday"). */
const FILLER_WORDS = new Set(['at', 'on', 'by', 'in', 'around', 'about']);

/** Month names that are also common first names ("email June at 3pm"). */
const NAME_LIKE_MONTH = /^(april|may|june|august)$/i;

/** "3 days", "2h", "an hour": a bare amount and unit, which chrono only reads after "in". */
const BARE_DURATION =
  /^(?!.*\b(?:ago|from|later|before|after)\b)(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|years?)\b/i;

/** Texts that point backwards or at "today", where rolling forward would be wrong. */
const NO_ROLL_PATTERN = /\b(ago|last|yesterday|previous|past|earlier|today|tonight|this)\b/i;
const BACKWARD_PATTERN = /\b(ago|last|yesterday|previous|past|earlier)\b/i;
/** Texts that point forwards or at this week, where reading back to the last such day would be wrong. */
const FORWARD_PATTERN = /\b(next|coming|upcoming|this|tomorrow|in)\b/i;

/** Hours used for vague parts of the day, chosen to stay clear of default quiet hours (21:00–08:00). */
const PART_OF_DAY: readonly (readonly [tag: string, clock: ClockTime])[] = [
  ['casualReference/morning', { hour: 9, minute: 0 }],
  ['casualReference/afternoon', { hour: 14, minute: 0 }],
  ['casualReference/evening', { hour: 19, minute: 0 }],
  ['casualReference/tonight', { hour: 20, minute: 0 }],
];
const NIGHT_CLOCK: ClockTime = { hour: 20, minute: 0 };

const EXAMPLES = '"tomorrow 9am", "in 3 days", "next Tuesday at 2pm" or "Dec 3 at 10:00"';
const PAST_EXAMPLES = '"yesterday", "last Tuesday", "Nov 20" or "2026-11-20 3pm"';

/**
 * Parses a time expression typed by a student in time zone `zone`, relative to
 * `now`.
 *
 * - Wall-clock times are read in `zone` ("9am" is 9am for the student).
 * - Day-only inputs ("tomorrow", "friday", "in 3 days") mean 09:00 local
 *   (see {@link WhenOptions.dayTime}); "morning", "afternoon", "evening" and
 *   "tonight" mean 09:00, 14:00, 19:00 and 20:00.
 * - A bare hour from 1 to 7 without am/pm ("at 5") is read as afternoon or
 *   evening; write "05:00" or "5am" for early morning.
 * - Times and weekdays without a date move forward to the next occurrence;
 *   dates without a year move to the next year once they are behind today.
 * - Relative times ("in 2 hours") are exact durations from `now`.
 *
 * Fails with `unparseable` when the text is not a single time expression,
 * `past` when it is not after `now`, and `too-far` when it is more than
 * {@link MAX_YEARS_AHEAD} years ahead. Throws a `RangeError` for an unknown zone.
 */
export function parseWhen(text: string, now: Date, zone: string, options: WhenOptions = {}): WhenResult {
  const impossible = impossibleDate(text);
  if (impossible !== undefined) return { ok: false, reason: 'impossible', message: impossible };
  const reading = readExpression(text, now, zone, options);
  if (reading === undefined) {
    return { ok: false, reason: 'unparseable', message: unparseableMessage(text, options.direction === 'back' ? PAST_EXAMPLES : EXAMPLES) };
  }
  return options.direction === 'back' ? checkPast(reading, now, zone) : checkRange(reading.at, now, zone);
}

/** The result of {@link splitWhatAndWhen}. */
export interface WhatAndWhen {
  /** What to be reminded about (may be empty when only a time was typed). */
  readonly what: string;
  /** The part of the input read as the time (empty when none was found). */
  readonly whenText: string;
  /** The parsed time, or why it cannot be used. */
  readonly when: WhenResult;
  /** True when the student quoted what (`"call back Sam" tomorrow`), so nothing about the split was guessed. */
  readonly quoted: boolean;
}

/** A number alone, which may be a time ("at 5") or part of what ("lecture 11"). */
const BARE_NUMBER = /^\d{1,2}$/;

/** A word after a bare number that makes it a time of day ("11 am", "5 o'clock"). */
const CLOCK_WORD = /^(?:am|pm|a\.m\.?|p\.m\.?|o'?clock|h|hrs?)$/i;

/** How many trailing words are tried as a time expression. */
const MAX_WHEN_WORDS = 10;

/**
 * Splits the argument text of a reminder command into what and when, e.g.
 * `call back Sam tomorrow 9am` → what `call back Sam`, when tomorrow 09:00.
 *
 * If part of the text is quoted (`"call back Sam" tomorrow 9am`), the quoted
 * part is what, and the rest is the time. Otherwise the longest run of
 * trailing words that forms one time expression is the time. A leading
 * "me to" / "to" is dropped from what. When no time is found, `what` is the
 * whole text and `when` explains what to add.
 */
export function splitWhatAndWhen(text: string, now: Date, zone: string, options: WhenOptions = {}): WhatAndWhen {
  const quoted = /["“”]([^"“”]*)["“”]/u.exec(text);
  if (quoted) {
    const what = tidyWhat(quoted[1] ?? '');
    const whenText = collapse(text.slice(0, quoted.index) + ' ' + text.slice(quoted.index + quoted[0].length));
    const when = whenText === '' ? missingWhen() : parseWhen(whenText, now, zone, options);
    return { what, whenText, when, quoted: true };
  }
  const impossible = impossibleDate(text);
  if (impossible !== undefined) return { what: tidyWhat(text), whenText: '', when: { ok: false, reason: 'impossible', message: impossible }, quoted: false };

  const words = collapse(text)
    .split(' ')
    .filter((word) => word !== '');
  const firstTried = Math.max(0, words.length - MAX_WHEN_WORDS);
  let fallback: WhatAndWhen | undefined;
  for (let start = firstTried; start < words.length; start++) {
    const whenText = words.slice(start).join(' ');
    const reading = readExpression(whenText, now, zone, options);
    if (reading === undefined) continue;
    const found = { what: tidyWhat(words.slice(0, start).join(' ')), whenText, when: checkRange(reading.at, now, zone), quoted: false };
    // "email June at 3pm": June is more likely a person than a month, unless
    // a day follows ("June 5") or nothing shorter is a time. "review lecture
    // 11 in 2 days": a bare number is more likely part of what than an hour,
    // unless nothing shorter is a time.
    const nameLike = NAME_LIKE_MONTH.test(words[start] ?? '') && !/^\d/.test(words[start + 1] ?? '');
    const numberLike = start > 0 && BARE_NUMBER.test(words[start] ?? '') && !CLOCK_WORD.test(words[start + 1] ?? '');
    if (!nameLike && !numberLike) return found;
    fallback ??= found;
  }
  return fallback ?? { what: tidyWhat(words.join(' ')), whenText: '', when: missingWhen(), quoted: false };
}

function missingWhen(): WhenResult {
  return {
    ok: false,
    reason: 'unparseable',
    message: `I couldn't find a time in that. Add when you'd like the reminder at the end, for example ${EXAMPLES}.`,
  };
}

function tidyWhat(text: string): string {
  return collapse(text)
    .replace(/^(?:me\s+)?to\s+/i, '')
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function checkRange(at: Date, now: Date, zone: string): WhenResult {
  const display = formatLocal(at, zone, now);
  if (at.getTime() <= now.getTime()) {
    return {
      ok: false,
      reason: 'past',
      message: `${display} has already passed. Choose a time that's still ahead, such as "in 2 hours" or "tomorrow 9am".`,
    };
  }
  const limit = inZone(now, zone).plus({ years: MAX_YEARS_AHEAD });
  if (at.getTime() > limit.toMillis()) {
    return {
      ok: false,
      reason: 'too-far',
      message: `${display} is more than ${MAX_YEARS_AHEAD} years away, which is further ahead than reminders go. Try something nearer, like "next month" or "in 6 weeks".`,
    };
  }
  return { ok: true, at, display };
}

/** Checks a time that happened: not after `now`, not more than {@link MAX_YEARS_BACK} years before; a day alone is shown without a time. */
function checkPast({ at, timed }: Reading, now: Date, zone: string): WhenResult {
  const local = inZone(at, zone).setLocale('en-US');
  const display = timed ? formatLocal(at, zone, now) : local.toFormat(inZone(now, zone).year === local.year ? 'cccc, LLLL d' : 'cccc, LLLL d, yyyy');
  if (at.getTime() > now.getTime()) {
    return { ok: false, reason: 'ahead', message: `${display} is still ahead. Give a day that has come, such as "yesterday", "last Tuesday" or "Nov 20".` };
  }
  if (at.getTime() < inZone(now, zone).minus({ years: MAX_YEARS_BACK }).toMillis()) {
    return {
      ok: false,
      reason: 'too-far',
      message: `${display} is more than ${MAX_YEARS_BACK} years ago. Check the year, or give a nearer day such as "last Tuesday".`,
    };
  }
  return { ok: true, at, display };
}

function unparseableMessage(text: string, examples: string): string {
  const shown = collapse(text);
  if (shown === '') {
    return `Tell me when, for example ${examples}.`;
  }
  const quoted = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  const found = partlyRead(shown);
  const part = found === undefined ? '' : ` I could read only "${found}" in it; write the time alone.`;
  return `I couldn't read "${quoted}" as one date or time.${part} Try something like ${examples}.`;
}

/** The time expressions found in text that is not one time expression as a whole ("monday after lunch-ish"), for showing back. */
function partlyRead(text: string): string | undefined {
  const clean = normalise(text);
  if (clean.length > MAX_WHEN_LENGTH) return undefined;
  const found = englishDates()
    .parse(clean)
    .map((result) => result.text);
  return found.length === 0 ? undefined : found.join('", "');
}

/** Rewrites a few forms chrono misreads or does not know. */
function normalise(text: string): string {
  return collapse(text.normalize('NFKC'))
    .replace(/[.!?,;]+$/u, '')
    .replace(/\b(?:the\s+)?day\s+after\s+tomorrow\b/gi, 'in 2 days')
    .replace(/\s+from\s+today\b/gi, '')
    .replace(BARE_DURATION, (match) => `in ${match}`)
    .replace(/\btues\b/gi, 'tuesday')
    .replace(/\bweds\b/gi, 'wednesday')
    .replace(/\b(?:tmr|tmw|tmrrw|2moro)\b/gi, 'tomorrow');
}

/** An instant read from typed text, and whether the text gave a time of day (not only a day). */
interface Reading {
  readonly at: Date;
  readonly timed: boolean;
}

/**
 * Reads `text` as exactly one time expression (filler words like "at" aside)
 * and returns its instant, without checking past or too-far. `undefined` when
 * the text is not one time expression.
 */
function readExpression(text: string, now: Date, zone: string, options: WhenOptions): Reading | undefined {
  const dayTime = requireClock(options.dayTime ?? DEFAULT_DAY_TIME, 'day time');
  const clean = normalise(text);
  if (clean === '' || clean.length > MAX_WHEN_LENGTH) return undefined;

  const local = inZone(now, zone);
  const pretendNow = new Date(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
  const results = englishDates().parse(clean, pretendNow);
  const [result] = results;
  if (results.length !== 1 || !result || !coversWholeText(clean, result)) return undefined;

  const tags = result.tags();
  if (tags.has('result/relativeDateAndTime') || tags.has('casualReference/now')) {
    // An exact duration from now ("in 2 hours"): measured against the pretend reference.
    return { at: new Date(now.getTime() + (result.start.date().getTime() - pretendNow.getTime())), timed: true };
  }
  if (result.start.isCertain('timezoneOffset')) {
    // The text named its own zone ("9am PST"); chrono's instant is absolute.
    return { at: result.start.date(), timed: true };
  }
  const timed = result.start.isCertain('hour') || [...tags].some((tag) => PART_OF_DAY.some(([part]) => part === tag));
  const at =
    options.direction === 'back' ? pastWallClockInstant(result, clean, local, now, zone, dayTime) : wallClockInstant(result, clean, local, now, zone, dayTime);
  return { at, timed };
}

function coversWholeText(clean: string, result: ParsedResult): boolean {
  const rest = `${clean.slice(0, result.index)} ${clean.slice(result.index + result.text.length)}`;
  return rest
    .split(/[\s,]+/)
    .filter((word) => word !== '')
    .every((word) => FILLER_WORDS.has(word.toLowerCase()));
}

function wallClockInstant(result: ParsedResult, clean: string, local: DateTime, now: Date, zone: string, dayTime: ClockTime): Date {
  const start = result.start;
  const tags = result.tags();
  const clock = timeOfDay(result, clean, dayTime);

  const hasDate =
    start.isCertain('day') ||
    start.isCertain('weekday') ||
    start.isCertain('month') ||
    start.isCertain('year') ||
    tags.has('result/relativeDate') ||
    [...tags].some((tag) => /^casualReference\/(today|tomorrow|tonight|yesterday)$/.test(tag));

  // A time alone ("at 5", "noon"): today, or tomorrow once it has passed.
  if (!hasDate) {
    const today = resolveWallClock({ year: local.year, month: local.month, day: local.day, ...clock }, zone);
    if (today.getTime() <= now.getTime() && !NO_ROLL_PATTERN.test(clean)) {
      return atDay(local.plus({ days: 1 }), clock, zone);
    }
    return today;
  }

  const year = start.get('year') ?? local.year;
  const month = start.get('month') ?? local.month;
  const day = start.get('day') ?? local.day;
  let date = local.set({ year, month, day }).startOf('day');
  let at = atDay(date, clock, zone);

  const backwards = BACKWARD_PATTERN.test(clean);
  const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day');
  if (weekdayOnly && !backwards) {
    // chrono picks the closest such weekday, which may be behind us.
    const todayStart = local.startOf('day');
    while (date < todayStart) date = date.plus({ weeks: 1 });
    at = atDay(date, clock, zone);
    if (at.getTime() <= now.getTime() && !NO_ROLL_PATTERN.test(clean)) {
      date = date.plus({ weeks: 1 });
      at = atDay(date, clock, zone);
    }
  }

  const yearGuessed = start.isCertain('month') && !start.isCertain('year');
  if (yearGuessed && !backwards && date < local.startOf('day')) {
    date = date.plus({ years: 1 });
    at = atDay(date, clock, zone);
  }
  return at;
}

/**
 * {@link wallClockInstant} read back: a time alone is today, or yesterday while still to come;
 * a weekday alone is the last such day (today included); a date without a year is this year's,
 * or last year's while still to come; a day alone that is today means now.
 */
function pastWallClockInstant(result: ParsedResult, clean: string, local: DateTime, now: Date, zone: string, dayTime: ClockTime): Date {
  const start = result.start;
  const clock = timeOfDay(result, clean, dayTime);
  const todayStart = local.startOf('day');
  let date = local.set({ year: start.get('year') ?? local.year, month: start.get('month') ?? local.month, day: start.get('day') ?? local.day }).startOf('day');
  const keepAsWritten = BACKWARD_PATTERN.test(clean) || FORWARD_PATTERN.test(clean);
  if (!keepAsWritten) {
    const dated = start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month') || start.isCertain('year');
    const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day');
    if (weekdayOnly) {
      // chrono picks the closest such weekday, which may be ahead of us.
      while (date > todayStart) date = date.minus({ weeks: 1 });
    } else if (start.isCertain('month') && !start.isCertain('year') && date > todayStart) {
      date = date.minus({ years: 1 });
    } else if (!dated && start.isCertain('hour') && atDay(date, clock, zone).getTime() > now.getTime()) {
      date = date.minus({ days: 1 });
    }
  }
  const at = atDay(date, clock, zone);
  const dayAlone = !start.isCertain('hour');
  return dayAlone && date.equals(todayStart) && at.getTime() > now.getTime() ? now : at;
}

function atDay(date: DateTime, clock: ClockTime, zone: string): Date {
  return resolveWallClock({ year: date.year, month: date.month, day: date.day, hour: clock.hour, minute: clock.minute }, zone);
}

/** The clock time meant by a result: explicit, a part of the day, or the day-only default. */
function timeOfDay(result: ParsedResult, clean: string, dayTime: ClockTime): ClockTime {
  const start = result.start;
  if (start.isCertain('hour')) {
    let hour = start.get('hour') ?? dayTime.hour;
    const minute = start.get('minute') ?? 0;
    const leadingZero = /(^|\D)0\d[:.h]?\d{0,2}/.test(result.text);
    if (!start.isCertain('meridiem') && hour >= 1 && hour <= 7 && !leadingZero) {
      hour += 12;
    }
    return { hour, minute };
  }
  const tags = result.tags();
  if (/\bnight\b/i.test(clean)) return NIGHT_CLOCK;
  for (const [tag, clock] of PART_OF_DAY) {
    if (tags.has(tag)) return clock;
  }
  return dayTime;
}

/** Outcome of {@link parseTimeOfDay}. */
export type TimeOfDayResult = { readonly ok: true; readonly clock: ClockTime } | { readonly ok: false; readonly message: string };

/**
 * Reads a time of day typed by a student, with the same parser as every other typed time:
 * `22:00`, `10pm`, `7:30 am`, `noon`. A bare hour that could be morning or evening (`10`,
 * `7:30`) is refused with both readings offered, since a quiet hour an hour out is no use.
 */
export function parseTimeOfDay(text: string): TimeOfDayResult {
  const typed = collapse(text);
  const strict = parseClock(typed);
  if (strict !== undefined) return { ok: true, clock: strict };
  const bare = /^(?:at\s+)?(\d{1,2})(?::([0-5]\d))?$/i.exec(typed);
  if (bare !== null) {
    const clock = { hour: Number(bare[1]), minute: Number(bare[2] ?? 0) };
    if (clock.hour > 23) return unreadableTimeOfDay(typed);
    return clock.hour >= 1 && clock.hour <= 12 ? morningOrEvening(typed, clock) : { ok: true, clock };
  }
  const clean = normalise(typed);
  const results = clean === '' || clean.length > MAX_WHEN_LENGTH ? [] : englishDates().parse(clean, new Date(2026, 0, 15, 12, 0));
  const [result] = results;
  const start = result?.start;
  const dated = start !== undefined && (['day', 'weekday', 'month', 'year'] as const).some((part) => start.isCertain(part));
  if (results.length !== 1 || result === undefined || start === undefined || dated || !start.isCertain('hour') || !coversWholeText(clean, result))
    return unreadableTimeOfDay(typed);
  const clock = { hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0 };
  return !start.isCertain('meridiem') && /\d/.test(clean) && clock.hour >= 1 && clock.hour <= 12 ? morningOrEvening(typed, clock) : { ok: true, clock };
}

function unreadableTimeOfDay(typed: string): TimeOfDayResult {
  return { ok: false, message: `I couldn't read "${typed}" as a time of day. Write it like 10pm, 7:30am or 22:00 (HH:mm).` };
}

/** The question for an hour that could be either side of noon ("10", "7:30"). */
function morningOrEvening(typed: string, clock: ClockTime): TimeOfDayResult {
  const shown = `${clock.hour}${clock.minute === 0 ? '' : `:${String(clock.minute).padStart(2, '0')}`}`;
  const morning = formatClock({ hour: clock.hour % 12, minute: clock.minute });
  const evening = formatClock({ hour: (clock.hour % 12) + 12, minute: clock.minute });
  return { ok: false, message: `Is "${typed}" in the morning or the evening? Write ${shown}am or ${shown}pm (or ${morning} / ${evening}).` };
}
