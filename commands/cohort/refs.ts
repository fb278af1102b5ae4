/** The name of the cohort command, which its buttons route back to. */
export const COHORT = 'cohort';

/** The ids of the cohort command's actions. */
export const COHORT_ACTIONS = {
  /** The Join button on a cohort's welcome message (payload: the cohort id). */
  join: 'join',
  /** Replace an advisor's question with the checker's wording (payload: `cohortId:questionId`). */
  useRewrite: 'use-rewrite',
  /** The student's own progress, from an advisor's nudge. */
  progress: 'progress',
  /** Mute advisors' nudges, from an advisor's nudge. */
  muteNudges: 'mute-nudges',
  /** Confirms `/cohort archive` (payload: the cohort id). */
  archive: 'archive',
} as const;
