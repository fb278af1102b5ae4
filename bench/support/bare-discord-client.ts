/**
 * The baseline of `npm run bench:discord`: a bare discord.js client with the same intents as
 * Rapport that answers every interaction with "ok". Reads DISCORD_TOKEN and DISCORD_API_URL;
 * prints "ready" once its gateway session is open.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages], rest: { api: process.env.DISCORD_API_URL ?? '' } });
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isRepliable()) void interaction.reply({ content: 'ok' });
});
await client.login(process.env.DISCORD_TOKEN);
process.stdout.write('ready\n');
