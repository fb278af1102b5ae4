/**
 * The baseline of the Discord benchmark: a bare discord.js client with the same intents and the
 * same REST options as Rapport that answers every interaction with "ok". Reads DISCORD_TOKEN
 * and DISCORD_API_URL. Prints "ready" once its gateway session is open.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { DISCORD_REST_OPTIONS } from '../../adapters/discord/rest-options.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
  rest: { ...DISCORD_REST_OPTIONS, api: process.env.DISCORD_API_URL ?? '' },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isRepliable()) void interaction.reply({ content: 'ok' });
});
await client.login(process.env.DISCORD_TOKEN);
process.stdout.write('ready\n');
