/**
 * Discord benchmark: latency from INTERACTION_CREATE sent by the fake gateway to the interaction
 * callback received by the fake REST API, p50 and p99, for Rapport's `/questions plan` and for a
 * bare discord.js client that replies "ok", in the same run (interleaved rounds), and the ratio.
 * `/privacy show`, whose handler does next to nothing, shows what the adapter itself adds.
 * Rapport runs as `npm start` runs it (the build, with the start script's Node flags) on a SQLite
 * file in WAL mode, the bare client as its own process with the same flags; the fakes and the
 * timing run in this process. Run with `npm run bench:discord` (it builds first). Target:
 * Rapport's p99 within 1.5 times the bare client's. BENCH_CPU_PROF=<dir> writes both processes'
 * CPU profiles there.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { fakeUser, type FakeUser } from '../test/fakes/discord/payloads.js';
import { bareBot, builtRapport, launch, START_FLAGS, stopAll } from './support/bot-process.js';
import { slashLatency } from './support/discord-latency.js';
import { ms, percentile } from './support/figures.js';

const STUDENTS = 20;
/**
 * Interactions of each kind before measuring: V8 takes about this many to finish optimizing
 * Rapport's path (its median time to answer /questions falls from 1.8 to 0.8 ms over the first
 * 1,500), and the figures are meant for a bot that has been running.
 */
const WARMUP = 1500;
/**
 * Rounds of each target: 6,000 interactions each. A p99 is set by the slowest 1%; with 3,000
 * samples that is 30 interactions, and the ratio of two such tails moved by a third from one
 * run to the next on a shared machine. Twice the samples, in more and shorter stretches of
 * each target, steady the estimate without changing what it estimates.
 */
const ROUNDS = 30;
const PER_ROUND = 200;

/** Latencies of `perRound` interactions with each target in turn, `rounds` times over, by target. */
async function interleaved(targets: readonly ((index: number) => Promise<number>)[], rounds: number, perRound: number): Promise<number[][]> {
  const samples = targets.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [which, target] of targets.entries()) {
      for (let index = 0; index < perRound; index++) samples[which]?.push(await target(index));
      // The fakes run in this process: what they recorded would otherwise grow for the whole run, and its garbage collection land in later samples.
      for (const fake of fakes) fake.forgetHistory();
    }
  }
  return samples;
}

const fakes = [await FakeDiscord.start(), await FakeDiscord.start()] as const;
const [rapportFake, bareFake] = fakes;
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-discord-'));
const children: ChildProcess[] = [];
try {
  const common = { DISCORD_TOKEN: 'test-token', LOG_LEVEL: 'warn' };
  children.push(
    await launch({
      args: builtRapport(),
      env: {
        ...common,
        LOG_LEVEL: 'info',
        DISCORD_APPLICATION_ID: rapportFake.applicationId,
        DISCORD_API_URL: rapportFake.apiUrl,
        DATABASE_PATH: join(dir, 'rapport.db'),
        DEFAULT_TIMEZONE: 'America/Toronto',
      },
      ready: '"msg":"Rapport started"',
    }),
    await launch({ args: bareBot('bench/support/bare-discord-client.ts'), env: { ...common, DISCORD_API_URL: bareFake.apiUrl }, ready: 'ready' }),
  );
  await Promise.all([rapportFake.gateway.sessions(1, 30_000), bareFake.gateway.sessions(1, 30_000)]);
  const students = Array.from({ length: STUDENTS }, (_, index) => fakeUser(`student${index}`));
  const student = (index: number): FakeUser => students[index % STUDENTS] ?? fakeUser('student');
  const questions = (index: number) => slashLatency(rapportFake, student(index), 'questions', 'plan', { kind: 'occupation', subject: 'nurse' });
  const privacy = (index: number) => slashLatency(rapportFake, student(index), 'privacy', 'show');
  const bare = (index: number) => slashLatency(bareFake, student(index), 'hello');

  await interleaved([questions, privacy, bare], 1, WARMUP);
  const [rapportSamples = [], privacySamples = [], bareSamples = []] = await interleaved([questions, privacy, bare], ROUNDS, PER_ROUND);
  const [rapportP50, rapportP99, bareP50, bareP99] = [
    percentile(rapportSamples, 50),
    percentile(rapportSamples, 99),
    percentile(bareSamples, 50),
    percentile(bareSamples, 99),
  ];
  console.log(
    [
      `Discord benchmark: discord.js 14 over the fake gateway and REST on loopback, both bots with node ${START_FLAGS.join(' ')}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
      `latency, INTERACTION_CREATE sent to interaction callback received (${ROUNDS * PER_ROUND} sequential interactions each, interleaved rounds):`,
      `  /questions plan occupation nurse (Rapport)   p50 ${ms(rapportP50)}   p99 ${ms(rapportP99)}`,
      `  /privacy show (Rapport, a trivial handler)   p50 ${ms(percentile(privacySamples, 50))}   p99 ${ms(percentile(privacySamples, 99))}`,
      `  bare discord.js client replying "ok"         p50 ${ms(bareP50)}   p99 ${ms(bareP99)}`,
      `  ratio Rapport / bare                         p50 ${(rapportP50 / bareP50).toFixed(2)}×   p99 ${(rapportP99 / bareP99).toFixed(2)}× (target p99 ≤ 1.5×)`,
    ].join('\n'),
  );
} finally {
  await stopAll(children);
  await Promise.all([rapportFake.close(), bareFake.close()]);
  rmSync(dir, { recursive: true, force: true });
}
