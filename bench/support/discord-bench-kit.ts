/**
 * What the Discord benchmarks share: starting a bot process as `npm start` starts Rapport, and
 * timing one slash command through the fakes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { FakeDiscord } from '../../test/fakes/discord/fake-discord.js';
import type { FakeUser } from '../../test/fakes/discord/payloads.js';
import { PROJECT_ROOT } from '../../test/support/run-rapport.js';

/** How to start one bot process. */
export interface Launch {
  readonly script: string;
  readonly env: NodeJS.ProcessEnv;
  /** Text of the output line that says the bot is ready. */
  readonly ready: string;
  /** Node flags before the script (e.g. `--trace-gc-nvp`). */
  readonly nodeFlags?: readonly string[];
  /** Called with every line the process prints, on either stream. */
  readonly onLine?: (line: string) => void;
}

/** Runs `node --import tsx/esm <script>` (as `npm start` runs Rapport) and resolves once a line of its output contains `ready`. */
export async function launch({ script, env, ready, nodeFlags = [], onLine }: Launch): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx/esm', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen = new Promise<void>((resolve, reject) => {
    for (const input of [child.stdout, child.stderr]) {
      createInterface({ input }).on('line', (line) => {
        onLine?.(line);
        if (line.includes(ready)) resolve();
      });
    }
    child.once('exit', (code) => {
      reject(new Error(`${script} exited with ${String(code)} before it was ready`));
    });
  });
  const timeout = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await seen.finally(() => {
    clearTimeout(timeout);
  });
  return child;
}

/** Ends the processes and waits for each to exit. */
export async function stopAll(children: readonly ChildProcess[]): Promise<void> {
  for (const child of children) {
    child.kill('SIGTERM');
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** One slash command in the fake's server: the time from the gateway dispatch to the interaction callback. */
export async function slashLatency(
  fake: FakeDiscord,
  student: FakeUser,
  command: string,
  subcommand?: string,
  values: Readonly<Record<string, string>> = {},
): Promise<number> {
  const answered = await fake.slash(student, fake.inGuild(), command, subcommand, values);
  return answered.answeredAt - answered.sentAt;
}
