/**
 * What a cohort's numbers are computed from: per student, counts-only facts read from the
 * journal, practice and activity. It holds no free text (no notes, no names of contacts), so
 * nothing built from it can leak what a student wrote.
 *
 * @module
 */

/** One contact of a student: its current stage and whether someone referred the student to it. */
export interface ContactFact {
  readonly id: string;
  readonly stage: string;
  readonly referred: boolean;
}

/** A contact entering a stage. */
export interface StageFact {
  readonly contactId: string;
  readonly stage: string;
  readonly at: Date;
}

/** An interview the student held. */
export interface InterviewFact {
  readonly contactId: string;
  readonly heldAt: Date;
}

/** A finished practice rehearsal's score (0-100). */
export interface RehearsalFact {
  readonly score: number;
  readonly finishedAt: Date;
}

/** Everything counted about one student. */
export interface StudentActivity {
  readonly userId: string;
  readonly displayName: string;
  /** When the student last used Rapport, if ever. */
  readonly lastActiveAt?: Date;
  readonly contacts: readonly ContactFact[];
  readonly events: readonly StageFact[];
  readonly interviews: readonly InterviewFact[];
  readonly rehearsals: readonly RehearsalFact[];
}
