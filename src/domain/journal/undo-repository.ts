import type { Recipient } from '../reminders/reminder-repository.js';

/** A change that can still be undone. */
export interface UndoEntry {
  /** What the change did ("added Dana Lee to your journal"). */
  readonly description: string;
  /** How to undo it, as the command that made the change wrote it. */
  readonly change: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}

/** Each person's last change that can be undone: one per person, replaced by the next. */
export interface UndoRepository {
  /** Keeps `change` as the person's last change, replacing the one before. */
  remember(recipient: Recipient, description: string, change: Readonly<Record<string, unknown>>, at: Date): Promise<void>;
  /** Takes (and forgets) the person's last change if it was made at or after `since`; it can be undone once. */
  take(recipient: Recipient, since: Date): Promise<UndoEntry | undefined>;
  /** Forgets the person's last change: a change that cannot be undone came after it. */
  forget(recipient: Recipient): Promise<void>;
}
