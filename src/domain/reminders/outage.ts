import { commandRef } from '../../core/command-ref.js';
import { timeToken } from '../../core/time-token.js';
import { userText } from '../../core/user-text.js';
import { formatLocal } from './local-time.js';

/**
 * How long a nudge waits out a platform that cannot be reached (timeouts, 5xx answers, dropped
 * connections) before it counts as missed: longer than any outage Slack or Discord has had in
 * years, so a reminder outlives a several-hour outage and goes out, late, once the platform is back.
 */
export const OUTAGE_PATIENCE_MS = 24 * 3_600_000;

/** The shortest and longest wait between two attempts during an outage. */
const OUTAGE_RETRY_MIN_MS = 60_000;
const OUTAGE_RETRY_MAX_MS = 15 * 60_000;

/**
 * The wait before the next attempt when the platform has been unreachable for `elapsedMs`: a
 * quarter of the outage so far, between 1 and 15 minutes, so a short blip is retried soon and a
 * long outage is polled every 15 minutes, with the nudge out at most that late once it ends.
 */
export function outageRetryDelay(elapsedMs: number): number {
  return Math.min(OUTAGE_RETRY_MAX_MS, Math.max(OUTAGE_RETRY_MIN_MS, Math.floor(elapsedMs / 4)));
}

/** An outage a student's nudges went through: on which platform, from when to when, in their zone. */
export interface Outage {
  /** The platform's name as its adapter gives it (the messenger's `platformName`), to open a sentence. */
  readonly platformName: string;
  readonly from: Date;
  readonly to: Date;
  readonly zone: string;
}

/** "Slack could not be reached from <time> to <time>", each time in the student's zone. */
function unreachableSpan({ platformName, from, to, zone }: Outage): string {
  return `${platformName} could not be reached from ${timeToken(from, formatLocal(from, zone, to))} to ${timeToken(to, formatLocal(to, zone, to))}`;
}

/** The line that opens a nudge held back by an outage: why it arrives late. */
export function lateNote(outage: Outage, count: number): string {
  return `${unreachableSpan(outage)}, so ${count === 1 ? 'this reminder arrives' : `these ${count} reminders arrive`} late:`;
}

/** How many missed reminders the notice names; the rest are counted. */
const TITLES_NAMED = 3;

/**
 * What a student is told next time when an outage outlasted {@link OUTAGE_PATIENCE_MS}: what
 * happened, which reminders were missed, and where to see what is still to come. Never "allow
 * DMs": their settings were not the cause.
 */
export function missedNotice(outage: Outage, titles: readonly string[]): string {
  const named = titles.slice(0, TITLES_NAMED).map((title) => `“${userText(title)}”`);
  const more = titles.length > TITLES_NAMED ? ` and ${titles.length - TITLES_NAMED} more` : '';
  const count = titles.length === 1 ? '1 reminder was' : `${titles.length} reminders were`;
  return `${unreachableSpan(outage)}, so ${count} missed: ${named.join(', ')}${more}. ${commandRef('remind', 'list')} shows what is coming up.`;
}
