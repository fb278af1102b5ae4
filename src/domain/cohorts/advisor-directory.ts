import type { Tenant } from '../../core/identity.js';
import type { RoleSource } from '../../core/roles.js';

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
