// @ts-check
/**
 * npm runs this after `npm ci` and `npm install`: it compiles Rapport into dist/ (`npm run build`),
 * so that the README's first command (`npm ci && npm start`) starts the compiled code. After
 * `npm ci --omit=dev` TypeScript is not installed: the dist/ built before is kept as it is, and a
 * missing one is named with the way to build it, without failing the install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';

/** @returns {string | undefined} the TypeScript compiler's script, when TypeScript is installed */
function typescriptCompiler() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

const tsc = typescriptCompiler();
if (tsc !== undefined) {
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
} else if (!existsSync('dist/src/main.js')) {
  process.stderr.write('Rapport is not built and TypeScript is not installed (--omit=dev): run `npm ci && npm run build` first, then `npm ci --omit=dev`.\n');
}
