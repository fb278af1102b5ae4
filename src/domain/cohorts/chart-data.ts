/**
 * What the cohort chart shows, computed from counts only: the funnel, interviews held in each
 * of the last eight weeks (weeks start on Monday in the cohort's time zone), and where a due
 * date falls on those weeks. The picture itself is drawn elsewhere (`src/charts/`).
 *
 * @module
 */
import { DateTime } from 'luxon';
import type { Funnel } from './funnel.js';
import { inZone } from '../reminders/local-time.js';

/** How many past weeks the chart shows, the current one included. */
export const CHART_WEEKS = 8;

/** The most weeks after the current one the chart stretches to reach a due date. */
const MAX_WEEKS_AHEAD = 4;

/** A date to mark on the chart: a goal's or an assignment's last day. */
export interface DueMarker {
  /** The last day, as `yyyy-MM-dd` in the cohort's time zone. */
  readonly day: string;
  /** What is due, for the alt text: "the cohort goal", an assignment's title. */
  readonly what: string;
}

/** One week on the chart. */
export interface WeekCount {
  /** The Monday it starts, e.g. "Nov 30". */
  readonly label: string;
  /** Interviews held that week; undefined for a week still to come. */
  readonly interviews: number | undefined;
}

/** Where the due date sits on the weeks. */
export interface DuePosition {
  readonly what: string;
  /** The day, e.g. "Feb 15". */
  readonly label: string;
  /** The week it falls in, by label, when the chart shows that week. */
  readonly week?: string;
  /** How far into that week the day ends, from 0 (its Monday's start) to 1. */
  readonly fraction: number;
  /** Whether the day is past, as of the chart's time. */
  readonly past: boolean;
}

/** Everything the chart and its alt text say. */
export interface CohortChartData {
  /** The cohort's name as written (no markup: it is drawn, never rendered as text). */
  readonly cohortName: string;
  /** The day the chart is as of, e.g. "Dec 7, 2026". */
  readonly asOf: string;
  readonly funnel: Funnel;
  /** The last eight weeks, oldest first, then any weeks up to the due date. */
  readonly weeks: readonly WeekCount[];
  readonly due?: DuePosition;
}

/** What the chart is computed from. */
export interface ChartInput {
  readonly cohortName: string;
  readonly zone: string;
  readonly now: Date;
  readonly funnel: Funnel;
  /** When each interview of every student was held. */
  readonly interviewTimes: readonly Date[];
  readonly due?: DueMarker;
}

/** A day as a short label, e.g. "Nov 30". */
function dayLabel(day: DateTime): string {
  return day.setLocale('en-US').toFormat('LLL d');
}

/** Where the due date falls: its week (when within reach of the chart) and how far into it. */
function duePosition(due: DueMarker, firstWeek: DateTime, lastWeek: DateTime, now: DateTime): { position: DuePosition; weeksAhead: number } {
  const dueEnd = DateTime.fromISO(due.day, { zone: firstWeek.zone }).endOf('day');
  const dueWeek = dueEnd.startOf('week');
  const weeksAhead = Math.round(dueWeek.diff(lastWeek, 'weeks').weeks);
  const shown = dueWeek >= firstWeek && weeksAhead <= MAX_WEEKS_AHEAD;
  const fraction = dueEnd.diff(dueWeek).toMillis() / dueWeek.plus({ weeks: 1 }).diff(dueWeek).toMillis();
  return {
    position: { what: due.what, label: dayLabel(dueEnd), ...(shown ? { week: dayLabel(dueWeek) } : {}), fraction, past: dueEnd < now },
    weeksAhead: shown ? Math.max(0, weeksAhead) : 0,
  };
}

/** The chart's data as of `input.now`, in the cohort's zone. */
export function cohortChartData(input: ChartInput): CohortChartData {
  const now = inZone(input.now, input.zone);
  const lastWeek = now.startOf('week');
  const firstWeek = lastWeek.minus({ weeks: CHART_WEEKS - 1 });
  const counts = new Array<number>(CHART_WEEKS).fill(0);
  for (const at of input.interviewTimes) {
    const index = Math.floor(inZone(at, input.zone).startOf('week').diff(firstWeek, 'weeks').weeks + 0.5);
    if (index >= 0 && index < CHART_WEEKS) counts[index] = (counts[index] ?? 0) + 1;
  }
  const due = input.due === undefined ? undefined : duePosition(input.due, firstWeek, lastWeek, now);
  const weeks: WeekCount[] = [];
  for (let index = 0; index < CHART_WEEKS + (due?.weeksAhead ?? 0); index++) {
    weeks.push({ label: dayLabel(firstWeek.plus({ weeks: index })), interviews: counts[index] });
  }
  return {
    cohortName: input.cohortName,
    asOf: now.setLocale('en-US').toFormat('LLL d, yyyy'),
    funnel: input.funnel,
    weeks,
    ...(due === undefined ? {} : { due: due.position }),
  };
}
