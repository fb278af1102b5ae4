import type { Kysely } from 'kysely';
import { tenantKey, type Actor, type Tenant } from '../core/identity.js';
import type { Schema } from './schema.js';

/** What Rapport keeps about a person. */
export interface UserProfile {
  readonly tenant: Tenant;
  readonly userId: string;
  readonly displayName: string;
  /** The person's IANA time zone, or undefined to use the deployment default. */
  readonly timezone?: string;
  readonly createdAt: Date;
  readonly lastActiveAt: Date;
}

/** The people Rapport has met. */
export interface UserRepository {
  /** Creates the person on first contact and records when they were last active. */
  recordActivity(actor: Actor, at: Date): Promise<void>;
  /** The person's profile, if Rapport has met them. */
  find(tenant: Tenant, userId: string): Promise<UserProfile | undefined>;
  /** Sets (or clears, with undefined) the person's time zone. */
  setTimezone(tenant: Tenant, userId: string, timezone: string | undefined): Promise<void>;
}

/** The {@link UserRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyUserRepository implements UserRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async recordActivity(actor: Actor, at: Date): Promise<void> {
    const now = at.toISOString();
    await this.db
      .insertInto('users')
      .values({
        tenant: tenantKey(actor.tenant),
        user_id: actor.userId,
        display_name: actor.displayName,
        timezone: null,
        created_at: now,
        last_active_at: now,
      })
      .onConflict((conflict) => conflict.columns(['tenant', 'user_id']).doUpdateSet({ display_name: actor.displayName, last_active_at: now }))
      .execute();
  }

  async find(tenant: Tenant, userId: string): Promise<UserProfile | undefined> {
    const row = await this.db
      .selectFrom('users')
      .selectAll()
      .where('tenant', '=', tenantKey(tenant))
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      tenant,
      userId: row.user_id,
      displayName: row.display_name,
      ...(row.timezone === null ? {} : { timezone: row.timezone }),
      createdAt: new Date(row.created_at),
      lastActiveAt: new Date(row.last_active_at),
    };
  }

  async setTimezone(tenant: Tenant, userId: string, timezone: string | undefined): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ timezone: timezone ?? null })
      .where('tenant', '=', tenantKey(tenant))
      .where('user_id', '=', userId)
      .execute();
  }
}
