import { MAX_WORDS } from './checker-form.js';
import type { CheckIssue } from './checker-types.js';

/**
 * Why each issue matters, in the student's terms. The advice behind them: an informational
 * interview is for learning, never for asking for a job; do your homework first; respect
 * the person's time and privacy; ask open questions and let them talk.
 */
export const ISSUE_REASONS: Readonly<Record<CheckIssue, string>> = {
  'job-request':
    'This asks them for a job or a hiring favour. They agreed to share what they know, not to recruit you, so it can put them on the spot and reflect badly on whoever introduced you; if an opening or a referral comes up, let it come from them.',
  'salary-personal':
    'This asks what they themselves earn or charge, which most people would rather keep private. Ask about the usual range for someone starting out in the field instead.',
  personal:
    'This touches their private life (age, family, health, beliefs, origin or home), which is not what they agreed to talk about and can make the conversation awkward.',
  'basic-research':
    'Their website or a quick search answers this. Look it up before the call and spend their time on what only an insider can tell you; asking it suggests you skipped your homework.',
  leading:
    'This leads them toward the answer you expect, so you may hear politeness rather than their own view. Ask it neutrally and let them decide what they think.',
  closed: 'This invites a yes or a no. An open question (how, what, which) gets you the story and the reasons behind the answer.',
  double: 'This asks two things at once, so one half usually gets lost. Ask them one at a time.',
  'too-long': `This runs past ${MAX_WORDS} words, which is hard to follow when spoken. Keep the background for your introduction and ask the question on its own.`,
  vague: 'This is too broad to answer well in a short conversation. Name the part of the work you want to hear about.',
  empty: 'There is no question here yet.',
};

/** Which issues make a question `avoid`; the rest make it `improve`. */
export const AVOID_ISSUES: ReadonlySet<CheckIssue> = new Set(['job-request', 'personal', 'salary-personal']);
