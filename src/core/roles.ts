import type { Actor, Role, Tenant } from './identity.js';

/**
 * Where roles come from besides the platform: the dispatcher asks it for every inbound event,
 * so a role granted in Rapport (an advisor named in the configuration or by another advisor)
 * counts on every platform, and is checked on the server side for every command.
 */
export interface RoleSource {
  /** The roles this person holds in this tenant beyond what their platform says. */
  rolesOf(tenant: Tenant, userId: string): Promise<readonly Role[]>;
}

/** The actor with `extra` roles added to those the platform gave (each role once). */
export function withRoles(actor: Actor, extra: readonly Role[]): Actor {
  const missing = extra.filter((role) => !actor.roles.includes(role));
  return missing.length === 0 ? actor : { ...actor, roles: [...actor.roles, ...missing] };
}
