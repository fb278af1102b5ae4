import { planAdvisorQuestions } from './plan-advisor.js';
import { rankCandidates } from './plan-candidates.js';
import { planClosing } from './plan-closing.js';
import { selectQuestions } from './plan-select.js';
import { budgetTime } from './plan-timing.js';
import type { PlanRequest, QuestionPlan } from './plan-types.js';
import { buildOpener } from './purpose.js';
import { cleanSubject } from './subject.js';
import { comparisonKey } from './text.js';

/** The planner's request and result types, re-exported so callers need only this module. */
export type { PlanRequest, PlannedQuestion, QuestionPlan } from './plan-types.js';

/**
 * Builds a question plan that fits the time the person offered. Time is kept aside for the
 * introduction and the close; the rest is filled with the most informative questions for
 * the target type (focus categories first, spread across categories), a few spares go under
 * "if time allows", and the close always has a catch-all, a referral ask, permission to use
 * the person's name, and thanks. The same request always gives the same plan; the seed
 * varies the choice among equally good questions. Pure: no I/O, no clock.
 */
export function planQuestions(request: PlanRequest): QuestionPlan {
  const time = budgetTime(request.minutes);
  const subject = cleanSubject(request.subject, request.target);
  const closing = planClosing(request.target, subject, request.seed);
  const used = new Set(closing.map((question) => comparisonKey(question.text)));
  const advisor = planAdvisorQuestions(request.advisorQuestions ?? [], subject, used);
  const { mustAsk, ifTimeAllows } = selectQuestions(rankCandidates(request, subject), advisor, time, used);
  const questionMinutes = mustAsk.reduce((sum, question) => sum + question.minutes, 0);
  return {
    target: request.target,
    subject,
    budgetMinutes: time.budget,
    opener: buildOpener(request.target, subject, time.budget),
    mustAsk,
    ifTimeAllows,
    closing,
    estimatedMinutes: time.intro + questionMinutes + time.close,
  };
}
