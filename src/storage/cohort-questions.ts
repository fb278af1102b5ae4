import type { Kysely } from 'kysely';
import { transact } from './transaction.js';
import { tenantKey, type Actor, type Tenant } from '../core/identity.js';
import { newId } from '../core/ids.js';
import type { Schema } from './schema.js';
import { retryOnUniqueViolation } from './unique-violation.js';
import { nextNumberOf } from './next-number.js';
import type { CohortQuestion, CohortQuestionRepository } from '../domain/cohorts/cohort-questions.js';

/** The most questions a student's plans take from their cohorts' sets. */
const MAX_PLAN_QUESTIONS = 12;

/** The {@link CohortQuestionRepository} on Kysely. */
export class KyselyCohortQuestionRepository implements CohortQuestionRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async add(tenant: Tenant, cohortId: string, question: string, addedBy: string, at: Date): Promise<CohortQuestion> {
    const id = newId('cq');
    // Two advisors adding at once on PostgreSQL may both read the same next position: the loser retries.
    await retryOnUniqueViolation(() =>
      transact(this.db, async (trx) => {
        const { next } = await trx
          .selectFrom('cohort_questions')
          .select(nextNumberOf('position').as('next'))
          .where('cohort_id', '=', cohortId)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('cohort_questions')
          .values({ id, tenant: tenantKey(tenant), cohort_id: cohortId, position: next, question, added_by: addedBy, added_at: at.toISOString() })
          .execute();
      }),
    );
    const added = (await this.list(tenant, cohortId)).find((candidate) => candidate.id === id);
    if (added === undefined) throw new Error(`Cohort question ${id} vanished after insert.`);
    return added;
  }

  async list(tenant: Tenant, cohortId: string): Promise<CohortQuestion[]> {
    const rows = await this.db
      .selectFrom('cohort_questions')
      .select(['id', 'question', 'added_by'])
      .where('tenant', '=', tenantKey(tenant))
      .where('cohort_id', '=', cohortId)
      .orderBy('position')
      .execute();
    return rows.map((row, index) => ({ id: row.id, number: index + 1, question: row.question, addedBy: row.added_by }));
  }

  async replace(tenant: Tenant, cohortId: string, id: string, question: string): Promise<boolean> {
    const result = await this.db
      .updateTable('cohort_questions')
      .set({ question })
      .where('tenant', '=', tenantKey(tenant))
      .where('cohort_id', '=', cohortId)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async remove(tenant: Tenant, cohortId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('cohort_questions')
      .where('tenant', '=', tenantKey(tenant))
      .where('cohort_id', '=', cohortId)
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async advisorQuestionsFor(actor: Actor): Promise<readonly string[]> {
    // The questions of every cohort the student is in, by cohort and position.
    const rows = await this.db
      .selectFrom('cohort_questions')
      .innerJoin('cohort_members', 'cohort_members.cohort_id', 'cohort_questions.cohort_id')
      .select('cohort_questions.question')
      .where('cohort_members.tenant', '=', tenantKey(actor.tenant))
      .where('cohort_members.user_id', '=', actor.userId)
      .orderBy('cohort_questions.cohort_id')
      .orderBy('cohort_questions.position')
      .execute();
    return [...new Set(rows.map((row) => row.question))].slice(0, MAX_PLAN_QUESTIONS);
  }
}
