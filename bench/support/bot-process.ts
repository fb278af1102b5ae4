/**
 * Starting the bots the benchmarks measure, as `npm start` starts Rapport: the built Rapport
 * (dist/src/main.js, `npm run build`) with the Node flags of package.json's start script, and a
 * bare baseline bot (TypeScript, through tsx) with the same flags, so both run on the same
 * engine settings (the young generation's size sets how often each collects garbage).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../test/support/run-rapport.js';

/** `npm start`'s arguments to node: its flags, then the built program. */
export const START_ARGUMENTS: readonly string[] = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(' ')
  .slice(1);

/** `npm start`'s flags to node, without the program. */
export const START_FLAGS: readonly string[] = START_ARGUMENTS.filter((argument) => argument.startsWith('--'));

/** Node's arguments for the built Rapport, as `npm start` runs it. */
export function builtRapport(): readonly string[] {
  return START_ARGUMENTS;
}

/** Node's arguments for a bare bot written in TypeScript, with `npm start`'s flags. */
export function bareBot(script: string): readonly string[] {
  return [...START_FLAGS, '--import', 'tsx/esm', script];
}

/** How to start one bot process. */
export interface Launch {
  /** Node's arguments: {@link builtRapport} or {@link bareBot}. */
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Text of the output line that says the bot is ready. */
  readonly ready: string;
  /** Called with every line the process prints, on either stream. */
  readonly onLine?: (line: string) => void;
}

/**
 * Node flags from BENCH_CPU_PROF=<dir>: a CPU profile of each process, written there when it
 * exits. Added before the others.
 */
function profilingFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

/** Starts a bot and resolves once a line of its output contains `ready`; rejects if it exits or takes a minute. */
export async function launch({ args, env, ready, onLine }: Launch): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...profilingFlags(), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const seen = new Promise<void>((resolve, reject) => {
    for (const input of [child.stdout, child.stderr]) {
      createInterface({ input }).on('line', (line) => {
        output.push(line);
        onLine?.(line);
        if (line.includes(ready)) resolve();
      });
    }
    child.once('exit', (code) => {
      reject(new Error(`node ${args.join(' ')} exited with ${String(code)} before it was ready:\n${output.join('\n')}`));
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
