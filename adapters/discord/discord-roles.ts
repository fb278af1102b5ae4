import type { Role } from '../../src/core/identity.js';

/** What Discord says about a server member that bears on Rapport's roles. */
export interface MemberFacts {
  /** The member holds the Manage Server permission (from the interaction's resolved `member.permissions`). */
  readonly managesServer: boolean;
  /** The names of the member's roles in that server. */
  readonly roleNames: readonly string[];
}

/**
 * Rapport's roles for a Discord user: everyone is a member; a server member who may manage the
 * server, or holds the role named `advisorRole` (compared without case), is also an advisor.
 * In a DM there is no server and so no advisor. The dispatcher checks these on every command,
 * whatever Discord showed the person.
 * @see https://discord.com/developers/docs/topics/permissions#permissions-bitwise-permission-flags
 */
export function rolesOf(member: MemberFacts | undefined, advisorRole: string): Role[] {
  if (member === undefined) return ['member'];
  const wanted = advisorRole.trim().toLowerCase();
  const named = member.roleNames.some((name) => name.trim().toLowerCase() === wanted);
  return member.managesServer || named ? ['member', 'advisor'] : ['member'];
}
