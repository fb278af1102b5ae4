import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PROJECT_ROOT } from './run-rapport.js';

/** What the build compiles, and its configuration: a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ['src', 'adapters', 'commands', 'tsconfig.json', 'tsconfig.build.json'];

/** tsc's record of the last build, inside dist/ (see tsconfig.build.json). */
const BUILD_INFO = join(PROJECT_ROOT, 'dist', '.tsbuildinfo');

/**
 * Vitest's global setup: the end-to-end tests start Rapport as `npm start` does, from the
 * compiled dist/, so compile it first when any source is newer than the last build. Nothing
 * changed, this costs a few milliseconds; changed, one incremental `npm run build`.
 */
export default function buildWhenStale(): void {
  if (existsSync(BUILD_INFO) && newestChange(BUILD_INPUTS.map((input) => join(PROJECT_ROOT, input))) <= statSync(BUILD_INFO).mtimeMs) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  // tsc leaves its record untouched when no output changed (a file saved as it was): mark the check as done.
  const now = new Date();
  utimesSync(BUILD_INFO, now, now);
}

/** The latest modification time of `paths` and of every file below them, in milliseconds. */
function newestChange(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) newest = Math.max(newest, newestChange(readdirSync(path).map((entry) => join(path, entry))));
  }
  return newest;
}
