import { defineCommand } from '../../src/core/command.js';
import { advisorSubcommand } from './advisors.js';
import { archiveAction, archiveSubcommand } from './archive.js';
import { assignSubcommand } from './assign.js';
import { assignmentSubcommand } from './assignment-admin.js';
import { createSubcommand } from './create.js';
import { digestSubcommand } from './digest-settings.js';
import { exportSubcommand } from './export.js';
import { joinAction, joinSubcommand } from './join.js';
import { leaveSubcommand } from './leave.js';
import { listSubcommand } from './list.js';
import { meSubcommand, progressAction } from './me.js';
import { nudgeSubcommand } from './nudge.js';
import { celebrateSubcommand, muteNudgesAction, nudgesSubcommand } from './preferences.js';
import { questionsSubcommand, useRewriteAction } from './questions.js';
import { COHORT, COHORT_ACTIONS } from './refs.js';
import { reflectionsSubcommand } from './reflections.js';
import { reportSubcommand } from './report.js';
import { goalSubcommand } from './set-goal.js';
import { shareSubcommand, unshareSubcommand } from './share.js';

/**
 * `/cohort`: groups of students in a channel with an advisor. Students join, see their own
 * progress and choose what to share; advisors (checked on every call by the dispatcher) set
 * goals, assignments and question sets, read reports and reflections, export them, schedule digests and send check-ins.
 */
export const cohortCommand = defineCommand({
  name: COHORT,
  description: 'Cohorts: join one, see your progress; advisors set goals and read reports',
  examples: [
    '/cohort join',
    '/cohort me',
    '/cohort report',
    '/cohort assign "Explore a career" --interviews 3 --due 2027-02-15 --prompt "What surprised you?"',
  ],
  defaultSubcommand: 'me',
  subcommands: {
    me: meSubcommand,
    join: joinSubcommand,
    leave: leaveSubcommand,
    list: listSubcommand,
    share: shareSubcommand,
    unshare: unshareSubcommand,
    celebrate: celebrateSubcommand,
    nudges: nudgesSubcommand,
    create: createSubcommand,
    goal: goalSubcommand,
    assign: assignSubcommand,
    assignment: assignmentSubcommand,
    reflections: reflectionsSubcommand,
    report: reportSubcommand,
    export: exportSubcommand,
    digest: digestSubcommand,
    nudge: nudgeSubcommand,
    questions: questionsSubcommand,
    advisor: advisorSubcommand,
    archive: archiveSubcommand,
  },
  actions: {
    [COHORT_ACTIONS.join]: joinAction,
    [COHORT_ACTIONS.progress]: progressAction,
    [COHORT_ACTIONS.muteNudges]: muteNudgesAction,
    [COHORT_ACTIONS.useRewrite]: useRewriteAction,
    [COHORT_ACTIONS.archive]: archiveAction,
  },
});
