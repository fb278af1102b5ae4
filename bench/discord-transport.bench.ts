/**
 * Why Rapport's Discord REST calls go through its own transport (adapters/discord/rest-transport.ts):
 * the bare discord.js client of `bench:discord`, run twice, once with discord.js's default
 * transport (undici) and once with Rapport's, each alone against the fake Discord. For each it
 * prints what the process allocates and promotes to the old generation per reply, its
 * young-generation collections (count and mean pause, from V8's `--trace-gc-nvp`) and the
 * latency from INTERACTION_CREATE sent to callback received. Run with `npm run bench:discord-transport`.
 */
import { cpus, totalmem } from 'node:os';
import { FakeDiscord } from '../test/fakes/discord/fake-discord.js';
import { fakeUser } from '../test/fakes/discord/payloads.js';
import { launch, slashLatency, stopAll } from './support/discord-bench-kit.js';
import { ms, percentile } from './support/figures.js';

const WARMUP = 1500;
const MEASURED = 6000;
const STUDENTS = 20;

/** One young-generation collection as `--trace-gc-nvp` reports it. */
interface Scavenge {
  readonly pauseMs: number;
  readonly allocated: number;
  readonly promoted: number;
}

/** A scavenge line of `--trace-gc-nvp` ("gc=s"), read; undefined for any other line. */
function scavengeOf(line: string): Scavenge | undefined {
  if (!line.includes(' gc=s ')) return undefined;
  const field = (name: string): number => Number(new RegExp(` ${name}=([0-9.]+)`).exec(line)?.[1] ?? Number.NaN);
  return { pauseMs: field('pause'), allocated: field('allocated'), promoted: field('promoted') };
}

async function measure(transport: 'discord.js default (undici)' | 'Rapport (node:http)'): Promise<string> {
  const fake = await FakeDiscord.start();
  const scavenges: Scavenge[] = [];
  const child = await launch({
    script: 'bench/support/bare-discord-client.ts',
    env: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, BARE_TRANSPORT: transport.startsWith('Rapport') ? 'rapport' : 'default' },
    ready: 'ready',
    nodeFlags: ['--trace-gc-nvp'],
    onLine: (line) => {
      const scavenge = scavengeOf(line);
      if (scavenge !== undefined) scavenges.push(scavenge);
    },
  });
  try {
    await fake.gateway.sessions(1, 30_000);
    const students = Array.from({ length: STUDENTS }, (_, index) => fakeUser(`student${index}`));
    const run = async (count: number): Promise<number[]> => {
      const samples: number[] = [];
      for (let index = 0; index < count; index++) {
        samples.push(await slashLatency(fake, students[index % STUDENTS] ?? fakeUser('student'), 'hello'));
        if (index % 200 === 199) fake.forgetHistory();
      }
      return samples;
    };
    await run(WARMUP);
    const before = scavenges.length;
    const samples = await run(MEASURED);
    // The last collection's line may still be on its way through the pipe.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const measured = scavenges.slice(before);
    const total = (key: keyof Scavenge): number => measured.reduce((sum, scavenge) => sum + scavenge[key], 0);
    const perReply = (bytes: number): string => `${(bytes / MEASURED / 1024).toFixed(1)} KB`;
    return [
      `  ${transport}:`,
      `    per reply: ${perReply(total('allocated'))} allocated, ${perReply(total('promoted'))} promoted to the old generation`,
      `    young-generation collections: ${measured.length}, mean pause ${ms(total('pauseMs') / Math.max(1, measured.length))}`,
      `    latency p50 ${ms(percentile(samples, 50))}   p99 ${ms(percentile(samples, 99))}`,
    ].join('\n');
  } finally {
    await stopAll([child]);
    await fake.close();
  }
}

const lines = [`Discord REST transport benchmark: a bare discord.js client, ${MEASURED} sequential interactions after ${WARMUP} warm-up; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`];
for (const transport of ['discord.js default (undici)', 'Rapport (node:http)'] as const) lines.push(await measure(transport));
console.log(lines.join('\n'));
