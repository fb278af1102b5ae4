import { sql, type Kysely, type Selectable } from 'kysely';
import { transact } from './transaction.js';
import { parseTenant, tenantKey, type Platform, type Tenant } from '../core/identity.js';
import type { DigestSchedule, Weekday } from '../domain/cohorts/digest-time.js';
import type { CohortGoal } from '../domain/cohorts/goal.js';
import { nameKey } from './contact-repository.js';
import { newId } from '../core/ids.js';
import type { CohortsTable, Schema } from './schema.js';
import { retryOnUniqueViolation } from './unique-violation.js';
import { onPlatforms } from './platform-filter.js';
import type { Cohort, NewCohort, CohortMember, MemberChoices, CreateRefusal, CohortRepository } from '../domain/cohorts/cohort-repository.js';

/** The {@link CohortRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyCohortRepository implements CohortRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async create(tenant: Tenant, cohort: NewCohort, at: Date): Promise<Cohort | CreateRefusal> {
    const key = tenantKey(tenant);
    // Two creations racing on PostgreSQL both pass the check; the loser's retry sees the winner's row.
    return retryOnUniqueViolation(() => this.insertUnlessTaken(key, cohort, at));
  }

  /** Inserts the cohort unless its name or channel is taken in the workspace. */
  private insertUnlessTaken(key: string, cohort: NewCohort, at: Date): Promise<Cohort | CreateRefusal> {
    return transact(this.db, async (trx) => {
      const taken = await trx
        .selectFrom('cohorts')
        .select(['name_key', 'channel_id'])
        .where('tenant', '=', key)
        .where((eb) => eb.or([eb('name_key', '=', nameKey(cohort.name)), eb('channel_id', '=', cohort.channelId)]))
        .executeTakeFirst();
      if (taken !== undefined) return taken.channel_id === cohort.channelId ? 'channel-taken' : 'name-taken';
      const row: CohortsTable = {
        id: newId('co'),
        tenant: key,
        name: cohort.name,
        name_key: nameKey(cohort.name),
        channel_id: cohort.channelId,
        created_by: cohort.createdBy,
        timezone: cohort.digest.zone,
        digest_weekday: cohort.digest.weekday,
        digest_time: cohort.digest.time,
        next_digest_at: cohort.nextDigestAt.toISOString(),
        goal_interviews: null,
        goal_thank_yous: null,
        goal_rehearsals: null,
        goal_by: null,
        goal_set_at: null,
        created_at: at.toISOString(),
        archived_at: null,
        co_advisors: null,
      };
      await trx.insertInto('cohorts').values(row).execute();
      return toCohort(row);
    });
  }

  async findByName(tenant: Tenant, name: string): Promise<Cohort | undefined> {
    const row = await this.ofTenant(tenant).where('name_key', '=', nameKey(name)).executeTakeFirst();
    return row === undefined ? undefined : toCohort(row);
  }

  async findByChannel(tenant: Tenant, channelId: string): Promise<Cohort | undefined> {
    const row = await this.ofTenant(tenant).where('channel_id', '=', channelId).executeTakeFirst();
    return row === undefined ? undefined : toCohort(row);
  }

  async findById(tenant: Tenant, id: string): Promise<Cohort | undefined> {
    const row = await this.ofTenant(tenant).where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toCohort(row);
  }

  async list(tenant: Tenant): Promise<Cohort[]> {
    const rows = await this.ofTenant(tenant).orderBy('name_key').execute();
    return rows.map(toCohort);
  }

  async setCoAdvisor(tenant: Tenant, cohortId: string, userId: string, advisor: boolean): Promise<boolean> {
    return transact(this.db, async (trx) => {
      // A write first, so the row is locked (PostgreSQL) or the database is (SQLite) before it is
      // read: two advisors changing the list at the same moment then both land, one after the other.
      await trx
        .updateTable('cohorts')
        .set({ co_advisors: sql`co_advisors` })
        .where('tenant', '=', tenantKey(tenant))
        .where('id', '=', cohortId)
        .execute();
      const row = await trx.selectFrom('cohorts').selectAll().where('tenant', '=', tenantKey(tenant)).where('id', '=', cohortId).executeTakeFirst();
      if (row === undefined) return false;
      const before = coAdvisorsOf(row).coAdvisors ?? [];
      if (before.includes(userId) === advisor) return false;
      const after = advisor ? [...before, userId] : before.filter((id) => id !== userId);
      await trx
        .updateTable('cohorts')
        .set({ co_advisors: after.length === 0 ? null : JSON.stringify(after) })
        .where('id', '=', cohortId)
        .execute();
      return true;
    });
  }

  async setGoal(tenant: Tenant, cohortId: string, goal: CohortGoal): Promise<void> {
    await this.db
      .updateTable('cohorts')
      .set({
        goal_interviews: goal.interviews,
        goal_thank_yous: goal.thankYous ?? null,
        goal_rehearsals: goal.rehearsals ?? null,
        goal_by: goal.by,
        goal_set_at: goal.setAt.toISOString(),
      })
      .where('tenant', '=', tenantKey(tenant))
      .where('id', '=', cohortId)
      .execute();
  }

  async setDigest(tenant: Tenant, cohortId: string, digest: DigestSchedule, nextDigestAt: Date | undefined): Promise<void> {
    await this.db
      .updateTable('cohorts')
      .set({ timezone: digest.zone, digest_weekday: digest.weekday, digest_time: digest.time, next_digest_at: nextDigestAt?.toISOString() ?? null })
      .where('tenant', '=', tenantKey(tenant))
      .where('id', '=', cohortId)
      .execute();
  }

  async join(tenant: Tenant, cohortId: string, userId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('cohort_members')
      .values({ cohort_id: cohortId, tenant: tenantKey(tenant), user_id: userId, joined_at: at.toISOString(), celebrate: 0, nudges_muted: 0 })
      .onConflict((conflict) => conflict.columns(['cohort_id', 'user_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async leave(tenant: Tenant, cohortId: string, userId: string): Promise<boolean> {
    const key = tenantKey(tenant);
    return transact(this.db, async (trx) => {
      await trx.deleteFrom('cohort_shares').where('tenant', '=', key).where('user_id', '=', userId).where('cohort_id', '=', cohortId).execute();
      const result = await trx
        .deleteFrom('cohort_members')
        .where('tenant', '=', key)
        .where('user_id', '=', userId)
        .where('cohort_id', '=', cohortId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    });
  }

  async members(tenant: Tenant, cohortId: string): Promise<CohortMember[]> {
    const rows = await this.db
      .selectFrom('cohort_members')
      .selectAll()
      .where('tenant', '=', tenantKey(tenant))
      .where('cohort_id', '=', cohortId)
      .orderBy('joined_at')
      .orderBy('user_id')
      .execute();
    return rows.map(toMember);
  }

  async membership(tenant: Tenant, cohortId: string, userId: string): Promise<CohortMember | undefined> {
    const row = await this.db
      .selectFrom('cohort_members')
      .selectAll()
      .where('tenant', '=', tenantKey(tenant))
      .where('cohort_id', '=', cohortId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row === undefined ? undefined : toMember(row);
  }

  async cohortsOf(tenant: Tenant, userId: string): Promise<Cohort[]> {
    const rows = await this.db
      .selectFrom('cohorts')
      .innerJoin('cohort_members', 'cohort_members.cohort_id', 'cohorts.id')
      .selectAll('cohorts')
      .where('cohort_members.tenant', '=', tenantKey(tenant))
      .where('cohort_members.user_id', '=', userId)
      .orderBy('cohorts.name_key')
      .execute();
    return rows.map(toCohort);
  }

  async setChoices(tenant: Tenant, userId: string, choices: MemberChoices): Promise<number> {
    const values = {
      ...(choices.celebrate === undefined ? {} : { celebrate: choices.celebrate ? 1 : 0 }),
      ...(choices.nudgesMuted === undefined ? {} : { nudges_muted: choices.nudgesMuted ? 1 : 0 }),
    };
    if (Object.keys(values).length === 0) return 0;
    const result = await this.db
      .updateTable('cohort_members')
      .set(values)
      .where('tenant', '=', tenantKey(tenant))
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async dueDigests(now: Date, limit: number, platforms: readonly Platform[]): Promise<Cohort[]> {
    const rows = await this.db
      .selectFrom('cohorts')
      .selectAll()
      .where(onPlatforms(platforms))
      .where('next_digest_at', '<=', now.toISOString())
      .orderBy('next_digest_at')
      .limit(limit)
      .execute();
    return rows.map(toCohort);
  }

  async claimDigest(cohort: Cohort, next: Date): Promise<boolean> {
    if (cohort.nextDigestAt === undefined) return false;
    const result = await this.db
      .updateTable('cohorts')
      .set({ next_digest_at: next.toISOString() })
      .where('tenant', '=', tenantKey(cohort.tenant))
      .where('id', '=', cohort.id)
      .where('next_digest_at', '=', cohort.nextDigestAt.toISOString())
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async nextDigestAt(platforms: readonly Platform[]): Promise<Date | undefined> {
    const row = await this.db
      .selectFrom('cohorts')
      .select('next_digest_at')
      .where(onPlatforms(platforms))
      .where('next_digest_at', 'is not', null)
      .orderBy('next_digest_at')
      .limit(1)
      .executeTakeFirst();
    return row?.next_digest_at === undefined || row.next_digest_at === null ? undefined : new Date(row.next_digest_at);
  }

  private ofTenant(tenant: Tenant) {
    return this.db.selectFrom('cohorts').selectAll().where('tenant', '=', tenantKey(tenant));
  }
}

function toCohort(row: Selectable<CohortsTable>): Cohort {
  const goal: CohortGoal | undefined =
    row.goal_interviews === null || row.goal_by === null || row.goal_set_at === null
      ? undefined
      : {
          interviews: row.goal_interviews,
          ...(row.goal_thank_yous === null ? {} : { thankYous: row.goal_thank_yous }),
          ...(row.goal_rehearsals === null ? {} : { rehearsals: row.goal_rehearsals }),
          by: row.goal_by,
          setAt: new Date(row.goal_set_at),
        };
  return {
    id: row.id,
    tenant: parseTenant(row.tenant),
    name: row.name,
    channelId: row.channel_id,
    createdBy: row.created_by,
    digest: { weekday: row.digest_weekday as Weekday, time: row.digest_time, zone: row.timezone },
    ...(row.next_digest_at === null ? {} : { nextDigestAt: new Date(row.next_digest_at) }),
    ...(goal === undefined ? {} : { goal }),
    createdAt: new Date(row.created_at),
    ...(row.archived_at === null ? {} : { archivedAt: new Date(row.archived_at) }),
    ...coAdvisorsOf(row),
  };
}

/** The cohort's co-advisors, when it has any. */
function coAdvisorsOf(row: Selectable<CohortsTable>): { coAdvisors?: readonly string[] } {
  const ids: unknown = row.co_advisors === null ? [] : JSON.parse(row.co_advisors);
  const valid = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  return valid.length === 0 ? {} : { coAdvisors: valid };
}

function toMember(row: Selectable<Schema['cohort_members']>): CohortMember {
  return { userId: row.user_id, joinedAt: new Date(row.joined_at), celebrate: row.celebrate === 1, nudgesMuted: row.nudges_muted === 1 };
}
