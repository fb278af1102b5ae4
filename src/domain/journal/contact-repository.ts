import type { Recipient } from '../reminders/reminder-repository.js';
import type { InterviewNotes } from './insights/journal-insights.js';

/** Someone the student wants to learn from, as stored. */
export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
  readonly organization?: string;
  readonly foundVia?: string;
  readonly referredBy?: string;
  readonly mayUseReferrerName?: boolean;
  readonly channel?: string;
  readonly targetType?: string;
  readonly subject?: string;
  readonly stage: string;
  readonly interviewAt?: Date;
  readonly keepInTouch: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The editable details of a contact. */
export type ContactDetails = Partial<
  Pick<
    Contact,
    'role' | 'organization' | 'foundVia' | 'referredBy' | 'mayUseReferrerName' | 'channel' | 'targetType' | 'subject' | 'interviewAt' | 'keepInTouch'
  >
>;

/** What the student recorded after an interview. */
export type Interview = InterviewNotes;

/** A contact entering a stage. */
export interface StageEvent {
  readonly contactId: string;
  readonly stage: string;
  readonly at: Date;
}

/**
 * What a restorable delete of a contact took, as the store wrote it: an undo entry keeps it and
 * gives it back to {@link ContactRepository.restoreDeleted}. The rest of it is the store's own.
 */
export interface DeletedContactRecord {
  /** The contact as it was: `/undo` retitles its nudges by its id. */
  readonly contact: { readonly id: string };
}

/** A contact put back: under its own name, or, when another contact took it since, a name marked as restored. */
export interface RestoredContact {
  readonly name: string;
}

/** The student's interview journal. Every method is scoped to one student. */
export interface ContactRepository {
  /** Adds a contact in a first stage; the name must be new for this student. */
  create(recipient: Recipient, name: string, stage: string, details: ContactDetails, at: Date): Promise<Contact>;
  /** The contact with this name (case and spacing ignored). */
  findByName(recipient: Recipient, name: string): Promise<Contact | undefined>;
  /** The contact with this id. */
  findById(recipient: Recipient, id: string): Promise<Contact | undefined>;
  /** Every contact, most recently updated first. */
  list(recipient: Recipient): Promise<Contact[]>;
  /** Renames a contact; false when the student already has a contact with the new name. */
  rename(recipient: Recipient, id: string, name: string, at: Date): Promise<boolean>;
  /** Changes details (not the stage). */
  update(recipient: Recipient, id: string, details: ContactDetails, at: Date): Promise<void>;
  /** Moves a contact to a stage and records the event. */
  moveTo(recipient: Recipient, id: string, stage: string, at: Date): Promise<void>;
  /** Records an interview. */
  /**
   * Stores the notes of an interview; notes identical to ones already stored for that contact
   * (the same command sent again after a crash or a lost answer) are not stored twice: the
   * stored interview is returned.
   */
  addInterview(recipient: Recipient, interview: Omit<Interview, 'id'>, at: Date): Promise<Interview>;
  /** The interviews held with a contact, oldest first. */
  interviews(recipient: Recipient, contactId: string): Promise<Interview[]>;
  /** Every interview the student recorded, oldest first. */
  allInterviews(recipient: Recipient): Promise<Interview[]>;
  /** Every stage event of the student, oldest first. */
  events(recipient: Recipient): Promise<StageEvent[]>;
  /** Deletes a contact with its interviews, events and reminders. */
  delete(recipient: Recipient, id: string): Promise<void>;
  /** Deletes a contact as {@link delete} does, and returns everything deleted, for an undo; undefined when there is no such contact. */
  deleteRestorably(recipient: Recipient, id: string): Promise<DeletedContactRecord | undefined>;
  /** Puts back a contact that {@link deleteRestorably} deleted, with everything deleted with it. */
  restoreDeleted(recipient: Recipient, deleted: DeletedContactRecord): Promise<RestoredContact | undefined>;
}
