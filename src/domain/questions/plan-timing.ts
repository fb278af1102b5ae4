/** Used when the requested length is missing or not a positive number. */
const DEFAULT_MINUTES = 15;

/** How a conversation's minutes are split. */
export interface TimeBudget {
  /** The whole conversation, in whole minutes. */
  budget: number;
  /** Minutes kept for the student's introduction. */
  intro: number;
  /** Minutes kept for the closing questions and thanks. */
  close: number;
  /** What is left for the main questions. */
  forQuestions: number;
  /** How many spare questions to offer under "if time allows". */
  extras: number;
}

/**
 * Splits the requested minutes: about two minutes to introduce yourself and two to close
 * (one each in very short calls, three to close in long ones); the rest is for questions.
 */
export function budgetTime(minutes: number): TimeBudget {
  const budget = Number.isFinite(minutes) && minutes > 0 ? Math.max(1, Math.round(minutes)) : DEFAULT_MINUTES;
  const intro = budget < 10 ? 1 : 2;
  const close = budget < 10 ? 1 : budget < 45 ? 2 : 3;
  const extras = budget <= 10 ? 3 : budget <= 20 ? 4 : 5;
  return { budget, intro, close, forQuestions: Math.max(0, budget - intro - close), extras };
}

/** Minutes a main question usually takes with its answer and a short follow-up. */
const BRISK_MINUTES_PER_QUESTION = 2;
/** Minutes a main question takes when the answer invites two or three follow-ups. */
const UNHURRIED_MINUTES_PER_QUESTION = 3;

/** How many main questions a conversation has room for, from an unhurried pace to a brisk one. */
export interface QuestionRange {
  fewest: number;
  most: number;
}

/**
 * The one model of how many questions fit in a conversation, shared by the planner and the
 * rehearsal graders so that both tell the student the same thing: the minutes left after the
 * introduction and the close, at two to three minutes a question.
 */
export function questionsThatFit(minutes: number): QuestionRange {
  const { forQuestions } = budgetTime(minutes);
  const most = Math.max(1, Math.round(forQuestions / BRISK_MINUTES_PER_QUESTION));
  const fewest = Math.max(1, Math.min(most, Math.ceil(forQuestions / UNHURRIED_MINUTES_PER_QUESTION)));
  return { fewest, most };
}
