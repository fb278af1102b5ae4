import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './run-rapport.js';

/** What the build bundles, and how: a change to any of them makes dist/ stale. */
const BUILD_INPUTS = ['src', 'adapters', 'commands', 'scripts/build.js', 'package-lock.json'];

/** The build's main output; every build rewrites it. */
const BUILT_MAIN = join(PROJECT_ROOT, 'dist', 'src', 'main.js');

/**
 * Vitest's global setup: the end-to-end tests start Rapport as `npm start` does, from the built
 * dist/, so build it first (`npm run build`, about a second) when any source is newer than the
 * last build. Nothing changed, this costs a few milliseconds.
 */
export default function buildWhenStale(): void {
  if (existsSync(BUILT_MAIN) && newestChange(BUILD_INPUTS.map((input) => join(PROJECT_ROOT, input))) <= statSync(BUILT_MAIN).mtimeMs) return;
  execFileSync(process.execPath, ['scripts/build.js'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
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
