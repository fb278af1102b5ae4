import { planAdvisorQuestions } from './plan-advisor.js';
import { rankCandidates } from './plan-candidates.js';
import { planClosing } from './plan-closing.js';
import { selectQuestions, type TierLimits } from './plan-select.js';
import { budgetTime, questionsThatFit, type TimeBudget } from './plan-timing.js';
import { shortenRepeatedSubject } from './plan-short-subject.js';
import type { PlanRequest, QuestionPlan } from './plan-types.js';
import { overreachWarning } from './plan-warning.js';
import { buildOpener } from './purpose.js';
import { cleanSubject } from './subject.js';
import { comparisonKey } from './question-text.js';

/** The planner's request and result types, re-exported so callers need only this module. */
export type { PlanRequest, PlannedQuestion, QuestionPlan } from './plan-types.js';

/** The share of the conversation the must-ask questions may take: the rest is for the introduction, follow-ups and the close. */
const MUST_ASK_SHARE = 0.6;

/** How much room each tier has, from the shared model of how many questions fit ({@link questionsThatFit}). */
function tierLimits(request: PlanRequest, time: TimeBudget): TierLimits {
  const fit = questionsThatFit(time.budget);
  const wanted = request.questions !== undefined && request.questions > 0 ? Math.floor(request.questions) : fit.most;
  const mainCount = Math.min(fit.most, wanted);
  return {
    mustMinutes: Math.floor(time.budget * MUST_ASK_SHARE),
    mustCount: Math.min(fit.fewest, mainCount),
    mainCount,
    mainMinutes: time.forQuestions,
    extras: time.extras,
  };
}

/**
 * Builds a question plan that fits the time the person offered, in three tiers: must ask
 * (at most about 60% of the minutes, so follow-ups fit, and never a pay or personal question),
 * should ask (what a brisk conversation adds) and if time allows (spares); each in
 * conversation order. Time is kept for the introduction and the close, and the close (a
 * catch-all when there is room, a referral ask, permission to use the person's name, thanks)
 * fits its share. Asking for more questions than fit gives the plan that fits with a warning.
 * The same request always gives the same plan; the seed varies the choice among equally good
 * questions. Pure: no I/O, no clock.
 */
export function planQuestions(request: PlanRequest): QuestionPlan {
  const time = budgetTime(request.minutes);
  const subject = cleanSubject(request.subject, request.target);
  const closing = planClosing(request.target, subject, request.seed, time.close);
  const used = new Set(closing.map((question) => comparisonKey(question.text)));
  const advisor = planAdvisorQuestions(request.advisorQuestions ?? [], subject, used);
  const selection = selectQuestions(rankCandidates(request, subject), advisor, tierLimits(request, time), used);
  const [mustAsk = [], shouldAsk = [], ifTimeAllows = []] = shortenRepeatedSubject(
    [selection.mustAsk, selection.shouldAsk, selection.ifTimeAllows],
    request.target,
    subject,
  );
  const minutesOf = (questions: readonly { minutes: number }[]): number => questions.reduce((sum, question) => sum + question.minutes, 0);
  const warning = overreachWarning({
    requested: request.questions,
    minutes: time.budget,
    fit: questionsThatFit(time.budget),
    mustAsk: mustAsk.length,
    shouldAsk: shouldAsk.length,
  });
  return {
    target: request.target,
    subject,
    budgetMinutes: time.budget,
    opener: buildOpener(request.target, subject, time.budget),
    mustAsk,
    shouldAsk,
    ifTimeAllows,
    closing,
    estimatedMinutes: time.intro + minutesOf(mustAsk) + minutesOf(closing),
    ...(warning === undefined ? {} : { warning }),
  };
}
