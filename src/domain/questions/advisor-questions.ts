import type { Actor } from '../../core/identity.js';

/** Where the planner finds questions a student's career advisor wants in their plans (a cohort's question set). */
export interface AdvisorQuestionSource {
  /** The advisor's questions for this student, as written (they may use `{subject}`); none when there are none. */
  advisorQuestionsFor(actor: Actor): Promise<readonly string[]>;
}
