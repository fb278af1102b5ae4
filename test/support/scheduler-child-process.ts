import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './run-rapport.js';

const CHILD = join(PROJECT_ROOT, 'test', 'support', 'scheduler-child.ts');

/** The child that delivers through a real platform adapter (see delivery-child.ts). */
export const DELIVERY_CHILD = join(PROJECT_ROOT, 'test', 'support', 'delivery-child.ts');

/** A running scheduler child (see scheduler-child.ts). */
export interface SchedulerChild {
  /** What it had printed when the promise resolved. */
  readonly stdout: string;
  /** Kills it at once (SIGKILL), as a crash would. */
  readonly kill: () => void;
  /** Resolves with its exit code (null when killed). */
  readonly exited: Promise<number | null>;
}

/** What a scheduler child prints last: its summary. */
export interface ChildSummary {
  readonly delivered: number;
  readonly handedOver: number;
  readonly posted: number;
  readonly ms: number;
  readonly rssMiB: number;
}

/** Starts the scheduler child (or `script`) with `env`; resolves once it exits, or once it printed `until`. */
export function runSchedulerChild(env: NodeJS.ProcessEnv, until?: string, script = CHILD): Promise<SchedulerChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // A child left running when the test worker exits (a test that timed out) would hold the
    // worker's stderr open and keep the whole run from ending.
    const killOnExit = (): void => void child.kill('SIGKILL');
    process.once('exit', killOnExit);
    let stdout = '';
    const exited = new Promise<number | null>((done) => child.on('close', done));
    void exited.then(() => process.off('exit', killOnExit));
    const result = () => ({ stdout, kill: () => child.kill('SIGKILL'), exited });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until !== undefined && stdout.includes(until)) resolve(result());
    });
    child.on('error', reject);
    void exited.then(() => {
      resolve(result());
    });
  });
}

/** The summary line a finished child printed. */
export function summaryOf(stdout: string): ChildSummary {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as ChildSummary;
}
