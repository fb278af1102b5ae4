import type { QuestionCategory, TargetType, Tier } from './types.js';

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
}

/** A ready-to-use set of questions sized to the time the person offered. */
export interface QuestionPlan {
  target: TargetType;
  subject: string;
  budgetMinutes: number;
  /** One line reminding the student to thank the person and restate the time and purpose. */
  opener: string;
  /** The questions that fit the time, in the order to ask them. */
  mustAsk: PlannedQuestion[];
  /** A few more, for when answers run short. */
  ifTimeAllows: PlannedQuestion[];
  /** Catch-all, referral ask, permission to use their name, and thanks. */
  closing: PlannedQuestion[];
  /** Introduction + must-ask questions + close, in minutes. */
  estimatedMinutes: number;
}
