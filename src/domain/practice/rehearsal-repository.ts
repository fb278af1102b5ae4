import type { Recipient } from '../reminders/reminder-repository.js';
import type { RehearsalState, ScenarioId, Scorecard } from './index.js';

/** A rehearsal as stored. */
export interface Rehearsal {
  readonly id: string;
  /** Scenario, difficulty, persona, field, seed and transcript: everything needed to resume. */
  readonly state: RehearsalState;
  /**
   * The stored state exactly as read: {@link RehearsalRepository.advance} applies only while the
   * row still holds it, so two messages answered at once cannot overwrite each other's turn.
   */
  readonly revision: string;
}

/** What a rehearsal step produced: the new state and, when it ended the rehearsal, the scorecard. */
export interface RehearsalProgress {
  readonly state: RehearsalState;
  readonly scorecard?: Scorecard;
}

/** What starting a rehearsal did: started it, or found the student's active one in the way. */
export type StartOutcome = { readonly kind: 'started'; readonly rehearsal: Rehearsal } | { readonly kind: 'already-active'; readonly rehearsal: Rehearsal };

/** A rehearsal just stopped. */
export interface StoppedRehearsal {
  readonly id: string;
  readonly scenario: ScenarioId;
}

/** One finished rehearsal's score, for the student's history. */
export interface RehearsalScore {
  readonly scenario: ScenarioId;
  readonly score: number;
}

/** The student's practice rehearsals. Every method is scoped to one student. */
export interface RehearsalRepository {
  /**
   * Starts a rehearsal (already finished when `progress` carries a scorecard). Refuses while the
   * student has an active one, even when two starts race: the database's unique index decides.
   */
  start(recipient: Recipient, progress: RehearsalProgress, at: Date): Promise<StartOutcome>;
  /** The student's active rehearsal, if any. */
  active(recipient: Recipient): Promise<Rehearsal | undefined>;
  /** One of the student's rehearsals by id (from a button), whether active, finished or stopped. */
  findById(recipient: Recipient, id: string): Promise<Rehearsal | undefined>;
  /**
   * Stores the next state of an active rehearsal, finishing it with its scorecard and score when
   * there is one; false when the rehearsal is no longer active or changed since it was read.
   */
  advance(recipient: Recipient, rehearsal: Rehearsal, progress: RehearsalProgress, at: Date): Promise<boolean>;
  /**
   * Stops the student's active rehearsal without a score (only if it has this id, when one is
   * given); undefined when there was none to stop. Reads no state, so a rehearsal whose stored
   * state no longer parses (content changed since) can still be stopped.
   */
  stop(recipient: Recipient, at: Date, id?: string): Promise<StoppedRehearsal | undefined>;
  /** The scores of every finished rehearsal, oldest first. */
  scores(recipient: Recipient): Promise<RehearsalScore[]>;
}
