/** What an informational interview is about: a kind of work, a sector, an employer or a course of study. */
export const TARGET_TYPES = ['occupation', 'industry', 'organization', 'program'] as const;

/** One of {@link TARGET_TYPES}. */
export type TargetType = (typeof TARGET_TYPES)[number];

/** A value worked out once for each target type, e.g. the bank questions that suit it. */
export function perTargetType<T>(build: (target: TargetType) => T): Readonly<Record<TargetType, T>> {
  return { occupation: build('occupation'), industry: build('industry'), organization: build('organization'), program: build('program') };
}

/** Question categories, in the order they usually come up in a conversation. */
export const QUESTION_CATEGORIES = [
  'opening',
  'path',
  'day-to-day',
  'skills',
  'conditions',
  'rewards',
  'entry',
  'trends',
  'culture',
  'education',
  'advice',
  'resources',
  'closing',
] as const;

/** One of {@link QUESTION_CATEGORIES}. */
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

/** How informative a question is: `must` questions are asked first when time is short. */
export type Tier = 'must' | 'should' | 'nice';

/**
 * How delicate a question is. `salary` questions ask about the field's pay ranges, never
 * about the person's own pay; `personal` ones touch on the person's own story or feelings.
 */
export type Sensitivity = 'none' | 'personal' | 'salary';

/**
 * One question in the bank. `text` and `probes` may contain the `{subject}` placeholder,
 * which the planner replaces with what the student is asking about.
 */
export interface BankQuestion {
  /** Stable short slug, e.g. `path-first-year-surprise`. */
  id: string;
  text: string;
  category: QuestionCategory;
  /** The target types this question suits; `universal` means every one of them. */
  targets: readonly (TargetType | 'universal')[];
  tier: Tier;
  /** Estimated answer time, 1 to 4 minutes. */
  minutes: number;
  sensitivity: Sensitivity;
  /** One to three short follow-up questions. */
  probes: readonly string[];
}

/** Human labels for each category, for headings and menus. */
export const CATEGORY_LABELS: Readonly<Record<QuestionCategory, string>> = {
  opening: 'Getting started',
  path: 'Career path',
  'day-to-day': 'Day-to-day work',
  skills: 'Skills and qualities',
  conditions: 'Working conditions and lifestyle',
  rewards: 'Rewards, pay and drawbacks',
  entry: 'Getting in',
  trends: 'Trends and outlook',
  culture: 'Culture and people',
  education: 'Education and training',
  advice: 'Advice',
  resources: 'Resources and people to contact',
  closing: 'Closing',
};

/** Human labels for each target type. */
export const TARGET_LABELS: Readonly<Record<TargetType, string>> = {
  occupation: 'Occupation',
  industry: 'Industry',
  organization: 'Organization',
  program: 'Education or training program',
};
