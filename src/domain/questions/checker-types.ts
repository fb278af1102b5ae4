/** `good` to ask as is, `improve` with a better wording, `avoid` in an informational interview. */
export type Verdict = 'good' | 'improve' | 'avoid';

/**
 * What is wrong with a question. `leading` hands over the expected answer ("Don't you think…");
 * `closed` narrows it to yes or no.
 */
export type CheckIssue = 'job-request' | 'personal' | 'salary-personal' | 'basic-research' | 'leading' | 'closed' | 'double' | 'too-long' | 'vague' | 'empty';

/** The checker's judgment on one question. */
export interface QuestionCheck {
  question: string;
  verdict: Verdict;
  /** Most serious first; empty for `good`. */
  issues: CheckIssue[];
  /** A short explanation the student can act on. */
  reason: string;
  /** A better question, present for every `improve` and `avoid` verdict. */
  rewrite?: string;
}

/** The checker's judgment on a list of questions. */
export interface CheckSummary {
  results: QuestionCheck[];
  counts: Record<Verdict, number>;
  /** One or two sentences summing up the list. */
  summary: string;
}
