import type { Kysely } from 'kysely';
import { transact } from './transaction.js';
import { tenantKey } from '../core/identity.js';
import { KyselyAuditLog, type AuditAction } from './audit-log.js';
import type { Recipient } from './reminder-repository.js';
import type { Schema } from './schema.js';

/** Every table that holds a student's own rows, children before parents. */
export const STUDENT_TABLES = ['undo_entries', 'cohort_shares', 'advisor_views', 'cohort_members', 'reminders', 'reflections', 'interviews', 'contact_events', 'contacts', 'shown_plans', 'saved_plans', 'rehearsals', 'users'] as const satisfies readonly (keyof Schema)[];

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

/** The {@link StudentDataEraser} on Kysely. */
export class KyselyStudentDataEraser implements StudentDataEraser {
  constructor(private readonly db: Kysely<Schema>) {}

  async erase(student: Recipient, erasure: Erasure): Promise<number> {
    return transact(this.db, async (trx) => {
      let rows = 0;
      for (const table of STUDENT_TABLES) {
        const result = await trx.deleteFrom(table).where('tenant', '=', tenantKey(student.tenant)).where('user_id', '=', student.userId).executeTakeFirst();
        rows += Number(result.numDeletedRows);
      }
      await new KyselyAuditLog(trx).record({ tenant: student.tenant, subjectId: student.userId, actorId: erasure.actorId, action: erasure.action, detail: { rows, ...erasure.detail }, at: erasure.at });
      return rows;
    });
  }
}
