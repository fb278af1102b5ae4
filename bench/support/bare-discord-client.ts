/**
 * The baseline of the Discord benchmarks: a bare discord.js client with the same intents as
 * Rapport that answers every interaction with "ok". Reads DISCORD_TOKEN and DISCORD_API_URL;
 * with BARE_TRANSPORT=rapport its REST calls go through Rapport's transport instead of
 * discord.js's default. Prints "ready" once its gateway session is open.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { createRestTransport } from '../../adapters/discord/rest-transport.js';

const rest = { api: process.env.DISCORD_API_URL ?? '', ...(process.env.BARE_TRANSPORT === 'rapport' ? { makeRequest: createRestTransport().makeRequest } : {}) };
const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages], rest });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isRepliable()) void interaction.reply({ content: 'ok' });
});
await client.login(process.env.DISCORD_TOKEN);
process.stdout.write('ready\n');
