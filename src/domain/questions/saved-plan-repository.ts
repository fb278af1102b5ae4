import { newId } from '../../core/ids.js';
import type { Recipient } from '../reminders/reminder-repository.js';
import type { PlanRequest, QuestionPlan } from './planner.js';
import type { QuestionCategory, TargetType } from './question-types.js';

/** How many recently shown plans are kept per student; older ones' buttons say the plan is gone. */
export const KEPT_SHOWN_PLANS = 20;

/** A plan as it was shown to the student, with the request that made it. */
export interface ShownPlan {
  readonly id: string;
  readonly request: PlanRequest;
  readonly plan: QuestionPlan;
  readonly createdAt: Date;
}

/** A plan about to be shown, under a new id its buttons carry. */
export function newShownPlan(request: PlanRequest, plan: QuestionPlan, at: Date): ShownPlan {
  return { id: newId('s'), request, plan, createdAt: at };
}

/** A plan the student saved, under the number they type to export it. */
export interface SavedPlan {
  readonly id: string;
  readonly number: number;
  readonly target: TargetType;
  readonly subject: string;
  readonly minutes: number;
  readonly focus: readonly QuestionCategory[];
  readonly plan: QuestionPlan;
  readonly createdAt: Date;
}

/** What saving a shown plan did. */
export interface SaveOutcome {
  readonly saved: SavedPlan;
  /** True when this plan had been saved before; nothing new was stored. */
  readonly alreadySaved: boolean;
}

/**
 * What a restorable delete of a saved plan took, as the store wrote it: an undo entry keeps it
 * and gives it back to {@link SavedPlanRepository.restoreSaved}. The rest of it is the store's own.
 */
export interface DeletedPlanRecord {
  /** The plan as it was: `/undo` says whether it came back under its own number. */
  readonly plan: { readonly number: number };
}

/** The student's question plans: the ones recently shown and the ones saved. Every method is scoped to one student. */
export interface SavedPlanRepository {
  /** Records a plan just shown, so its buttons and `/questions save` can find it; keeps the latest {@link KEPT_SHOWN_PLANS}. */
  recordShown(recipient: Recipient, shown: ShownPlan): Promise<void>;
  /** A recently shown plan by id (from a button). */
  findShown(recipient: Recipient, id: string): Promise<ShownPlan | undefined>;
  /** The plan shown most recently. */
  latestShown(recipient: Recipient): Promise<ShownPlan | undefined>;
  /** Saves a shown plan under the student's next number, or returns its earlier saved copy; undefined when there is no such shown plan. */
  save(recipient: Recipient, shownId: string, at: Date): Promise<SaveOutcome | undefined>;
  /** Every saved plan, by number. */
  list(recipient: Recipient): Promise<SavedPlan[]>;
  /** The saved plans about one kind of target, by number. */
  listAbout(recipient: Recipient, target: TargetType): Promise<SavedPlan[]>;
  /** A saved plan by the number the student sees. */
  findByNumber(recipient: Recipient, number: number): Promise<SavedPlan | undefined>;
  /** A saved plan by id (from a menu). */
  findById(recipient: Recipient, id: string): Promise<SavedPlan | undefined>;
  /** Replaces a saved plan's subject and questions (the student edited it); false when it is not theirs. */
  updateSaved(recipient: Recipient, id: string, subject: string, plan: QuestionPlan): Promise<boolean>;
  /** Deletes one of the student's saved plans and returns it as it was, for an undo; undefined when it is not theirs. */
  deleteSavedRestorably(recipient: Recipient, id: string): Promise<DeletedPlanRecord | undefined>;
  /** Puts back a plan that {@link deleteSavedRestorably} deleted; resolves with its number (a new one if its own was taken since). */
  restoreSaved(recipient: Recipient, deleted: DeletedPlanRecord): Promise<number | undefined>;
}
