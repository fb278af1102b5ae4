import type { Candidate } from './plan-candidates.js';
import type { TimeBudget } from './plan-timing.js';
import type { PlannedQuestion } from './plan-types.js';
import type { QuestionCategory } from './types.js';

/** What choosing a question looks at before its text is needed. */
type QuestionShape = Pick<PlannedQuestion, 'category' | 'minutes'>;

/** Subtracted from a candidate's score for each question already chosen from its category. */
const CATEGORY_PENALTY = 45;
/** Even the shortest call gets this many questions, whatever the estimate says. */
const MIN_QUESTIONS = 2;

/** The main questions and the spares. */
export interface Selection {
  mustAsk: PlannedQuestion[];
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
      if (!accept(candidate.bank)) continue;
      const score = candidate.score - CATEGORY_PENALTY * (this.perCategory.get(candidate.bank.category) ?? 0);
      if (score <= chosenScore || this.used.has(candidate.key)) continue;
      chosen = candidate;
      chosenScore = score;
    }
    return chosen;
  }

  /** Removes a candidate from the pool and records its category and text. */
  take(candidate: Candidate): PlannedQuestion {
    this.pool.splice(this.pool.indexOf(candidate), 1);
    const { category } = candidate.bank;
    this.perCategory.set(category, (this.perCategory.get(category) ?? 0) + 1);
    this.used.add(candidate.key);
    return candidate.question;
  }

  /** The length of the shortest question still available. */
  shortestMinutes(): number {
    return Math.min(...this.pool.map((candidate) => candidate.bank.minutes));
  }
}

/**
 * Fills the question time: one opening question to warm up, then the advisor's questions,
 * then bank questions by priority (with a penalty for repeating a category) while they fit.
 * At least two questions are always planned. Advisor questions that do not fit lead the
 * spares, which are topped up with the next best questions. `used` holds the comparison
 * keys of texts already in the plan and receives the new ones. `candidates` come best first,
 * as `rankCandidates` gives them.
 */
export function selectQuestions(
  candidates: readonly Candidate[],
  advisor: readonly PlannedQuestion[],
  time: TimeBudget,
  used: Set<string>,
): Selection {
  const picker = new Picker(candidates, used);
  let remaining = time.forQuestions;
  const fits = (question: QuestionShape): boolean => question.minutes <= remaining;
  const mustAsk: PlannedQuestion[] = [];
  const ifTimeAllows: PlannedQuestion[] = [];
  const add = (question: PlannedQuestion): void => {
    mustAsk.push(question);
    remaining -= question.minutes;
  };

  const opening = picker.best((question) => question.category === 'opening' && fits(question));
  if (opening !== undefined) add(picker.take(opening));
  for (const question of advisor) {
    if (fits(question)) add(question);
    else ifTimeAllows.push(question);
  }
  for (let next = picker.best(fits); next !== undefined; next = picker.best(fits)) add(picker.take(next));
  while (mustAsk.length < MIN_QUESTIONS) {
    const shortest = picker.shortestMinutes();
    const next = picker.best((question) => question.minutes === shortest);
    if (next === undefined) break;
    add(picker.take(next));
  }
  while (ifTimeAllows.length < time.extras) {
    const next = picker.best(() => true);
    if (next === undefined) break;
    ifTimeAllows.push(picker.take(next));
  }
  return { mustAsk, ifTimeAllows };
}
