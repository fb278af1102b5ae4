import type { Kysely } from 'kysely';
import { tenantKey, type Tenant } from '../core/identity.js';
import type { StudentActivity } from '../domain/cohorts/activity.js';
import type { Schema } from './schema.js';
import type { CohortActivitySource } from '../domain/cohorts/cohort-activity.js';

/** The {@link CohortActivitySource} on Kysely: one query per table, scoped by tenant and users. */
export class KyselyCohortActivity implements CohortActivitySource {
  constructor(private readonly db: Kysely<Schema>) {}

  async activityOf(tenant: Tenant, userIds: readonly string[]): Promise<StudentActivity[]> {
    if (userIds.length === 0) return [];
    const key = tenantKey(tenant);
    const ids = [...new Set(userIds)];
    const [users, contacts, events, interviews, rehearsals] = await Promise.all([
      this.db.selectFrom('users').select(['user_id', 'display_name', 'last_active_at']).where('tenant', '=', key).where('user_id', 'in', ids).execute(),
      this.db.selectFrom('contacts').select(['user_id', 'id', 'stage', 'referred_by']).where('tenant', '=', key).where('user_id', 'in', ids).execute(),
      this.db
        .selectFrom('contact_events')
        .select(['user_id', 'contact_id', 'stage', 'at'])
        .where('tenant', '=', key)
        .where('user_id', 'in', ids)
        .orderBy('at')
        .execute(),
      this.db
        .selectFrom('interviews')
        .select(['user_id', 'contact_id', 'held_at'])
        .where('tenant', '=', key)
        .where('user_id', 'in', ids)
        .orderBy('held_at')
        .execute(),
      this.db
        .selectFrom('rehearsals')
        .select(['user_id', 'score', 'finished_at'])
        .where('tenant', '=', key)
        .where('user_id', 'in', ids)
        .where('status', '=', 'finished')
        .where('score', 'is not', null)
        .where('finished_at', 'is not', null)
        .execute(),
    ]);
    const of = <T extends { user_id: string }>(rows: readonly T[], userId: string) => rows.filter((row) => row.user_id === userId);
    return ids.flatMap((userId): StudentActivity[] => {
      const user = users.find((row) => row.user_id === userId);
      if (user === undefined) return [];
      return [
        {
          userId,
          displayName: user.display_name,
          lastActiveAt: new Date(user.last_active_at),
          contacts: of(contacts, userId).map((row) => ({ id: row.id, stage: row.stage, referred: row.referred_by !== null })),
          events: of(events, userId).map((row) => ({ contactId: row.contact_id, stage: row.stage, at: new Date(row.at) })),
          interviews: of(interviews, userId).map((row) => ({ contactId: row.contact_id, heldAt: new Date(row.held_at) })),
          rehearsals: of(rehearsals, userId).map((row) => ({ score: row.score ?? 0, finishedAt: new Date(row.finished_at ?? 0) })),
        },
      ];
    });
  }
}
