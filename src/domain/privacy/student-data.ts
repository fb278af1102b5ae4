import type { Recipient } from '../reminders/reminder-repository.js';
import type { AuditAction } from './audit-log.js';

/** Who erased a student's data and why, for the audit log. */
export interface Erasure {
  /** The student themselves (`/privacy delete`) or the retention policy. */
  readonly actorId: string;
  readonly action: Extract<AuditAction, 'erase' | 'retention-delete'>;
  readonly at: Date;
  /** More to record beside the row count (e.g. the last activity that made it due). */
  readonly detail?: Readonly<Record<string, string>>;
}

/** Erases everything one student stored, for `/privacy delete` and the retention policy. */
export interface StudentDataEraser {
  /** Deletes every row of the student and records the erasure in the audit log, in one transaction; returns how many rows went. */
  erase(student: Recipient, erasure: Erasure): Promise<number>;
}
