import { QUESTION_BANK } from './bank/index.js';
import type { PlanRequest, PlannedQuestion } from './plan-types.js';
import { seededRandom } from './random.js';
import { fillSubject } from './subject.js';
import { comparisonKey, lowerFirst } from './text.js';
import type { BankQuestion, TargetType, Tier } from './types.js';

/** Base priority per tier; the gaps are wider than the seeded jitter, so tiers never swap by chance. */
const TIER_WEIGHT: Readonly<Record<Tier, number>> = { must: 100, should: 60, nice: 30 };
/**
 * Added for a category the student chose to focus on: enough to lift a `should` above a
 * plain `must`, and a second question from the category above a fresh `must`.
 */
const FOCUS_BOOST = 75;
/** Added when a question was written for this target type rather than for every type. */
const SPECIFIC_BOOST = 10;
/** Spread of the seeded random nudge that orders questions of equal standing. */
const JITTER = 25;

/** A bank question prepared for one request, with its priority score. */
export interface Candidate {
  question: PlannedQuestion;
  score: number;
  /** The comparison key of the question's text, for spotting repeats. */
  key: string;
}

/** Whether a bank question suits a target type (written for it, or universal). */
export function suits(question: BankQuestion, target: TargetType): boolean {
  return question.targets.includes(target) || question.targets.includes('universal');
}

/** A bank question with `{subject}` filled in its text and probes. */
export function toPlanned(question: BankQuestion, subject: string): PlannedQuestion {
  return {
    id: question.id,
    text: fillSubject(question.text, subject),
    category: question.category,
    tier: question.tier,
    minutes: question.minutes,
    probes: question.probes.map((probe) => fillSubject(probe, subject)),
    source: 'bank',
  };
}

/**
 * An already-answered question sharpened by its first probe, so the conversation goes one
 * level deeper: "How is your team organized — in particular, who does your team report to?".
 * The question itself stays as context, because probes lean on it ("those tasks", "it").
 */
function toFollowUp(question: BankQuestion, subject: string): PlannedQuestion {
  const planned = toPlanned(question, subject);
  const [deeper, ...others] = planned.probes;
  if (deeper === undefined) return planned;
  const context = planned.text.replace(/[\s?]+$/, '');
  return {
    ...planned,
    id: `${question.id}:follow-up`,
    text: `${context} — in particular, ${lowerFirst(deeper)}`,
    probes: others,
    source: 'follow-up',
  };
}

/**
 * The non-closing bank questions that suit the request, best first. The score adds the tier
 * weight, a focus boost, a boost for questions written for this target type, and a seeded
 * nudge so different seeds order equally good questions differently.
 */
export function rankCandidates(request: PlanRequest, subject: string): Candidate[] {
  const focus = new Set(request.focus);
  const answered = request.answeredQuestionIds ?? new Set<string>();
  return QUESTION_BANK.filter((question) => question.category !== 'closing' && suits(question, request.target))
    .map((question) => {
      const planned = answered.has(question.id) ? toFollowUp(question, subject) : toPlanned(question, subject);
      const score =
        TIER_WEIGHT[question.tier] +
        (focus.has(question.category) ? FOCUS_BOOST : 0) +
        (question.targets.includes(request.target) ? SPECIFIC_BOOST : 0) +
        seededRandom(`${request.seed}|${question.id}`)() * JITTER;
      return { question: planned, score, key: comparisonKey(planned.text) };
    })
    .sort((a, b) => b.score - a.score || a.question.id.localeCompare(b.question.id));
}
