import { rankCandidates } from './plan-candidates.js';
import type { PlanRequest, PlannedQuestion, QuestionPlan } from './plan-types.js';
import { comparisonKey } from './question-text.js';
import type { QuestionCategory } from './question-types.js';

/**
 * The questions a plan left out, for "More questions": every bank question that suits the
 * request and is not already in the plan, in rounds of one per category (best first within a
 * round), so each page ranges over several topics and focus categories lead each round.
 * Opening questions are left out: the plan already has its warm-up. Pure and deterministic,
 * so pages can be cut from the list without remembering what was shown.
 */
export function remainingQuestions(request: PlanRequest, plan: QuestionPlan): PlannedQuestion[] {
  const planned = [...plan.mustAsk, ...(plan.shouldAsk ?? []), ...plan.ifTimeAllows, ...plan.closing];
  // By id too: a plan may have shortened a long subject in a question's text.
  const inPlan = new Set([...planned.map((question) => comparisonKey(question.text)), ...planned.map((question) => question.id.replace(/:follow-up$/, ''))]);
  const taken = new Map<QuestionCategory, number>();
  return rankCandidates(request, plan.subject)
    .filter((candidate) => candidate.bank.category !== 'opening' && !inPlan.has(candidate.key) && !inPlan.has(candidate.bank.id))
    .map((candidate) => {
      const round = taken.get(candidate.bank.category) ?? 0;
      taken.set(candidate.bank.category, round + 1);
      return { candidate, round };
    })
    .sort((a, b) => a.round - b.round || b.candidate.score - a.candidate.score)
    .map(({ candidate }) => candidate.question);
}
