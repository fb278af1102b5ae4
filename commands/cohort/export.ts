import { defineSubcommand } from '../../src/core/command.js';
import { context, ephemeral, text } from '../../src/core/reply-builders.js';
import { CONTACT_STAGES } from '../../src/domain/journal/stages.js';
import { inZone } from '../../src/domain/reminders/local-time.js';
import { toCsv } from '../shared/csv.js';
import { assignmentStandings } from './assignment-report.js';
import { ASSIGNMENT_COLUMNS, assignmentCells, reflectionsCsv } from './assignment-export.js';
import { recordAdvisorView } from './audit.js';
import { findCohort } from './cohort-lookup.js';
import { cohortNumbers, goalStateOf } from './cohort-numbers.js';
import { cohortFlag } from './cohort-options.js';
import { userText } from '../../src/core/user-text.js';

const HEADER = [
  'student',
  'joined',
  ...CONTACT_STAGES,
  'requests',
  'replies',
  'interviews',
  'thank-yous',
  'referrals',
  'thank-yous within 48h',
  'thank-yous due',
  'rehearsals',
  'first score',
  'latest score',
  'practice trend',
  'last active',
  'goal status',
];

/**
 * `/cohort export`: the report's numbers as a CSV file for the advisor (counts only, no notes),
 * with each assignment's columns; and, for the advisors who read them, the reflections as a second file.
 */
export const exportSubcommand = defineSubcommand({
  description: 'Advisors: download the progress report as a CSV file',
  examples: ['/cohort export', '/cohort export --cohort fall'],
  role: 'advisor',
  options: { cohort: cohortFlag },
  run: async (ctx, args) => {
    const cohort = await findCohort(ctx, args.cohort, 'workspace');
    const now = ctx.clock.now();
    const { members, stats, activities } = await cohortNumbers(ctx.services, cohort, now);
    const assignments = await assignmentStandings(ctx, cohort, activities, now);
    const joined = new Map(members.map((member) => [member.userId, member.joinedAt]));
    const isoDay = (at: Date | undefined) => (at === undefined ? undefined : (inZone(at, cohort.digest.zone).toISODate() ?? undefined));
    const rows = stats.map((student) => [
      student.displayName,
      isoDay(joined.get(student.userId)),
      ...CONTACT_STAGES.map((stage) => student.stageCounts[stage]),
      student.funnel.requests,
      student.funnel.replies,
      student.funnel.interviews,
      student.funnel.thankYous,
      student.funnel.referrals,
      student.thankYous.within,
      student.thankYous.of,
      student.practice.rehearsals,
      student.practice.first,
      student.practice.latest,
      student.practice.direction,
      isoDay(student.lastActiveAt),
      goalStateOf(cohort, student, now) ?? '',
      ...assignments.flatMap(({ progress }) => assignmentCells(progress.get(student.userId))),
    ]);
    const fileOf = (what: string) => `${cohort.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${what}-${isoDay(now) ?? ''}.csv`;
    const header = [...HEADER, ...assignments.flatMap(({ assignment }) => ASSIGNMENT_COLUMNS.map((column) => `${assignment.title}: ${column}`))];
    const reflections = await reflectionsCsv(
      ctx,
      cohort,
      assignments.map(({ assignment }) => assignment),
    );
    await recordAdvisorView(
      ctx,
      cohort,
      stats.map((student) => student.userId),
      reflections === undefined ? 'progress export (counts)' : 'progress export (counts and assignment reflections)',
    );
    return {
      ...ephemeral(
        text(
          `📎 The progress of *${userText(cohort.name)}*, ${stats.length} student${stats.length === 1 ? '' : 's'}: counts only, no notes${reflections === undefined ? '' : ', and the reflections students wrote for your assignments'}.`,
        ),
        context('Each student can see this export in their audit log.'),
      ),
      attachments: [
        { filename: fileOf('progress'), contentType: 'text/csv', content: toCsv(header, rows) },
        ...(reflections === undefined ? [] : [{ filename: fileOf('reflections'), contentType: 'text/csv', content: reflections }]),
      ],
    };
  },
});
