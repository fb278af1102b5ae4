/**
 * One student's numbers for an advisor: contacts by stage, interviews, how often thank-yous
 * went out in time, the practice score trend and the last activity.
 *
 * @module
 */
import { CONTACT_STAGES, type ContactStage } from '../journal/stages.js';
import type { RehearsalFact, StudentActivity } from './activity.js';
import { studentFunnel, type Funnel } from './funnel.js';

/** How thank-yous went: sent within the window, out of the interviews whose window has closed (or that were thanked). */
export interface ThankYouTiming {
  readonly within: number;
  readonly of: number;
}

/** Which way practice scores are going. */
export type TrendDirection = 'up' | 'down' | 'steady' | 'none';

/** The practice score trend: how many rehearsals, the first and latest score, and the direction. */
export interface PracticeTrend {
  readonly rehearsals: number;
  readonly first?: number;
  readonly latest?: number;
  readonly direction: TrendDirection;
}

/** One student's numbers. */
export interface StudentStats {
  readonly userId: string;
  readonly displayName: string;
  readonly stageCounts: Readonly<Record<ContactStage, number>>;
  readonly funnel: Funnel;
  readonly thankYous: ThankYouTiming;
  readonly practice: PracticeTrend;
  readonly lastActiveAt?: Date;
}

/** A change of at most this many points between the earlier average and the latest score counts as steady. */
const STEADY_POINTS = 3;

const HOUR_MS = 3_600_000;

/** Computes a student's numbers at `now`; a thank-you counts as on time within `thankYouHours` of the interview. */
export function studentStats(activity: StudentActivity, now: Date, thankYouHours: number): StudentStats {
  return {
    userId: activity.userId,
    displayName: activity.displayName,
    stageCounts: stageCounts(activity),
    funnel: studentFunnel(activity),
    thankYous: thankYouTiming(activity, now, thankYouHours),
    practice: practiceTrend(activity.rehearsals),
    ...(activity.lastActiveAt === undefined ? {} : { lastActiveAt: activity.lastActiveAt }),
  };
}

function stageCounts(activity: StudentActivity): Record<ContactStage, number> {
  const counts = Object.fromEntries(CONTACT_STAGES.map((stage) => [stage, 0])) as Record<ContactStage, number>;
  for (const contact of activity.contacts) {
    if (contact.stage in counts) counts[contact.stage as ContactStage]++;
  }
  return counts;
}

/**
 * For each interview: thanked on time when the contact was thanked no later than `hours` after
 * it. An interview still inside its window and not yet thanked is left out (it is not late yet).
 */
export function thankYouTiming(activity: StudentActivity, now: Date, hours: number): ThankYouTiming {
  const windowMs = hours * HOUR_MS;
  let within = 0;
  let of = 0;
  for (const interview of activity.interviews) {
    const thanks = activity.events
      .filter((event) => event.contactId === interview.contactId && event.stage === 'thanked' && event.at.getTime() >= interview.heldAt.getTime() - windowMs)
      .map((event) => event.at.getTime());
    const first = thanks.length === 0 ? undefined : Math.min(...thanks);
    const windowEnd = interview.heldAt.getTime() + windowMs;
    if (first === undefined && now.getTime() <= windowEnd) continue;
    of++;
    if (first !== undefined && first <= windowEnd) within++;
  }
  return { within, of };
}

/** The trend of finished rehearsals: the latest score against the average of the earlier ones. */
export function practiceTrend(rehearsals: readonly RehearsalFact[]): PracticeTrend {
  const scores = [...rehearsals].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime()).map((rehearsal) => rehearsal.score);
  const first = scores[0];
  const latest = scores[scores.length - 1];
  if (first === undefined || latest === undefined) return { rehearsals: 0, direction: 'none' };
  const earlier = scores.slice(0, -1);
  if (earlier.length === 0) return { rehearsals: 1, first, latest, direction: 'none' };
  const average = earlier.reduce((sum, score) => sum + score, 0) / earlier.length;
  const direction: TrendDirection = latest - average > STEADY_POINTS ? 'up' : average - latest > STEADY_POINTS ? 'down' : 'steady';
  return { rehearsals: scores.length, first, latest, direction };
}

/** The share of on-time thank-yous as words, e.g. "1 of 2 (50%)", or "none due yet". */
export function thankYouShare(timing: ThankYouTiming): string {
  if (timing.of === 0) return 'none due yet';
  return `${timing.within} of ${timing.of} (${Math.round((100 * timing.within) / timing.of)}%)`;
}

const TREND_MARKS: Readonly<Record<TrendDirection, string>> = { up: '↑', down: '↓', steady: '→', none: '' };

/** The practice trend as words, e.g. "55 → 72 ↑ (3 rehearsals)", or "no rehearsals yet". */
export function practiceSummary(trend: PracticeTrend): string {
  if (trend.latest === undefined || trend.first === undefined) return 'no rehearsals yet';
  const count = `${trend.rehearsals} rehearsal${trend.rehearsals === 1 ? '' : 's'}`;
  if (trend.rehearsals === 1) return `${trend.latest} (${count})`;
  return `${trend.first} → ${trend.latest} ${TREND_MARKS[trend.direction]} (${count})`;
}
