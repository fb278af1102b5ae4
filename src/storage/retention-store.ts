import type { Kysely } from 'kysely';
import { parseTenant, tenantKey, type Tenant } from '../core/identity.js';
import { KyselyAuditLog } from './audit-log.js';
import { RETENTION_ACTOR } from '../domain/privacy/audit-log.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { Schema } from './schema.js';
import { KyselyStudentDataEraser } from './student-data.js';
import { transact } from './transaction.js';
import type { QuietPerson, WarnedPerson, ArchivedCohort, RetentionStore } from '../domain/privacy/retention-store.js';

/** Tables holding a cohort's own rows, children before the cohort itself. */
export const COHORT_TABLES = ['cohort_shares', 'cohort_questions', 'cohort_members', 'assignments'] as const satisfies readonly (keyof Schema)[];

/** The {@link RetentionStore} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyRetentionStore implements RetentionStore {
  constructor(private readonly db: Kysely<Schema>) {}

  async unwarned(before: Date, limit: number): Promise<QuietPerson[]> {
    const rows = await this.unwarnedRows()
      .select(['tenant', 'user_id', 'last_active_at'])
      .where('last_active_at', '<=', before.toISOString())
      .orderBy('last_active_at')
      .orderBy('user_id')
      .limit(limit)
      .execute();
    return rows.map(toQuietPerson);
  }

  async markWarned(person: QuietPerson, at: Date): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ retention_warned_at: at.toISOString() })
      .where('tenant', '=', tenantKey(person.tenant))
      .where('user_id', '=', person.userId)
      .where('last_active_at', '=', person.lastActiveAt.toISOString())
      .execute();
  }

  async oldestUnwarnedActivity(): Promise<Date | undefined> {
    const row = await this.unwarnedRows()
      .select((eb) => eb.fn.min('last_active_at').as('at'))
      .executeTakeFirst();
    return optionalDate(row?.at);
  }

  async warned(): Promise<WarnedPerson[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(['tenant', 'user_id', 'last_active_at', 'retention_warned_at'])
      .whereRef('retention_warned_at', '>=', 'last_active_at')
      .orderBy('retention_warned_at')
      .orderBy('user_id')
      .execute();
    return rows.flatMap((row) => (row.retention_warned_at === null ? [] : [{ ...toQuietPerson(row), warnedAt: new Date(row.retention_warned_at) }]));
  }

  eraseIfDue(person: Recipient, activeBefore: Date, warnedBefore: Date, at: Date): Promise<number | undefined> {
    return transact(this.db, async (trx) => {
      // The claim: a no-op update that locks the row (PostgreSQL) while re-checking the condition.
      const claimed = await trx
        .updateTable('users')
        .set((eb) => ({ last_active_at: eb.ref('last_active_at') }))
        .where('tenant', '=', tenantKey(person.tenant))
        .where('user_id', '=', person.userId)
        .where('last_active_at', '<=', activeBefore.toISOString())
        .whereRef('retention_warned_at', '>=', 'last_active_at')
        .where('retention_warned_at', '<=', warnedBefore.toISOString())
        .returning('last_active_at')
        .executeTakeFirst();
      if (claimed === undefined) return undefined;
      return new KyselyStudentDataEraser(trx).erase(person, {
        actorId: RETENTION_ACTOR,
        action: 'retention-delete',
        at,
        detail: { lastActiveAt: claimed.last_active_at },
      });
    });
  }

  async archive(tenant: Tenant, cohortId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('cohorts')
      .set({ archived_at: at.toISOString(), next_digest_at: null })
      .where('tenant', '=', tenantKey(tenant))
      .where('id', '=', cohortId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async archivedBefore(before: Date, limit: number): Promise<ArchivedCohort[]> {
    const rows = await this.db
      .selectFrom('cohorts')
      .select(['tenant', 'id', 'archived_at'])
      .where('archived_at', '<=', before.toISOString())
      .orderBy('archived_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.flatMap((row) =>
      row.archived_at === null ? [] : [{ tenant: parseTenant(row.tenant), cohortId: row.id, archivedAt: new Date(row.archived_at) }],
    );
  }

  async oldestArchive(): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('cohorts')
      .select((eb) => eb.fn.min('archived_at').as('at'))
      .executeTakeFirst();
    return optionalDate(row?.at);
  }

  deleteIfArchived(cohort: ArchivedCohort, before: Date, at: Date): Promise<number | undefined> {
    const tenant = tenantKey(cohort.tenant);
    return transact(this.db, async (trx) => {
      const claimed = await trx
        .updateTable('cohorts')
        .set((eb) => ({ archived_at: eb.ref('archived_at') }))
        .where('tenant', '=', tenant)
        .where('id', '=', cohort.cohortId)
        .where('archived_at', '<=', before.toISOString())
        .returning('archived_at')
        .executeTakeFirst();
      if (claimed === undefined) return undefined;
      // Children first, by name: the count is right and nothing depends on the foreign keys cascading.
      let rows = 0;
      const assignmentIds = trx.selectFrom('assignments').select('id').where('tenant', '=', tenant).where('cohort_id', '=', cohort.cohortId);
      rows += Number(
        (await trx.deleteFrom('reflections').where('tenant', '=', tenant).where('assignment_id', 'in', assignmentIds).executeTakeFirst()).numDeletedRows,
      );
      for (const table of COHORT_TABLES)
        rows += Number((await trx.deleteFrom(table).where('tenant', '=', tenant).where('cohort_id', '=', cohort.cohortId).executeTakeFirst()).numDeletedRows);
      rows += Number((await trx.deleteFrom('cohorts').where('tenant', '=', tenant).where('id', '=', cohort.cohortId).executeTakeFirst()).numDeletedRows);
      await new KyselyAuditLog(trx).record({
        tenant: cohort.tenant,
        subjectId: cohort.cohortId,
        actorId: RETENTION_ACTOR,
        action: 'cohort-delete',
        detail: { rows, archivedAt: claimed.archived_at ?? '' },
        at,
      });
      return rows;
    });
  }

  private unwarnedRows() {
    return this.db.selectFrom('users').where((eb) => eb.or([eb('retention_warned_at', 'is', null), eb('retention_warned_at', '<', eb.ref('last_active_at'))]));
  }
}

function toQuietPerson(row: { tenant: string; user_id: string; last_active_at: string }): QuietPerson {
  return { tenant: parseTenant(row.tenant), userId: row.user_id, lastActiveAt: new Date(row.last_active_at) };
}

function optionalDate(value: string | null | undefined): Date | undefined {
  return value === null || value === undefined ? undefined : new Date(value);
}
