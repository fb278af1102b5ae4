import type { Candidate } from './plan-candidates.js';
import { inConversationOrder } from './plan-order.js';
import type { PlannedQuestion } from './plan-types.js';
import type { BankQuestion, QuestionCategory } from './question-types.js';

/** What choosing a question looks at before its text is needed. */
type QuestionShape = Pick<BankQuestion, 'category' | 'minutes' | 'sensitivity'>;

/** Subtracted from a candidate's score for each question already chosen from its category. */
const CATEGORY_PENALTY = 45;

/** How much room each tier has, worked out by the planner from the time offered. */
export interface TierLimits {
  /** Most minutes the must-ask questions may take, so follow-ups still fit. */
  mustMinutes: number;
  /** Most must-ask questions: as many as an unhurried pace allows. */
  mustCount: number;
  /** Most must-ask and should-ask questions together: as many as a brisk pace allows. */
  mainCount: number;
  /** Most minutes the must-ask and should-ask questions may take together. */
  mainMinutes: number;
  /** How many spares to offer under "if time allows". */
  extras: number;
}

/** The three tiers, each in conversation order. */
export interface Selection {
  mustAsk: PlannedQuestion[];
  shouldAsk: PlannedQuestion[];
  ifTimeAllows: PlannedQuestion[];
}

/**
 * Tracks what has been chosen so far, so categories stay balanced and nothing repeats. The
 * candidates come best first, which lets {@link best} stop as soon as nothing further can win.
 */
class Picker {
  private readonly pool: Candidate[];
  private readonly perCategory = new Map<QuestionCategory, number>();

  constructor(
    candidates: readonly Candidate[],
    private readonly used: Set<string>,
  ) {
    this.pool = [...candidates];
  }

  /** The best remaining candidate that passes `accept`, after the category penalty (the first of equals). */
  best(accept: (question: QuestionShape) => boolean): Candidate | undefined {
    let chosen: Candidate | undefined;
    let chosenScore = -Infinity;
    for (const candidate of this.pool) {
      // The pool is sorted by score and the penalty only lowers scores: no later candidate can beat this one.
      if (candidate.score <= chosenScore) break;
      const { bank } = candidate;
      if (!accept(bank)) continue;
      const score = candidate.score - CATEGORY_PENALTY * (this.perCategory.get(bank.category) ?? 0);
      if (score <= chosenScore || this.used.has(candidate.key)) continue;
      chosen = candidate;
      chosenScore = score;
    }
    return chosen;
  }

  /** The length of the shortest question still available. */
  shortestMinutes(): number {
    return Math.min(...this.pool.map((candidate) => candidate.bank.minutes));
  }

  /** Removes a candidate from the pool and records its category and text. */
  take(candidate: Candidate): PlannedQuestion {
    this.pool.splice(this.pool.indexOf(candidate), 1);
    const { category } = candidate.bank;
    this.perCategory.set(category, (this.perCategory.get(category) ?? 0) + 1);
    this.used.add(candidate.key);
    return candidate.question;
  }
}

/** A list of questions with a running total of their minutes. */
class Tier {
  readonly questions: PlannedQuestion[] = [];
  minutes = 0;

  add(question: PlannedQuestion): void {
    this.questions.push(question);
    this.minutes += question.minutes;
  }
}

/**
 * Fills the three tiers. Must ask: a warm-up question, the advisor's questions, then the best
 * bank questions (a penalty for repeating a category), never a sensitive one (pay, personal),
 * within the must-ask limits. Should ask: the next best, up to what a brisk conversation
 * holds. If time allows: a few spares. Advisor questions that do not fit move down a tier.
 * `used` holds the comparison keys of texts already in the plan and receives the new ones;
 * `candidates` come best first, as `rankCandidates` gives them.
 */
export function selectQuestions(candidates: readonly Candidate[], advisor: readonly PlannedQuestion[], limits: TierLimits, used: Set<string>): Selection {
  const picker = new Picker(candidates, used);
  const must = new Tier();
  const should = new Tier();
  const spares: PlannedQuestion[] = [];
  const fitsMust = (question: Pick<QuestionShape, 'minutes'>): boolean =>
    must.questions.length < limits.mustCount && must.minutes + question.minutes <= limits.mustMinutes;
  const fitsMain = (question: Pick<QuestionShape, 'minutes'>): boolean =>
    must.questions.length + should.questions.length < limits.mainCount && must.minutes + should.minutes + question.minutes <= limits.mainMinutes;

  const opening = picker.best((question) => question.category === 'opening' && fitsMust(question));
  if (opening !== undefined) must.add(picker.take(opening));
  for (const question of advisor) {
    if (fitsMust(question)) must.add(question);
    else if (fitsMain(question)) should.add(question);
    else spares.push(question);
  }
  const fitsMustAndIsPlain = (question: QuestionShape): boolean => question.sensitivity === 'none' && fitsMust(question);
  for (let next = picker.best(fitsMustAndIsPlain); next !== undefined; next = picker.best(fitsMustAndIsPlain)) must.add(picker.take(next));
  if (must.questions.length === 0) {
    // Too short a call for anything to fit: still give one plain question, the shortest there is.
    const shortest = picker.shortestMinutes();
    const next = picker.best((question) => question.sensitivity === 'none' && question.minutes === shortest);
    if (next !== undefined) must.add(picker.take(next));
  }
  for (let next = picker.best(fitsMain); next !== undefined; next = picker.best(fitsMain)) should.add(picker.take(next));
  while (spares.length < limits.extras) {
    const next = picker.best(() => true);
    if (next === undefined) break;
    spares.push(picker.take(next));
  }
  return { mustAsk: inConversationOrder(must.questions), shouldAsk: inConversationOrder(should.questions), ifTimeAllows: inConversationOrder(spares) };
}
