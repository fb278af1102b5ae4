import type { PlannedQuestion } from './plan-types.js';
import type { QuestionCategory } from './question-types.js';

/**
 * The order topics come up in a conversation that flows: a warm-up, their story, the work
 * itself, what it takes and how people get in, where the field is going, their advice, and
 * the close. Pay comes late in the work, once there is some trust.
 */
const CONVERSATION_ORDER: readonly QuestionCategory[] = [
  'opening',
  'path',
  'day-to-day',
  'conditions',
  'culture',
  'rewards',
  'skills',
  'education',
  'entry',
  'trends',
  'advice',
  'resources',
  'closing',
];

const RANK = new Map(CONVERSATION_ORDER.map((category, index) => [category, index]));

/** The questions in conversation order; questions on the same topic keep their order (the sort is stable). */
export function inConversationOrder(questions: readonly PlannedQuestion[]): PlannedQuestion[] {
  return [...questions].sort((a, b) => (RANK.get(a.category) ?? 0) - (RANK.get(b.category) ?? 0));
}
