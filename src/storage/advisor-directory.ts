import type { Kysely } from 'kysely';
import { tenantKey, type Role, type Tenant } from '../core/identity.js';
import type { Schema } from './schema.js';
import type { AdvisorEntry, AdvisorDirectory } from '../domain/cohorts/advisor-directory.js';

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
    const grant = await this.db
      .selectFrom('advisor_grants')
      .select('advisor_id')
      .where('tenant', '=', tenantKey(tenant))
      .where('advisor_id', '=', userId)
      .executeTakeFirst();
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
