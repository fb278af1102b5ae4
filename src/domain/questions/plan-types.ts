import type { QuestionCategory, Sensitivity, TargetType, Tier } from './question-types.js';

/** What the student wants a question plan for. */
export interface PlanRequest {
  target: TargetType;
  /** What the interview is about: "nurse", "renewable energy", "Shopify", "the BScN at Humber". */
  subject: string;
  /** The time the person agreed to, in minutes. */
  minutes: number;
  /** Categories the student most wants to cover; they are preferred, not exclusive. */
  focus: readonly QuestionCategory[];
  /** Decides the choice among equally good questions; the caller passes user id + subject. */
  seed: string;
  /** Bank questions already answered in earlier interviews; each becomes a deeper follow-up. */
  answeredQuestionIds?: ReadonlySet<string>;
  /** Questions suggested by a career advisor, placed near the top of the plan. */
  advisorQuestions?: readonly string[];
  /** How many main questions the student asked for; more than the time holds brings a warning. */
  questions?: number;
}

/** One question in a plan, with `{subject}` already filled in. */
export interface PlannedQuestion {
  id: string;
  text: string;
  category: QuestionCategory;
  tier: Tier;
  minutes: number;
  probes: readonly string[];
  /** Where it came from: the bank, a deeper follow-up, an advisor, or the student's own (added to a saved plan). */
  source: 'bank' | 'follow-up' | 'advisor' | 'own';
  /** Set on a question that touches pay or the person's own story, to be asked gently. */
  sensitivity?: Exclude<Sensitivity, 'none'>;
}

/** A ready-to-use set of questions sized to the time the person offered. */
export interface QuestionPlan {
  target: TargetType;
  subject: string;
  budgetMinutes: number;
  /** One line reminding the student to thank the person and restate the time and purpose. */
  opener: string;
  /**
   * The questions to ask whatever happens, in conversation order; they take at most about 60%
   * of the minutes, so there is time to follow up on the answers. Never a sensitive one.
   */
  mustAsk: PlannedQuestion[];
  /** The next ones to ask when the answers are brisk, in conversation order. Absent in plans saved before there were three tiers. */
  shouldAsk?: PlannedQuestion[];
  /** A few spares, for when answers run short. */
  ifTimeAllows: PlannedQuestion[];
  /** Catch-all (when the close has room for it), referral ask, permission to use their name, and thanks. */
  closing: PlannedQuestion[];
  /** Introduction + must-ask questions + close, in minutes. */
  estimatedMinutes: number;
  /** Said when the student asked for more than fits: what fits instead, and what to do. */
  warning?: string;
}
