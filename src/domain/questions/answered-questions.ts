import type { Recipient } from '../reminders/reminder-repository.js';
import type { TargetType } from './question-types.js';

/** Where the planner learns which questions a student already had answered, so it can go deeper. */
export interface AnsweredQuestionSource {
  /** Ids of bank questions the student already had answered about this target and subject. */
  answeredQuestionIds(recipient: Recipient, target: TargetType, subject: string): Promise<ReadonlySet<string>>;
}
