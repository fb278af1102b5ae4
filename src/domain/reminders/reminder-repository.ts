import type { Platform, Tenant } from '../../core/identity.js';

/** Where a reminder is in its life. */
export type ReminderStatus = 'pending' | 'claimed' | 'delivered' | 'done' | 'dismissed' | 'cancelled' | 'undeliverable' | 'failed';

/** The person a reminder belongs to. */
export interface Recipient {
  readonly tenant: Tenant;
  readonly userId: string;
}

/** A reminder as stored. */
export interface StoredReminder extends Recipient {
  readonly id: string;
  readonly number: number;
  readonly kind: string;
  readonly contactId?: string;
  readonly title: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly dueAt: Date;
  readonly status: ReminderStatus;
  readonly dedupeKey?: string;
  readonly attempts: number;
  readonly lastError?: string;
  /** What identifies its last delivery, if it was delivered before (and snoozed since). */
  readonly lastDeliveryKey?: string;
  /** When that last delivery was recorded. */
  readonly lastDeliveredAt?: Date;
  /** The key of a delivery begun but not recorded (a process died, or the platform's answer was lost): it may have arrived. */
  readonly sendingKey?: string;
  /** When the platform was first found unreachable for it (an outage it waits out), if it is not delivered since. */
  readonly unreachableSince?: Date;
  /** Why the stored row cannot be read as it should (its details are not JSON): it can never be delivered. */
  readonly defect?: string;
  /** When anything last changed it (the student, or the scheduler claiming or delivering it). */
  readonly updatedAt: Date;
}

/** A reminder to schedule. */
export interface NewReminder extends Recipient {
  readonly kind: string;
  readonly contactId?: string;
  readonly title: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly dueAt: Date;
  /** Makes scheduling idempotent: a second reminder with the same key is not added. */
  readonly dedupeKey?: string;
}

/** A batch the scheduler claimed: it alone may deliver these until the lease ends. */
export interface Claim {
  readonly token: string;
  readonly reminders: readonly StoredReminder[];
  /** When the lease ends: from then on another process may take the reminders over. */
  readonly leaseUntil: Date;
}

/**
 * One entry of the delivery ledger, for claimed reminders (`ids`, while the claim `token` is
 * still theirs): a delivery about to go out under `key`; delivered; given back to the schedule
 * at `dueAt` (quiet hours, a rate limit, or a retry when `error` is given, which counts an
 * attempt unless the platform was `unreachable`; `maybeSent` keeps the delivery's key, so the next attempt asks the platform first);
 * or settled for good as undeliverable (the platform refuses the person) or failed (the row
 * itself cannot be delivered). A `dm-channel` entry remembers a person's DM channel.
 */
export type LedgerEntry =
  | { readonly kind: 'sending'; readonly token: string; readonly ids: readonly string[]; readonly key: string }
  | { readonly kind: 'delivered'; readonly token: string; readonly ids: readonly string[] }
  | {
      readonly kind: 'released';
      readonly token: string;
      readonly ids: readonly string[];
      readonly dueAt: Date;
      readonly error?: string;
      readonly maybeSent?: boolean;
      /** The platform could not be reached: the retry does not count an attempt, and the outage's start is kept. */
      readonly unreachable?: boolean;
    }
  | { readonly kind: 'undeliverable' | 'failed'; readonly token: string; readonly ids: readonly string[]; readonly error: string }
  | { readonly kind: 'dm-channel'; readonly recipient: Recipient; readonly channelId: string };

/** The schedule of nudges: written by commands, claimed and settled by the scheduler. */
export interface ReminderRepository {
  /** Adds a reminder at time `at`, or returns the existing one with the same dedupe key. */
  schedule(reminder: NewReminder, at: Date): Promise<StoredReminder>;
  /** The student's reminders still to come, soonest first (skipping the first `offset`, for a page). */
  upcoming(recipient: Recipient, limit: number, offset?: number): Promise<StoredReminder[]>;
  /** How many reminders the student has still to come. */
  countUpcoming(recipient: Recipient): Promise<number>;
  /** One of the student's reminders by the number they see. */
  findByNumber(recipient: Recipient, number: number): Promise<StoredReminder | undefined>;
  /** One of the student's reminders by id (from a button). */
  findById(recipient: Recipient, id: string): Promise<StoredReminder | undefined>;
  /** The student's pending reminders about one contact. */
  pendingForContact(recipient: Recipient, contactId: string): Promise<StoredReminder[]>;
  /** Settles a reminder the student acted on (done, dismissed, cancelled); false if it was not open. */
  close(recipient: Recipient, id: string, status: 'done' | 'dismissed' | 'cancelled', at: Date): Promise<boolean>;
  /** Moves a reminder to a new time and makes it pending again (snooze). */
  reschedule(recipient: Recipient, id: string, dueAt: Date, at: Date): Promise<boolean>;
  /** Changes what an open reminder says; false if it is not open. */
  retitle(recipient: Recipient, id: string, title: string, details: Readonly<Record<string, unknown>>, at: Date): Promise<boolean>;
  /** Brings a cancelled reminder back, pending at `dueAt` (an undo); false if it was not cancelled. */
  restore(recipient: Recipient, id: string, dueAt: Date, at: Date): Promise<boolean>;
  /**
   * Claims up to `limit` due reminders (pending and due, or claimed with an expired lease) of
   * tenants on `platforms`, leasing them until `leaseUntil`; each is claimed by one caller only.
   */
  claimDue(now: Date, leaseUntil: Date, limit: number, platforms: readonly Platform[]): Promise<Claim>;
  /** When the next reminder of a tenant on `platforms` falls due (or a claim's lease ends), if any is open. */
  nextDueAt(platforms: readonly Platform[]): Promise<Date | undefined>;
  /**
   * Records the delivery of claimed reminders, if the claim is still ours. The claim's token is
   * kept as their last delivery, so a later delivery (after a snooze) gets a new idempotency key.
   */
  markDelivered(claim: Claim, ids: readonly string[], at: Date): Promise<void>;
  /** Gives claimed reminders back to the schedule at `dueAt` (quiet hours; a retry when `error` is given, which counts an attempt). */
  release(claim: Claim, ids: readonly string[], dueAt: Date, at: Date, error?: string): Promise<void>;
  /** Records that claimed reminders can never be delivered (the person is gone, DMs closed). */
  markUndeliverable(claim: Claim, ids: readonly string[], error: string, at: Date): Promise<void>;
  /**
   * Writes ledger entries together, in one transaction and a few statements. Resolves with the
   * ids of the rows whose `sending` entry was written: a delivery whose rows are not among them
   * is no longer this claim's to send (taken over).
   */
  record(entries: readonly LedgerEntry[], at: Date): Promise<ReadonlySet<string>>;
  /** How many reminders of tenants on `platforms` were set aside as failed (rows that cannot be delivered). */
  countFailed(platforms: readonly Platform[]): Promise<number>;
}
