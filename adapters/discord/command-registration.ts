import { Routes, type REST } from 'discord.js';
import type { Command } from '../../src/core/command.js';
import { applicationCommands } from './command-definitions.js';

/** Where the commands went, for the person who ran the registration. */
export interface Registration {
  readonly count: number;
  readonly scope: 'global' | 'server';
}

/**
 * Registers Rapport's commands with one bulk-overwrite PUT of the full list: on one server
 * (`guildId`, shown at once, for testing) or globally. Idempotent: registering the same list
 * again changes nothing, and a command no longer in the list is removed.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
 */
export async function registerCommands(rest: REST, applicationId: string, guildId: string | undefined, commands: readonly Command[]): Promise<Registration> {
  const route = guildId === undefined ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, guildId);
  const registered = await rest.put(route, { body: applicationCommands(commands) });
  return { count: Array.isArray(registered) ? registered.length : 0, scope: guildId === undefined ? 'global' : 'server' };
}
