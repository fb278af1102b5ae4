import { QUESTION_BANK } from './bank/index.js';
import type { PlanRequest, PlannedQuestion } from './plan-types.js';
import { firstDraw, hashString } from '../random.js';
import { fillSubject } from './subject.js';
import { comparisonKey, lowerFirst } from './question-text.js';
import { perTargetType, type BankQuestion, type TargetType, type Tier } from './question-types.js';

/** Base priority per tier; the gaps are wider than the seeded jitter, so tiers never swap by chance. */
const TIER_WEIGHT: Readonly<Record<Tier, number>> = { must: 100, should: 60, nice: 30 };
/**
 * Added for a category the student chose to focus on: enough to lift a `should` above a
 * plain `must`, and a second question from the category above a fresh `must`.
 */
const FOCUS_BOOST = 75;
/**
 * Added when a question was written for this target type rather than for every type: more
 * than the seeded jitter, so a program or an organization plan leads with its own questions
 * instead of the generic ones every plan could share.
 */
const SPECIFIC_BOOST = 30;
/** Spread of the seeded random nudge that orders questions of equal standing. */
const JITTER = 25;

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
    ...(question.sensitivity === 'none' ? {} : { sensitivity: question.sensitivity }),
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

/** A non-closing bank question that suits a target type, with the part of its score every request shares. */
interface Suitable {
  readonly question: BankQuestion;
  /** The tier weight, plus the boost when the question was written for this target type. */
  readonly standing: number;
}

/** The non-closing bank questions each target type can use, worked out once rather than per request. */
const SUITABLE = perTargetType((target): readonly Suitable[] =>
  QUESTION_BANK.filter((question) => question.category !== 'closing' && suits(question, target)).map((question) => ({
    question,
    standing: TIER_WEIGHT[question.tier] + (question.targets.includes(target) ? SPECIFIC_BOOST : 0),
  })),
);

/**
 * A bank question prepared for one request, with its priority score. Its category and minutes
 * are the bank question's; its text (subject filled in, or made a follow-up) is worked out the
 * first time it is asked for, since a plan shows only a few of the candidates it weighs.
 */
export class Candidate {
  private planned: PlannedQuestion | undefined;
  private textKey: string | undefined;

  constructor(
    /** The bank question it comes from. */
    readonly bank: BankQuestion,
    /** Its priority for this request: higher comes first. */
    readonly score: number,
    private readonly subject: string,
    private readonly answered: boolean,
  ) {}

  /** The question as a plan shows it: a follow-up when it was already answered. */
  get question(): PlannedQuestion {
    this.planned ??= this.answered ? toFollowUp(this.bank, this.subject) : toPlanned(this.bank, this.subject);
    return this.planned;
  }

  /** The comparison key of the question's text, for spotting repeats. */
  get key(): string {
    this.textKey ??= comparisonKey(this.question.text);
    return this.textKey;
  }
}

/**
 * The non-closing bank questions that suit the request, best first. The score adds the tier
 * weight, a focus boost, a boost for questions written for this target type, and a seeded
 * nudge so different seeds order equally good questions differently.
 */
export function rankCandidates(request: PlanRequest, subject: string): Candidate[] {
  const focus = new Set(request.focus);
  const answered = request.answeredQuestionIds;
  // Each nudge is the first draw of seededRandom(`${seed}|${id}`); the seed's part of the hash is shared.
  const seedHash = hashString(`${request.seed}|`);
  return SUITABLE[request.target]
    .map(({ question, standing }) => {
      const score = standing + (focus.has(question.category) ? FOCUS_BOOST : 0) + firstDraw(hashString(question.id, seedHash)) * JITTER;
      return new Candidate(question, score, subject, answered?.has(question.id) ?? false);
    })
    .sort(bestFirst);
}

/**
 * Orders candidates by score, highest first, then by bank id. Compares rather than subtracts:
 * a difference of two scores is a fraction, which V8 would box on every one of the sort's
 * several hundred calls.
 */
function bestFirst(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  return a.bank.id.localeCompare(b.bank.id);
}
