import { textOption } from '../../src/core/options.js';

/** The longest cohort name. */
export const MAX_COHORT_NAME = 40;

/** `--cohort <name>`: which cohort, when the channel or the student's memberships do not say. */
export const cohortFlag = textOption({
  description: 'Which cohort (default: the one of this channel, or your only one)',
  required: false,
  maxLength: MAX_COHORT_NAME,
  example: 'fall',
});

/** A cohort named by the first words (`/cohort join fall`); optional in the cohort's channel. */
export const cohortWords = textOption({
  description: 'Which cohort (default: the one of this channel)',
  positional: true,
  rest: true,
  required: false,
  maxLength: MAX_COHORT_NAME,
  example: 'fall',
});
