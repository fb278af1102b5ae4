import type { Verdict } from './checker.js';

/** One student question with the verdict a careful career advisor would give it, and why. */
export interface LabelledQuestion {
  readonly question: string;
  readonly verdict: Verdict;
  readonly reason: string;
}

/** A few questions that share a verdict and a reason. */
export function group(verdict: Verdict, reason: string, questions: readonly string[]): LabelledQuestion[] {
  return questions.map((question) => ({ question, verdict, reason }));
}
