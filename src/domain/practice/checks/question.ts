/**
 * Turns the question checker's verdict (from the questions domain) into a practice finding,
 * so the call and interview graders judge questions exactly as the question planner does.
 */
import type { CheckIssue, QuestionCheck } from '../../questions/checker.js';
import type { Finding } from '../feedback.js';
import type { MistakeCode } from '../mistakes.js';
import { shortQuote } from '../quote.js';

/** Share of a question's value kept for each verdict. */
export const VERDICT_VALUE = { good: 1, improve: 0.6, avoid: 0 } as const;

/** The practice mistake code for each checker issue. */
const ISSUE_CODES: Readonly<Record<CheckIssue, MistakeCode>> = {
  'job-request': 'job-request',
  personal: 'too-personal',
  'salary-personal': 'too-personal',
  'basic-research': 'basic-research',
  leading: 'leading-question',
  closed: 'closed-question',
  double: 'double-question',
  'too-long': 'weak-question',
  vague: 'weak-question',
  empty: 'weak-question',
};

/** A finding for a question the checker did not rate `good`, costing `cost` (null when it is good). */
export function questionFinding(check: QuestionCheck, cost: number): Finding | null {
  if (check.verdict === 'good') return null;
  const issue = check.issues[0];
  return {
    code: issue === undefined ? 'weak-question' : ISSUE_CODES[issue],
    cost,
    note: check.reason,
    quote: shortQuote(check.question),
    advice: check.rewrite === undefined ? check.reason : `${check.reason} Try: "${check.rewrite}"`,
    ...(check.rewrite === undefined ? {} : { rewrite: { original: check.question, suggestion: check.rewrite } }),
  };
}
