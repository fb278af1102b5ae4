import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outputIncludes } from './output-wait.js';

/** The project's root folder. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where the console saves the files of replies (exports) in tests: a temporary folder, never the project's own ./exports. */
const EXPORT_DIR = mkdtempSync(join(tmpdir(), 'rapport-exports-'));

/**
 * The environment a Rapport process started by a test gets: this one, less the test harness's
 * own RAPPORT_ variables (RAPPORT_TEST_DATABASE...), which Rapport would name as unknown settings.
 */
function childEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('RAPPORT_')));
  return { ...inherited, LOG_LEVEL: 'info', EXPORT_DIR, ...env };
}

/** What a finished Rapport process printed. */
export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `npm start` in the project as a person would, feeding `input` to standard input, and
 * resolves when the process exits.
 */
export function runRapport(input: string, env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runScript('start', env, input);
}

/** Runs `npm run <script>` in the project with `env`, feeding `input`, and resolves when it exits. */
export function runScript(script: string, env: NodeJS.ProcessEnv = {}, input = ''): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], { cwd: PROJECT_ROOT, env: childEnvironment(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

/** A Rapport process left running (a platform adapter serves until stopped). */
export interface RunningRapport {
  /** Everything it printed on standard error so far (the JSON log). */
  stderr(): string;
  /** Resolves when standard error contains `text`; rejects after `timeoutMs` or if the process exits first. */
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
  /** Kills the process and everything it started, and waits for it to exit. */
  kill(): Promise<void>;
}

/**
 * Starts `npm start` in `cwd` (the project by default) in its own process group with `env`, for
 * tests of a platform adapter that serves until killed. Always {@link RunningRapport.kill} it, in a `finally`.
 */
export function startRapport(env: NodeJS.ProcessEnv, cwd = PROJECT_ROOT): RunningRapport {
  const child = spawn('npm', ['start'], { cwd, env: childEnvironment(env), stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.on('close', () => {
      exited = true;
      resolve();
    });
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    stderr: () => stderr,
    waitForLog: (text, timeoutMs = 20_000) => outputIncludes(child.stderr, () => stderr, text, timeoutMs, 'Rapport'),
    kill: async () => {
      if (!exited && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      await exit;
    },
  };
}
