/**
 * The weekly digest of a cohort: one message with the week's headline numbers, and a thread
 * with totals and the funnel, milestones (by name only for students who chose to be
 * celebrated), a tip of the week and an invitation to practise. It never names anyone who is
 * behind, and it is built from counts only, so no private note can appear in it.
 *
 * @module
 */
import type { StudentActivity } from './activity.js';
import { addFunnels, funnelLine, studentFunnel } from './funnel.js';
import { describeGoal, goalCounts, goalStatus, type CohortGoal } from './goal.js';
import { activityAsOf, milestonesBetween } from './milestones.js';
import { studentStats } from './student-stats.js';
import { tipOfTheWeek } from './tips.js';

/** A member of the cohort, with their choice about being named in milestones. */
export interface DigestMember {
  readonly activity: StudentActivity;
  /** The student opted in to having their milestones celebrated by name. */
  readonly celebrate: boolean;
}

/** What a digest is written from. */
export interface DigestRequest {
  readonly cohortName: string;
  readonly zone: string;
  readonly members: readonly DigestMember[];
  readonly goal?: CohortGoal;
  /** The start of the week the digest covers. */
  readonly since: Date;
  readonly now: Date;
  /** How many hours after an interview a thank-you counts as on time. */
  readonly thankYouHours: number;
  /** Commands as typed on the platform: practice, and the student's own progress. */
  readonly commands: { readonly practice: string; readonly progress: string };
}

/** One part of the digest's thread. */
export interface DigestSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

/** A digest: the channel message (title and summary) and its thread. */
export interface DigestContent {
  readonly title: string;
  readonly summary: string;
  readonly thread: readonly DigestSection[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Writes the weekly digest. */
export function weeklyDigest(request: DigestRequest): DigestContent {
  const { members, since, now, goal, zone } = request;
  const total = addFunnels(members.map((member) => studentFunnel(member.activity)));
  const weekStart = addFunnels(members.map((member) => studentFunnel(activityAsOf(member.activity, since))));
  const rehearsals = members.reduce((sum, member) => sum + member.activity.rehearsals.length, 0);
  const rehearsalsThisWeek = members.reduce(
    (sum, member) => sum + member.activity.rehearsals.filter((rehearsal) => rehearsal.finishedAt.getTime() >= since.getTime()).length,
    0,
  );
  const active = members.filter((member) => member.activity.lastActiveAt !== undefined && member.activity.lastActiveAt.getTime() >= since.getTime()).length;
  const interviewsThisWeek = total.interviews - weekStart.interviews;
  const thanksThisWeek = total.thankYous - weekStart.thankYous;

  const totals = [
    `${plural(members.length, 'student', 'students')}, ${active} active this week`,
    `Interviews held: ${total.interviews} (${interviewsThisWeek} this week)`,
    `Thank-yous sent: ${total.thankYous} (${thanksThisWeek} this week)`,
    `Practice rehearsals: ${rehearsals} (${rehearsalsThisWeek} this week)`,
    `Funnel: ${funnelLine(total)}`,
  ];
  if (goal !== undefined) {
    const met = members.filter(
      (member) => goalStatus(goal, goalCounts(studentStats(member.activity, now, request.thankYouHours)), now, zone).state === 'met',
    ).length;
    totals.push(`Goal: ${describeGoal(goal, zone)}. ${met} of ${members.length} met it so far.`);
  }

  const named: string[] = [];
  let unnamed = 0;
  for (const member of members) {
    const reached = milestonesBetween(member.activity, since, now, goal === undefined ? undefined : { goal, zone });
    if (member.celebrate) named.push(...reached.map((milestone) => `🎉 ${member.activity.displayName} ${milestone}`));
    else unnamed += reached.length;
  }
  const celebrations = named.length === 0 && unnamed === 0 ? ['No milestones this week: the next one could be yours.'] : [...named];
  if (unnamed > 0) celebrations.push(`🎉 ${plural(unnamed, 'more milestone', 'more milestones')} from classmates who celebrate quietly.`);

  const tip = tipOfTheWeek(now, zone);
  return {
    title: `📣 ${request.cohortName}: the week in numbers`,
    summary: `${plural(interviewsThisWeek, 'interview', 'interviews')} and ${plural(thanksThisWeek, 'thank-you', 'thank-yous')} this week, ${plural(total.interviews, 'interview', 'interviews')} in all. Details in the thread.`,
    thread: [
      { heading: 'Totals and funnel', lines: totals },
      { heading: 'Milestones', lines: celebrations },
      { heading: `Tip of the week: ${tip.title}`, lines: [tip.text] },
      {
        heading: 'Practise this week',
        lines: [
          `A five-minute rehearsal makes the real call easier: try ${request.commands.practice}. See your own progress with ${request.commands.progress}.`,
        ],
      },
    ],
  };
}
