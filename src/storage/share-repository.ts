import type { Kysely } from 'kysely';
import { tenantKey, type Tenant } from '../core/identity.js';
import { newId } from '../core/ids.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { Schema } from './schema.js';
import { studentRows } from './student-rows.js';
import type { SharedSummary, ShareRepository } from '../domain/cohorts/share-repository.js';

/** The {@link ShareRepository} on Kysely. */
export class KyselyShareRepository implements ShareRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async share(student: Recipient, cohortId: string, interviewId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('cohort_shares')
      .values({
        id: newId('sh'),
        tenant: tenantKey(student.tenant),
        cohort_id: cohortId,
        user_id: student.userId,
        interview_id: interviewId,
        shared_at: at.toISOString(),
      })
      .onConflict((conflict) => conflict.columns(['cohort_id', 'user_id', 'interview_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async unshareContact(student: Recipient, cohortId: string, contactId: string): Promise<number> {
    const key = tenantKey(student.tenant);
    const interviews = studentRows(this.db, 'interviews', student).select('id').where('contact_id', '=', contactId);
    const result = await this.db
      .deleteFrom('cohort_shares')
      .where('tenant', '=', key)
      .where('user_id', '=', student.userId)
      .where('cohort_id', '=', cohortId)
      .where('interview_id', 'in', interviews)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async countShared(student: Recipient, cohortId: string): Promise<number> {
    const row = await studentRows(this.db, 'cohort_shares', student)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('cohort_id', '=', cohortId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async sharedWith(tenant: Tenant, cohortId: string): Promise<SharedSummary[]> {
    const key = tenantKey(tenant);
    const rows = await this.db
      .selectFrom('cohort_shares')
      // Only current members: a student who left shares nothing, even if a row were left behind.
      .innerJoin('cohort_members', (join) =>
        join.onRef('cohort_members.cohort_id', '=', 'cohort_shares.cohort_id').onRef('cohort_members.user_id', '=', 'cohort_shares.user_id'),
      )
      .innerJoin('interviews', 'interviews.id', 'cohort_shares.interview_id')
      .innerJoin('contacts', 'contacts.id', 'interviews.contact_id')
      .select([
        'cohort_shares.user_id',
        'cohort_shares.shared_at',
        'contacts.name',
        'interviews.held_at',
        'interviews.learned',
        'interviews.advice',
        'interviews.next_steps',
      ])
      .where('cohort_shares.tenant', '=', key)
      .where('cohort_shares.cohort_id', '=', cohortId)
      .where('interviews.tenant', '=', key)
      .whereRef('interviews.user_id', '=', 'cohort_shares.user_id')
      .orderBy('cohort_shares.shared_at', 'desc')
      .execute();
    return rows.map((row) => ({
      userId: row.user_id,
      contactName: row.name,
      heldAt: new Date(row.held_at),
      ...(row.learned === null ? {} : { learned: row.learned }),
      ...(row.advice === null ? {} : { advice: row.advice }),
      ...(row.next_steps === null ? {} : { nextSteps: row.next_steps }),
      sharedAt: new Date(row.shared_at),
    }));
  }
}
