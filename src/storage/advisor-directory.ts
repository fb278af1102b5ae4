import type { Kysely } from 'kysely';
import { tenantKey, type Role, type Tenant } from '../core/identity.js';
import type { RoleSource } from '../core/roles.js';
import type { Schema } from './schema.js';

/** One advisor of a workspace and why they are one. */
export interface AdvisorEntry {
  readonly userId: string;
  /** Named in ADVISOR_IDS (only a configuration change removes them), or granted by an advisor. */
  readonly source: 'configured' | 'granted';
}

/**
 * Who is an advisor in each workspace or server: the ids in ADVISOR_IDS, plus those an
 * advisor granted with `/cohort advisor add`. Platform rules (Slack workspace admins, a
 * Discord role or the Manage Server permission) are the adapters' part: they put `advisor`
 * in the actor's roles, and the dispatcher joins both.
 */
export interface AdvisorDirectory extends RoleSource {
  /** True when the id is named in ADVISOR_IDS. */
  isConfigured(userId: string): boolean;
  /** Makes someone an advisor in a workspace; false when they already were one by a grant. */
  grant(tenant: Tenant, userId: string, grantedBy: string, at: Date): Promise<boolean>;
  /** Takes a granted advisor role back; false when there was no grant. */
  revoke(tenant: Tenant, userId: string): Promise<boolean>;
  /** The workspace's advisors: configured ones first, then granted ones by id. */
  list(tenant: Tenant): Promise<AdvisorEntry[]>;
}

/** The {@link AdvisorDirectory} over the configured ids and the `advisor_grants` table. */
export class KyselyAdvisorDirectory implements AdvisorDirectory {
  private readonly configured: ReadonlySet<string>;

  constructor(
    private readonly db: Kysely<Schema>,
    configuredIds: readonly string[],
  ) {
    this.configured = new Set(configuredIds);
  }

  isConfigured(userId: string): boolean {
    return this.configured.has(userId);
  }

  async rolesOf(tenant: Tenant, userId: string): Promise<readonly Role[]> {
    if (this.configured.has(userId)) return ['advisor'];
    const grant = await this.db.selectFrom('advisor_grants').select('advisor_id').where('tenant', '=', tenantKey(tenant)).where('advisor_id', '=', userId).executeTakeFirst();
    return grant === undefined ? [] : ['advisor'];
  }

  async grant(tenant: Tenant, userId: string, grantedBy: string, at: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('advisor_grants')
      .values({ tenant: tenantKey(tenant), advisor_id: userId, granted_by: grantedBy, granted_at: at.toISOString() })
      .onConflict((conflict) => conflict.columns(['tenant', 'advisor_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async revoke(tenant: Tenant, userId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('advisor_grants').where('tenant', '=', tenantKey(tenant)).where('advisor_id', '=', userId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async list(tenant: Tenant): Promise<AdvisorEntry[]> {
    const rows = await this.db.selectFrom('advisor_grants').select('advisor_id').where('tenant', '=', tenantKey(tenant)).orderBy('advisor_id').execute();
    const configured = [...this.configured].map((userId): AdvisorEntry => ({ userId, source: 'configured' }));
    const granted = rows.filter((row) => !this.configured.has(row.advisor_id)).map((row): AdvisorEntry => ({ userId: row.advisor_id, source: 'granted' }));
    return [...configured, ...granted];
  }
}
