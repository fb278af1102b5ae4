/**
 * Slack benchmark, over the HTTP receiver on loopback with the Slack fake as the Web API:
 * 1. latency from a signed slash-command request to its reply arriving at the response_url,
 *    p50 and p99, for Rapport's /questions and for a bare Bolt app that acknowledges and replies
 *    with a fixed text, interleaved in the same run, and the ratio. Like for like: both reply
 *    with the same request (a JSON POST to the response_url through the global fetch, which is
 *    what Bolt's `respond()` sends), and both get the same warm-up;
 * 2. /questions at a steady 200 requests a second for 30 seconds: errors and missed acks
 *    (an acknowledgement later than Slack's 3 seconds).
 * Rapport runs as `npm start` runs it (the build, with the start script's Node flags) on a SQLite
 * file in WAL mode, the bare app with the same flags; the fake and the load run in this process.
 * Run with `npm run bench:slack` (it builds first). Targets: p99 within
 * 1.5 times the bare app's; 200 requests a second for 30 s with no error and no missed ack.
 * BENCH_SECONDS and BENCH_RATE change the sustained phase.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { slashCommandFields } from '../test/fakes/slack/payloads.js';
import { SignedSender } from '../test/fakes/slack/signed-requests.js';
import { SlackFake } from '../test/fakes/slack/slack-fake.js';
import { freePort } from '../test/support/free-port.js';
import { bareBot, builtRapport, launch, START_FLAGS, stopAll } from './support/bot-process.js';
import { ms, percentile } from './support/figures.js';

const SECRET = 'bench-signing-secret';
const STUDENTS = 20;
const ROUNDS = 15;
const PER_ROUND = 200;
/** Requests to each app before measuring, as in bench:discord: V8 has optimized both paths by then. */
const WARMUP = 1500;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const ACK_DEADLINE_MS = 3_000;
const REPLY_DEADLINE_MS = 10_000;

const students = Array.from({ length: STUDENTS }, (_, index) => ({ id: `UBENCH${index}`, name: `student${index}` }));

/** One request: the acknowledgement's status and time, and the reply's time (NaN when none came). */
interface Sample {
  readonly status: number;
  readonly ackMs: number;
  readonly replyMs: number;
}

async function oneCommand(fake: SlackFake, sender: SignedSender, command: string, text: string, index: number): Promise<Sample> {
  const responseUrl = fake.responseUrl();
  const reply = fake.nextResponseTo(responseUrl);
  const started = performance.now();
  const student = students[index % STUDENTS] ?? { id: 'UBENCH0', name: 'student0' };
  const sent = await sender
    .slashCommand(slashCommandFields(command, text, student, `D${student.id}`, responseUrl))
    .catch(() => ({ status: 0, ms: Number.NaN }));
  const arrived = await Promise.race([
    reply.then(() => performance.now() - started),
    sleep(REPLY_DEADLINE_MS, undefined, { ref: false }).then(() => Number.NaN),
  ]);
  return { status: sent.status, ackMs: sent.ms, replyMs: arrived };
}

const fake = await SlackFake.start();
fake.addUsers(...students.map((student) => ({ id: student.id, name: student.name, tz: 'America/Toronto' })));
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-slack-'));
const [rapportPort, barePort] = [await freePort(), await freePort()];
const children: ChildProcess[] = [];
try {
  children.push(
    await launch({
      args: builtRapport(),
      env: {
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(rapportPort),
        DATABASE_PATH: join(dir, 'rapport.db'),
        LOG_LEVEL: 'info',
        DEFAULT_TIMEZONE: 'America/Toronto',
      },
      ready: '"msg":"Rapport started"',
    }),
    await launch({
      args: bareBot('bench/support/bare-bolt-app.ts'),
      env: { SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(barePort) },
      ready: 'ready',
    }),
  );
  const rapport = new SignedSender(`http://127.0.0.1:${rapportPort}/slack/events`, SECRET);
  const bare = new SignedSender(`http://127.0.0.1:${barePort}/slack/events`, SECRET);
  const questions = (index: number) => oneCommand(fake, rapport, '/questions', 'occupation nurse', index);
  const baseline = (index: number) => oneCommand(fake, bare, '/hello', '', index);

  for (let index = 0; index < WARMUP; index++) {
    await questions(index);
    await baseline(index);
  }
  const rapportSamples: Sample[] = [];
  const bareSamples: Sample[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let index = 0; index < PER_ROUND; index++) rapportSamples.push(await questions(index));
    for (let index = 0; index < PER_ROUND; index++) bareSamples.push(await baseline(index));
  }
  const replies = (samples: readonly Sample[]) => samples.map((sample) => sample.replyMs).filter((value) => !Number.isNaN(value));
  const [rapportP50, rapportP99] = [percentile(replies(rapportSamples), 50), percentile(replies(rapportSamples), 99)];
  const [bareP50, bareP99] = [percentile(replies(bareSamples), 50), percentile(replies(bareSamples), 99)];

  await sleep(2_000); // let the Home tab refreshes of the latency phase settle
  const sustained: Promise<Sample>[] = [];
  const total = SECONDS * RATE;
  const started = performance.now();
  for (let index = 0; index < total; index++) {
    const due = started + (index * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    sustained.push(questions(index));
  }
  const elapsed = (performance.now() - started) / 1000;
  const results = await Promise.all(sustained);
  const errors = results.filter((sample) => sample.status !== 200 || Number.isNaN(sample.replyMs)).length;
  const missedAcks = results.filter((sample) => sample.status !== 200 || sample.ackMs > ACK_DEADLINE_MS).length;
  const acks = results.map((sample) => sample.ackMs).filter((value) => !Number.isNaN(value));

  const lines = [
    `Slack benchmark: HTTP receiver on loopback, fake Web API, both apps with node ${START_FLAGS.join(' ')}; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
    `latency, signed slash command to reply at response_url (${ROUNDS * PER_ROUND} sequential requests each, interleaved rounds):`,
    `  /questions occupation nurse (Rapport)   p50 ${ms(rapportP50)}   p99 ${ms(rapportP99)}`,
    `  bare Bolt app, fixed text               p50 ${ms(bareP50)}   p99 ${ms(bareP99)}`,
    `  ratio Rapport / bare                    p50 ${(rapportP50 / bareP50).toFixed(2)}×   p99 ${(rapportP99 / bareP99).toFixed(2)}× (target p99 ≤ 1.5×)`,
    `sustained: /questions at ${RATE}/s for ${SECONDS} s: ${total} requests sent in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)}/s)`,
    `  errors ${errors}, missed acks ${missedAcks}; ack p50 ${ms(percentile(acks, 50))} p99 ${ms(percentile(acks, 99))}; reply p50 ${ms(percentile(replies(results), 50))} p99 ${ms(percentile(replies(results), 99))}`,
  ];
  console.log(lines.join('\n'));
} finally {
  await stopAll(children);
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
}
