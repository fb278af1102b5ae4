import { REST } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { readEnvironmentForCommandLine } from '../../src/env-file.js';
import { createRegistry } from '../../src/core/registry.js';
import { registerCommands } from './command-registration.js';
import { inviteUrl } from './invite.js';
import { DISCORD_REST_OPTIONS } from './rest-options.js';
import { exitWithLine } from '../../src/cli-exit.js';

/**
 * `npm run discord:register`: registers Rapport's slash commands with Discord, on the server
 * DISCORD_GUILD_ID when set (instant, for testing) or globally, then prints the link that
 * invites the bot with the permissions it needs. Run it after each upgrade.
 */
async function main(): Promise<void> {
  readEnvironmentForCommandLine();
  let discord;
  try {
    discord = loadConfig().discord;
  } catch (error) {
    if (error instanceof ConfigError) exitWithLine(`Configuration error: ${error.message}`);
    throw error;
  }
  if (discord === undefined) exitWithLine('Configuration error: set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the commands with Discord');
  const rest = new REST({ ...DISCORD_REST_OPTIONS, ...(discord.apiUrl === undefined ? {} : { api: discord.apiUrl }) }).setToken(discord.token);
  const registry = createRegistry(COMMANDS);
  const { count, scope } = await registerCommands(rest, discord.applicationId, discord.guildId, registry.all()).catch((error: unknown) =>
    exitWithLine(`Discord refused the commands: ${error instanceof Error ? error.message : String(error)}`),
  );
  const where = scope === 'server' ? `on server ${discord.guildId ?? ''}: they show at once` : 'globally: Discord may take up to an hour to show changes';
  process.stdout.write(`Registered ${count} commands ${where}.\nInvite the bot to a server with ${inviteUrl(discord.applicationId)}\n`);
}

await main();
