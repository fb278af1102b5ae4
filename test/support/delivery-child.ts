/**
 * A Rapport process that delivers due nudges through a real platform adapter (Slack's or
 * Discord's, against a fake the test runs) until nothing is due or leased, then prints a JSON
 * summary and exits; for kill-and-restart tests. Its scheduler is the real one with a short
 * lease (LEASE_MS, default 6,000 ms), so a killed process's claims come back soon.
 * Environment: DATABASE_PATH or DATABASE_URL; SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET and
 * SLACK_API_URL for Slack, or DISCORD_TOKEN, DISCORD_APPLICATION_ID and DISCORD_API_URL for Discord.
 * It prints "delivering" once its adapter is up. With UNTIL_DONE=1 it also waits for
 * reminders due later (a retry after a timeout), until none is open, for at most 3 minutes.
 */
import { startDiscord } from '../../adapters/discord/discord-adapter.js';
import { slackCommandNames } from '../../adapters/slack/command-names.js';
import { startSlack } from '../../adapters/slack/slack-adapter.js';
import { COMMANDS } from '../../commands/index.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/logger.js';
import { createNudgeService } from '../../src/app/nudge-service.js';
import { openDatabase } from '../../src/storage/open-database.js';

const leaseMs = Number(process.env.LEASE_MS ?? '6000');
const untilDone = process.env.UNTIL_DONE === '1';
const doneBy = Date.now() + 3 * 60_000;
const config = loadConfig();
const database = await openDatabase(config.database);
const logger = silentLogger();
const names = slackCommandNames(
  COMMANDS.map((command) => command.name),
  {},
);
const app = createApp(config, database, systemClock, logger);
const adapter =
  config.slack === undefined
    ? config.discord === undefined
      ? undefined
      : await startDiscord(app, config.discord, logger)
    : await startSlack({ app, config: { ...config.slack, port: 0 }, names, clock: systemClock, logger, host: '127.0.0.1' });
if (adapter === undefined) throw new Error('Set the Slack or the Discord settings.');
const scheduler = createNudgeService({ services: app.services, clock: systemClock, logger, messengers: app.messengers, tuning: { leaseMs } });
process.stdout.write('delivering\n');
let delivered = 0;
for (;;) {
  delivered += (await scheduler.runDue()).delivered;
  // Done when nothing is due, nor held under a lease that may yet run out: later work is not ours.
  const next = await scheduler.nextDueAt();
  if (next === undefined || (!untilDone && next.getTime() > Date.now() + leaseMs) || Date.now() > doneBy) break;
  await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(next.getTime() - Date.now(), 10), untilDone ? 5_000 : 100)));
}
process.stdout.write(`${JSON.stringify({ delivered })}\n`);
await adapter.stop();
await database.close();
// Its outcome is printed: exit now, so that a connection the platform's client keeps alive to the
// fake (seen once in a few runs) never holds this child, and the test waiting for it, open.
process.exit(0);
