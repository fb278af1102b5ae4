import { commandRef } from '../../src/core/command-ref.js';
import { channelToken, userToken } from '../../src/core/mention-token.js';
import { defineSubcommand } from '../../src/core/command.js';
import { bullets, context, ephemeral, fields, heading, text } from '../../src/core/reply-builders.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { CONTACT_STAGES, STAGE_LABELS } from '../../src/domain/journal/stages.js';
import { addFunnels, funnelLine } from '../../src/domain/cohorts/funnel.js';
import { GOAL_STATE_WORDS, describeGoal } from '../../src/domain/cohorts/goal.js';
import { practiceSummary, thankYouShare, type StudentStats } from '../../src/domain/cohorts/student-stats.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import type { Cohort } from '../../src/domain/cohorts/cohort-repository.js';
import type { SharedSummary } from '../../src/domain/cohorts/share-repository.js';
import { assignmentReportBlocks, assignmentStandings, type AssignmentStanding } from './assignment-report.js';
import { recordAdvisorView } from './audit.js';
import { findCohort } from './cohort-lookup.js';
import { cohortChart, dueMarkerOf } from './cohort-chart.js';
import { cohortNumbers, goalStateOf } from './cohort-numbers.js';
import { cohortFlag } from './cohort-options.js';
import { COHORT } from './refs.js';
import { cohortAdvisorsPhrase, isCohortAdvisor } from './cohort-advisors.js';
import { userText } from '../../src/core/user-text.js';

/** A day as a short label in the cohort's zone, e.g. "Nov 23". */
function day(at: Date, zone: string): string {
  return inZone(at, zone).setLocale('en-US').toFormat('LLL d');
}

/** One student's line: stage counts, interviews, on-time thank-yous, practice, last activity, goal. */
function studentLine(cohort: Cohort, stats: StudentStats, now: Date): string {
  const stages = CONTACT_STAGES.filter((stage) => stats.stageCounts[stage] > 0).map(
    (stage) => `${STAGE_LABELS[stage].toLowerCase()} ${stats.stageCounts[stage]}`,
  );
  const goal = goalStateOf(cohort, stats, now);
  return (
    [
      `*${userText(stats.displayName)}*: ${stats.funnel.interviews} interview${stats.funnel.interviews === 1 ? '' : 's'}`,
      `thank-yous within 48 h: ${thankYouShare(stats.thankYous)}`,
      `practice: ${practiceSummary(stats.practice)}`,
      `last active ${stats.lastActiveAt === undefined ? 'never' : day(stats.lastActiveAt, cohort.digest.zone)}`,
      ...(goal === undefined ? [] : [`goal: ${GOAL_STATE_WORDS[goal]}`]),
    ].join(' · ') + `\n  contacts: ${stages.length === 0 ? 'none yet' : stages.join(', ')}`
  );
}

/** A shared summary as the advisor reads it. */
function sharedLine(summary: SharedSummary, name: string, zone: string): string {
  const parts = [
    summary.learned === undefined ? undefined : `learned: ${userText(summary.learned)}`,
    summary.advice === undefined ? undefined : `advice: ${userText(summary.advice)}`,
    summary.nextSteps === undefined ? undefined : `next: ${userText(summary.nextSteps)}`,
  ].filter((part): part is string => part !== undefined);
  return `*${name}* on ${userText(summary.contactName)} (${day(summary.heldAt, zone)}): ${parts.join('; ')}`;
}

/** The report: per student, cohort totals, the funnel and what students shared. */
function reportReply(
  cohort: Cohort,
  stats: readonly StudentStats[],
  shared: readonly SharedSummary[],
  assignments: readonly AssignmentStanding[],
  now: Date,
): Reply {
  const zone = cohort.digest.zone;
  const funnel = addFunnels(stats.map((student) => student.funnel));
  const onTime = stats.reduce((sum, student) => ({ within: sum.within + student.thankYous.within, of: sum.of + student.thankYous.of }), { within: 0, of: 0 });
  const met = stats.filter((student) => goalStateOf(cohort, student, now) === 'met').length;
  const names = new Map(stats.map((student) => [student.userId, userText(student.displayName)]));
  const blocks: Block[] = [heading(`📋 ${userText(cohort.name)}: progress report`)];
  if (cohort.goal !== undefined) blocks.push(text(`Goal: ${describeGoal(cohort.goal, zone)}.`));
  blocks.push(
    stats.length === 0
      ? text(`No students yet. They join with ${commandRef(COHORT, 'join')} in ${channelToken(cohort.channelId)}.`)
      : bullets(stats.map((student) => studentLine(cohort, student, now))),
  );
  blocks.push(
    text('*Cohort totals*'),
    fields([
      { label: 'Students', value: String(stats.length) },
      { label: 'Interviews', value: String(funnel.interviews) },
      { label: 'Thank-yous within 48 h', value: thankYouShare(onTime) },
      { label: 'Rehearsals', value: String(stats.reduce((sum, student) => sum + student.practice.rehearsals, 0)) },
      ...(cohort.goal === undefined ? [] : [{ label: 'Goal met', value: `${met} of ${stats.length}` }]),
    ]),
    text(`*Funnel:* ${funnelLine(funnel)}`),
    ...assignmentReportBlocks(cohort, assignments, names),
  );
  if (shared.length > 0)
    blocks.push(text('*Shared with you*'), bullets(shared.map((summary) => sharedLine(summary, names.get(summary.userId) ?? userToken(summary.userId), zone))));
  blocks.push(
    context(
      `Only you see this. Notes stay private unless a student shares a summary. Each student can see that you viewed their data with ${commandRef('privacy', 'log')}.`,
    ),
  );
  return ephemeral(...blocks);
}

/** `/cohort report`: the advisor's view of a cohort, recorded in each student's audit log. */
export const reportSubcommand = defineSubcommand({
  description: 'Advisors: per-student progress, assignments, cohort totals and the funnel',
  examples: ['/cohort report', '/cohort report --cohort fall'],
  role: 'advisor',
  options: { cohort: cohortFlag },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    const now = ctx.clock.now();
    const { stats, activities } = await cohortNumbers(ctx.services, cohort, now);
    // Students share summaries with the cohort's advisors (its creator and those added to it): not with every advisor or admin of the workspace.
    const readsShared = isCohortAdvisor(ctx, cohort);
    const shared = readsShared ? await ctx.services.cohorts.shares.sharedWith(cohort.tenant, cohort.id) : [];
    const sharing = new Set(shared.map((summary) => summary.userId));
    const ids = stats.map((student) => student.userId);
    await recordAdvisorView(
      ctx,
      cohort,
      ids.filter((id) => !sharing.has(id)),
      'progress report (counts)',
    );
    await recordAdvisorView(
      ctx,
      cohort,
      ids.filter((id) => sharing.has(id)),
      'progress report (counts and the summaries you shared)',
    );
    const standings = await assignmentStandings(ctx, cohort, activities, now);
    const chart = await cohortChart(
      cohort,
      activities,
      now,
      ctx.logger,
      dueMarkerOf(
        cohort,
        standings.map((standing) => standing.assignment),
        now,
      ),
    );
    const report = reportReply(cohort, stats, shared, standings, now);
    const reply = chart.image === undefined ? { ...report, blocks: [...report.blocks, context(chart.missing)] } : { ...report, images: [chart.image] };
    return readsShared
      ? reply
      : {
          ...reply,
          blocks: [...reply.blocks, context(`Interview summaries students share go only to ${cohortAdvisorsPhrase(cohort)}, not to every advisor here.`)],
        };
  },
});
