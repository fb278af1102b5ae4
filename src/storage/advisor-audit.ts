import type { Kysely } from 'kysely';
import { tenantKey } from '../core/identity.js';
import { newId } from '../core/ids.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { Schema } from './schema.js';
import type { AdvisorView, ViewRecord, AdvisorAuditLog } from '../domain/cohorts/advisor-audit.js';

/** The {@link AdvisorAuditLog} on Kysely. */
export class KyselyAdvisorAuditLog implements AdvisorAuditLog {
  constructor(private readonly db: Kysely<Schema>) {}

  async record(view: ViewRecord, studentIds: readonly string[]): Promise<void> {
    if (studentIds.length === 0) return;
    const tenant = tenantKey(view.tenant);
    const at = view.at.toISOString();
    await this.db
      .insertInto('advisor_views')
      .values(
        studentIds.map((userId) => ({
          id: newId('av'),
          tenant,
          user_id: userId,
          advisor_id: view.advisorId,
          cohort_name: view.cohortName,
          what: view.what,
          at,
        })),
      )
      .execute();
  }

  async viewsOf(student: Recipient, limit: number): Promise<AdvisorView[]> {
    const tenant = tenantKey(student.tenant);
    const rows = await this.db
      .selectFrom('advisor_views')
      .leftJoin('users', (join) => join.onRef('users.tenant', '=', 'advisor_views.tenant').onRef('users.user_id', '=', 'advisor_views.advisor_id'))
      .select(['advisor_views.advisor_id', 'advisor_views.cohort_name', 'advisor_views.what', 'advisor_views.at', 'users.display_name'])
      .where('advisor_views.tenant', '=', tenant)
      .where('advisor_views.user_id', '=', student.userId)
      .orderBy('advisor_views.at', 'desc')
      .orderBy('advisor_views.id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      advisorId: row.advisor_id,
      ...(row.display_name === null ? {} : { advisorName: row.display_name }),
      cohortName: row.cohort_name,
      what: row.what,
      at: new Date(row.at),
    }));
  }
}
