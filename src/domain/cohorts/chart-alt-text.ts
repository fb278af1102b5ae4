/**
 * The cohort chart said in words, from the same data the picture is drawn from, for people who
 * cannot see it (screen readers read it as the image's alt text).
 *
 * @module
 */
import type { CohortChartData } from './chart-data.js';
import { CHART_WEEKS } from './chart-data.js';

/** The most characters of alt text: under Slack's `alt_txt` (1,000) and Discord's attachment description (1,024). */
export const MAX_ALT_TEXT = 1000;

/** A count with its noun, e.g. "1 interview", "3 interviews". */
function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** The sentence about the due date, when there is one. */
function dueSentence(data: CohortChartData): string {
  if (data.due === undefined) return '';
  return ` ${data.due.what} ${data.due.past ? 'was' : 'is'} due ${data.due.label}${data.due.week === undefined ? ' (beyond the weeks shown)' : ''}.`;
}

/** One or two sentences with every number the chart shows, e.g. for a Slack `alt_txt`. */
export function chartAltText(data: CohortChartData): string {
  const { funnel } = data;
  const past = data.weeks.slice(0, CHART_WEEKS);
  const total = past.reduce((sum, week) => sum + (week.interviews ?? 0), 0);
  const text =
    `Chart of ${data.cohortName} as of ${data.asOf}. ` +
    `Funnel: ${count(funnel.requests, 'request', 'requests')}, ${count(funnel.replies, 'reply', 'replies')}, ${count(funnel.interviews, 'interview', 'interviews')}, ` +
    `${count(funnel.thankYous, 'thank-you', 'thank-yous')}, ${count(funnel.referrals, 'referral', 'referrals')}. ` +
    `Interviews per week for the last ${CHART_WEEKS} weeks, from the week of ${past[0]?.label ?? ''}: ${past.map((week) => week.interviews ?? 0).join(', ')} (${total} in all).` +
    dueSentence(data);
  // A long assignment title could pass the limit; cut between code points, never inside one.
  return text.length <= MAX_ALT_TEXT
    ? text
    : `${Array.from(text.slice(0, MAX_ALT_TEXT - 1))
        .slice(0, -1)
        .join('')}…`;
}
