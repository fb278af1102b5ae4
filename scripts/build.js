// @ts-check
/**
 * `npm run build`: bundles Rapport into dist/ with esbuild, one file per program (dist/src/main.js
 * for `npm start`, and the operational scripts), code shared between them and the code loaded on
 * demand (each platform's adapter, each database engine) in dist/chunks/, with source maps.
 * Type checking is `npm run typecheck`'s job. Rapport's own code and its small pure-JavaScript
 * libraries (kysely, zod, luxon, p-queue, lru-cache) are bundled: loaded as hundreds of separate modules,
 * kysely and zod alone cost 487 ms and 23 MiB at start, bundled 179 ms and 17 MiB (Node 24, 2-core
 * machine). Native, heavy or self-loading packages stay in node_modules: better-sqlite3 (native),
 * pg, @slack/bolt, discord.js and prom-client (CommonJS, loaded only when configured), pino
 * (loads its transports by path) and chrono-node (loaded on first use), and the chart libraries:
 * @resvg/resvg-js (native, its binary in a per-platform package), vega and vega-lite (large, loaded
 * on the first chart). The chart font is read by path from its package in node_modules.
 * Whitespace and comments are left out: V8 keeps every loaded file's text in memory, a file with
 * one character beyond ASCII at twice the size (2 MiB less at idle); the source maps still give
 * stack traces their TypeScript lines. dist/ is emptied first, so that no chunk of an earlier
 * build is left behind.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

/** The programs: `npm start`, `npm run db:migrate`, `slack:manifest` and `discord:register`. */
const ENTRY_POINTS = ['src/main.ts', 'src/storage/migrate-cli.ts', 'adapters/slack/manifest-cli.ts', 'adapters/discord/register-commands.ts'];

/** Packages loaded from node_modules at run time rather than bundled (see above). */
const EXTERNAL = ['better-sqlite3', 'pg', '@slack/bolt', 'discord.js', 'pino', 'chrono-node', 'prom-client', '@resvg/resvg-js', 'vega', 'vega-lite'];

rmSync('dist', { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: ENTRY_POINTS,
  outdir: 'dist',
  outbase: '.',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  external: EXTERNAL,
  sourcemap: true,
  minifyWhitespace: true,
  // The maps point at the sources in the repository; copying them in would only make dist/ larger.
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
});
// What each output holds and imports, statically or on demand: test/build/lean-start.test.ts reads it.
writeFileSync('dist/meta.json', JSON.stringify(metafile));
