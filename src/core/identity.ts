/** The platforms Rapport speaks on. */
export type Platform = 'console' | 'slack' | 'discord';

/**
 * The community a row or a request belongs to: one Slack workspace, one Discord server,
 * or the local console. Every stored row carries it.
 */
export interface Tenant {
  readonly platform: Platform;
  /** Slack team id, Discord guild id, or "local" on the console. */
  readonly workspaceId: string;
}

/** The roles a command may require. */
export type Role = 'member' | 'advisor';

/** The person who sent a command, pressed a button or wrote a message. */
export interface Actor {
  readonly tenant: Tenant;
  /** The platform's user id (on the console, the user name). */
  readonly userId: string;
  /** A name fit to show to people. */
  readonly displayName: string;
  /** Roles the adapter resolved for this person (everyone is a member). */
  readonly roles: readonly Role[];
  /** The IANA time zone the platform reports for this person, when it does (Slack does). */
  readonly timezone?: string;
  /** The language the person's app is set to, when the platform says (Discord's locale, e.g. `en-GB`). */
  readonly locale?: string;
}

/** Where a message was written and where public replies go. */
export interface Conversation {
  readonly tenant: Tenant;
  /** The platform's channel id (on the console, "#name" or "dm"). */
  readonly channelId: string;
  /** True for a direct-message conversation between one person and Rapport. */
  readonly isDirect: boolean;
}

/** A stable text key for a tenant, e.g. `slack:T123`. */
export function tenantKey(tenant: Tenant): string {
  return `${tenant.platform}:${tenant.workspaceId}`;
}

/** Every platform Rapport speaks on. */
export const PLATFORMS: readonly Platform[] = ['console', 'slack', 'discord'];

/** Reads a tenant back from its {@link tenantKey}. */
export function parseTenant(key: string): Tenant {
  const separator = key.indexOf(':');
  const platform = key.slice(0, separator) as Platform;
  if (separator < 0 || !PLATFORMS.includes(platform)) throw new Error(`Not a tenant key: ${key}`);
  return { platform, workspaceId: key.slice(separator + 1) };
}
