// @ts-check
/**
 * npm runs this after `npm ci` and `npm install`: it builds Rapport into dist/ (`npm run build`),
 * so that the README's first command (`npm ci && npm start`) starts the built code. After
 * `npm ci --omit=dev` the bundler is not installed: the dist/ built before is kept as it is, and a
 * missing one is named with the way to build it, without failing the install.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';

/** @returns {boolean} whether the bundler (a development dependency) is installed */
function bundlerInstalled() {
  try {
    createRequire(import.meta.url).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

if (bundlerInstalled()) {
  await import('./build.js');
} else if (!existsSync('dist/src/main.js')) {
  process.stderr.write('Rapport is not built and the bundler is not installed (--omit=dev): run `npm ci && npm run build` first, then `npm ci --omit=dev`.\n');
}
