/**
 * Start-up benchmark: for each mode (the console, Slack against the Slack fake, Discord against
 * the Discord fake, and Slack and Discord in one process), the time from starting the built
 * Rapport (node with `npm start`'s arguments, as the systemd unit runs it, without the npm
 * wrapper) to its first reply to a help command, and its resident memory (VmRSS) once it has
 * idled. Runs are interleaved across modes; medians and ranges are printed. `npm run
 * bench:startup` builds first. BENCH_RUNS sets the runs per mode (default 5).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { fakeUser } from '../test/fakes/discord/payloads.js';
import { slashCommandFields } from '../test/fakes/slack/payloads.js';
import { SlackFake } from '../test/fakes/slack/slack-fake.js';
import { PROJECT_ROOT } from '../test/support/run-rapport.js';
import { START_ARGUMENTS } from './support/bot-process.js';
import { ms, percentile } from './support/figures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** How long a run may wait for Rapport's first reply before the benchmark gives up. */
const READY_TIMEOUT_MS = 60_000;
/** How long Rapport idles after its first reply before its memory is read. */
const IDLE_MS = 3_000;
const MiB = 2 ** 20;
const READY_LOG = '"msg":"Rapport started"';

/** One mode: its settings, and how to get a first reply once Rapport has started. */
interface Mode {
  readonly name: string;
  readonly env: () => NodeJS.ProcessEnv;
  readonly firstReply: (rapport: Rapport) => Promise<void>;
}

/** A started Rapport process. */
interface Rapport {
  readonly child: ChildProcess;
  /** Resolves at the first line of standard output or error that contains `text`. */
  readonly line: (text: string) => Promise<void>;
}

const slack = await SlackFake.start();
const slackUser = { id: 'UANA', name: 'ana' };
slack.addUsers({ ...slackUser, tz: 'UTC' });
const discord = await FakeDiscord.start();
const discordUser = fakeUser('ana');
const slackEnv = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_APP_TOKEN: 'xapp-bench', SLACK_API_URL: slack.apiUrl };
const discordEnv = { DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl };

async function slackReply(): Promise<void> {
  await slack.waitForSocket(10_000);
  const responseUrl = slack.responseUrl();
  await slack.sendEnvelope('slash_commands', slashCommandFields('/rapport', '', slackUser, 'DUANA', responseUrl));
  await slack.waitFor(() => slack.responsesTo(responseUrl)[0], 10_000, 'the reply');
}

async function discordReply(): Promise<void> {
  await discord.gateway.sessions(1, 10_000);
  await discord.answer(await discord.slash(discordUser, discord.inGuild(), 'help'));
}

const MODES: readonly Mode[] = [
  {
    name: 'console',
    env: () => ({}),
    firstReply: async ({ child, line }) => {
      child.stdin?.write('/help\n');
      await line('informational-interview coach');
    },
  },
  { name: 'Slack', env: () => slackEnv, firstReply: async ({ line }) => line(READY_LOG).then(slackReply) },
  { name: 'Discord', env: () => discordEnv, firstReply: async ({ line }) => line(READY_LOG).then(discordReply) },
  {
    name: 'Slack + Discord',
    env: () => ({ ...slackEnv, ...discordEnv }),
    firstReply: async ({ line }) =>
      line(READY_LOG)
        .then(() => Promise.all([slackReply(), discordReply()]))
        .then(() => undefined),
  },
];

/** Starts the built Rapport as `npm start` does, without npm, with `env` on a fresh SQLite file. */
function start(env: NodeJS.ProcessEnv, folder: string): Rapport {
  const child = spawn(process.execPath, START_ARGUMENTS, {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, LOG_LEVEL: 'info', DATABASE_PATH: join(folder, 'rapport.db'), DEFAULT_TIMEZONE: 'UTC', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiting = new Set<{ text: string; resolve: () => void }>();
  for (const input of [child.stdout, child.stderr]) {
    createInterface({ input }).on('line', (text) => {
      lines.push(text);
      for (const wait of waiting) if (text.includes(wait.text)) wait.resolve();
    });
  }
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) => {
      reject(new Error(`Rapport exited with ${String(code)}:\n${lines.join('\n')}`));
    });
  });
  // Its exit at the end of a run is expected: only a wait still pending hears of it.
  exited.catch(() => undefined);
  const line = (text: string): Promise<void> =>
    lines.some((seen) => seen.includes(text)) ? Promise.resolve() : Promise.race([new Promise<void>((resolve) => waiting.add({ text, resolve })), exited]);
  return { child, line };
}

/** Resident memory of process `pid`, from /proc. */
function residentBytes(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) * 1024;
}

/** One run of `mode`: milliseconds to the first reply, and bytes resident after idling. */
async function runOnce(mode: Mode): Promise<{ readyMs: number; idleBytes: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-startup-'));
  const started = performance.now();
  const rapport = start(mode.env(), folder);
  try {
    await Promise.race([
      mode.firstReply(rapport),
      sleep(READY_TIMEOUT_MS).then(() => Promise.reject(new Error(`${mode.name}: no reply within ${READY_TIMEOUT_MS} ms`))),
    ]);
    const readyMs = performance.now() - started;
    await sleep(IDLE_MS);
    return { readyMs, idleBytes: residentBytes(rapport.child.pid ?? 0) };
  } finally {
    const exit = new Promise((resolve) => rapport.child.once('exit', resolve));
    rapport.child.kill('SIGTERM');
    await exit;
    rmSync(folder, { recursive: true, force: true });
  }
}

const samples = new Map<string, { readyMs: number[]; idleMiB: number[] }>(MODES.map((mode) => [mode.name, { readyMs: [], idleMiB: [] }]));
for (let run = 0; run < RUNS; run++) {
  for (const mode of MODES) {
    const { readyMs, idleBytes } = await runOnce(mode);
    samples.get(mode.name)?.readyMs.push(readyMs);
    samples.get(mode.name)?.idleMiB.push(idleBytes / MiB);
  }
}
await slack.stop();
await discord.close();

const range = (values: readonly number[], format: (value: number) => string): string =>
  `${format(percentile(values, 50))} (${format(Math.min(...values))} to ${format(Math.max(...values))})`;
const mib = (value: number): string => `${value.toFixed(0)} MiB`;
process.stdout.write(
  [
    `Start-up benchmark: built Rapport (node ${START_ARGUMENTS.join(' ')}), SQLite file; ${RUNS} interleaved runs a mode, medians (range); ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    ...MODES.map((mode) => {
      const { readyMs, idleMiB } = samples.get(mode.name) ?? { readyMs: [], idleMiB: [] };
      return `  ${mode.name.padEnd(16)} first reply ${range(readyMs, ms)}   idle RSS ${range(idleMiB, mib)}`;
    }),
  ].join('\n') + '\n',
);
