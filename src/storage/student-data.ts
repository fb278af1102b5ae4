import type { Kysely } from 'kysely';
import { transact } from './transaction.js';
import { tenantKey } from '../core/identity.js';
import { KyselyAuditLog } from './audit-log.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { Schema } from './schema.js';
import type { Erasure, StudentDataEraser } from '../domain/privacy/student-data.js';

/** Every table that holds a student's own rows, children before parents. */
export const STUDENT_TABLES = [
  'undo_entries',
  'cohort_shares',
  'advisor_views',
  'cohort_members',
  'reminders',
  'reflections',
  'interviews',
  'contact_events',
  'contacts',
  'shown_plans',
  'saved_plans',
  'rehearsals',
  'users',
] as const satisfies readonly (keyof Schema)[];

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
      await new KyselyAuditLog(trx).record({
        tenant: student.tenant,
        subjectId: student.userId,
        actorId: erasure.actorId,
        action: erasure.action,
        detail: { rows, ...erasure.detail },
        at: erasure.at,
      });
      return rows;
    });
  }
}
