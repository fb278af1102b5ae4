/**
 * Delivery benchmark: due nudges sent through the real adapters (discord.js, Bolt's Web API
 * client) to the fakes with the platforms' own rate limits and a round trip on every request,
 * by the real scheduler on a SQLite file. Prints, for each platform, how long the nudges took,
 * the request rate, how many students got their nudge once, twice or never, and how many were
 * marked undeliverable.
 * - Discord: 10,000 DMs, first to students whose DM channel is stored (one request each), then
 *   to students never messaged, as Rapport reaches them: their channel opened when their nudge is
 *   scheduled (all at once here, where commands would spread them out; the preparer opens them
 *   one at a time), then the burst of due nudges, which find every channel stored. Target: at
 *   least 80% of Discord's 50 requests a second. `--discord-mode first` measures the fallback
 *   for a channel that could not be opened ahead: opened at delivery, two requests, the opens all
 *   on one route, which discord.js sends one at a time.
 * - Slack: 10,000 first-time DMs, each needing conversations.open (Tier 3, 50 a minute). Target:
 *   every one arrives, at the pace the limit allows, none marked undeliverable.
 * Run with `npm run bench:delivery`. Flags: `--students N` (default 10,000), `--latency-ms N`
 * (default 50), `--platform discord|slack` (default both), `--discord-mode stored|first|scheduled`
 * (default stored, then scheduled), `--slack-minute-ms N` (default
 * 60,000: the fake's minute, shortened to run the Slack part in less time; every Slack limit
 * scales with it, so the pace it reports is in the fake's minutes). Loopback only; every wait is
 * bounded by the time the platform's limit requires, plus a margin.
 */
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { FakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { SlackFake } from '../test/fakes/slack/slack-fake.js';
import type { Tenant } from '../src/core/identity.js';
import { deliverAll, rapportOnDiscord, rapportOnSlack, statusCounts, type DeliveryRig } from './support/delivery-kit.js';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '10000' },
    'latency-ms': { type: 'string', default: '50' },
    platform: { type: 'string' },
    'slack-minute-ms': { type: 'string', default: '60000' },
    'discord-mode': { type: 'string' },
  },
});
const students = Number(values.students);
const latencyMs = Number(values['latency-ms']);
const slackMinuteMs = Number(values['slack-minute-ms']);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Students who got their nudge once, more than once, or not at all, from messages counted by channel. */
function tally(counts: readonly number[]): string {
  const once = counts.filter((count) => count === 1).length;
  const doubled = counts.filter((count) => count > 1).length;
  return `${once.toLocaleString('en')} once, ${doubled} more than once, ${students - once - doubled} never`;
}

/** How a Discord run finds students' DM channels: stored before, opened at delivery, or opened when the nudge was scheduled. */
type DiscordMode = 'stored' | 'first' | 'scheduled';

/** What a run's line calls its mode. */
const DISCORD_MODES: Readonly<Record<DiscordMode, string>> = {
  stored: 'DM channel stored',
  first: 'first DM (channel opened at delivery)',
  scheduled: 'first DM (channel opened when scheduled)',
};

/** Opens every student's DM channel as scheduling their nudge does, and says how long that took. */
async function openWhenScheduled(rig: DeliveryRig, tenant: Tenant, users: readonly string[]): Promise<string> {
  const started = performance.now();
  for (const userId of users) rig.app.dmChannels.prepare({ tenant, userId });
  await rig.app.dmChannels.settled();
  const ms = performance.now() - started;
  return `opened when scheduled: ${users.length.toLocaleString('en')} channels in ${seconds(ms)} (${((users.length / ms) * 1000).toFixed(1)} opens/s, before the burst); `;
}

/** Discord: `students` DMs, their DM channels found as `mode` says. */
async function discordRun(mode: DiscordMode): Promise<void> {
  const fake = await FakeDiscord.start({ rest: { rateLimits: true, latencyMs } });
  const rig = await rapportOnDiscord(fake, students);
  try {
    const users = Array.from({ length: students }, (_, index) => `u${index}`);
    if (mode === 'stored') {
      for (const user of users)
        await rig.database.db
          .updateTable('users')
          .set({ dm_channel_id: fake.rest.dmChannelOf(user) })
          .where('user_id', '=', user)
          .execute();
    }
    const opened = mode === 'scheduled' ? await openWhenScheduled(rig, { platform: 'discord', workspaceId: fake.guild.id }, users) : '';
    const from = fake.rest.calls.length;
    // Discord's pace: each DM is one or two requests at 50 a second; twice that, plus a minute, is ample.
    const ms = await deliverAll(rig.app, (students * 2 * 2 * 1000) / 50 + 60_000);
    const calls = fake.rest.calls.slice(from);
    const limited = calls.filter((call) => call.status === 429).length;
    const counts = users.map((user) => fake.rest.messagesIn(fake.rest.dmChannelOf(user)).length);
    console.log(
      `Discord, ${DISCORD_MODES[mode]}: ${opened}${students.toLocaleString('en')} DMs in ${seconds(ms)}, ` +
        `${((counts.filter((count) => count > 0).length / ms) * 1000).toFixed(1)} DMs/s, ${calls.length.toLocaleString('en')} requests = ${((calls.length / ms) * 1000).toFixed(1)} requests/s ` +
        `(${(((calls.length / ms) * 1000 * 100) / 50).toFixed(0)}% of 50/s; ${limited} answered 429); ${tally(counts)}; statuses ${JSON.stringify(await statusCounts(rig.database))}   target >= 80% of 50 requests/s`,
    );
  } finally {
    await rig.stop();
    await fake.close();
  }
}

/** Slack: `students` first-time DMs, each opened with conversations.open under Tier 3. */
async function slackRun(): Promise<void> {
  const fake = await SlackFake.start({ rateLimits: true, minuteMs: slackMinuteMs, latencyMs });
  const rig = await rapportOnSlack(fake, students);
  try {
    // Tier 3 allows 50 opens a (fake) minute: the run needs students / 50 of them; twice that, plus a minute, is ample.
    const ms = await deliverAll(rig.app, ((students / 50) * 2 + 1) * slackMinuteMs);
    const opens = fake.callsOf('conversations.open');
    const refused = opens.length - new Set(opens.map((call) => String(call.args.users))).size;
    const counts = Array.from({ length: students }, (_, index) => fake.messagesIn(`Du${index}`).length);
    const minutes = ms / slackMinuteMs;
    console.log(
      `Slack, first DMs: ${students.toLocaleString('en')} students in ${seconds(ms)} = ${minutes.toFixed(1)} fake minutes of ${slackMinuteMs.toLocaleString('en')} ms ` +
        `(Tier 3 allows ${(students / 50).toFixed(1)}), ${(counts.filter((count) => count > 0).length / minutes).toFixed(1)} DMs per fake minute; ` +
        `conversations.open ${opens.length.toLocaleString('en')} calls (${refused.toLocaleString('en')} refused 429 or repeated); ${tally(counts)}; statuses ${JSON.stringify(await statusCounts(rig.database))}   target: all arrive, none undeliverable`,
    );
  } finally {
    await rig.stop();
    await fake.stop();
  }
}

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; round trip ${latencyMs} ms on every request`,
);
if (values.platform !== 'slack') {
  const modes = values['discord-mode'] === undefined ? (['stored', 'scheduled'] as const) : [values['discord-mode'] as DiscordMode];
  for (const mode of modes) await discordRun(mode);
}
if (values.platform !== 'discord') await slackRun();
