import type { Kysely } from 'kysely';
import { transact } from './transaction.js';
import { tenantKey } from '../core/identity.js';
import type { Recipient } from './reminder-repository.js';
import type { Schema } from './schema.js';

/** Every table that holds a student's own rows, children before parents. */
export const STUDENT_TABLES = ['undo_entries', 'cohort_shares', 'advisor_views', 'cohort_members', 'reminders', 'reflections', 'interviews', 'contact_events', 'contacts', 'shown_plans', 'saved_plans', 'rehearsals', 'users'] as const satisfies readonly (keyof Schema)[];

/** Erases everything one student stored, for `/privacy delete`. */
export interface StudentDataEraser {
  /** Deletes every row of the student in one transaction; returns how many rows went. */
  erase(student: Recipient): Promise<number>;
}

/** The {@link StudentDataEraser} on Kysely. */
export class KyselyStudentDataEraser implements StudentDataEraser {
  constructor(private readonly db: Kysely<Schema>) {}

  async erase(student: Recipient): Promise<number> {
    return transact(this.db, async (trx) => {
      let rows = 0;
      for (const table of STUDENT_TABLES) {
        const result = await trx.deleteFrom(table).where('tenant', '=', tenantKey(student.tenant)).where('user_id', '=', student.userId).executeTakeFirst();
        rows += Number(result.numDeletedRows);
      }
      return rows;
    });
  }
}
