import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/run-rapport.js';

/** The build's metafile (scripts/build.js writes it; the global setup builds when sources changed). */
const META = JSON.parse(readFileSync(join(PROJECT_ROOT, 'dist', 'meta.json'), 'utf8')) as Metafile;
const MAIN = 'dist/src/main.js';

/** What a process loads from `entry` before any of its code runs: the outputs and the packages imported statically, transitively. */
function loadedAtStart(entry: string): { sources: string[]; packages: string[] } {
  const outputs = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let output = pending.pop(); output !== undefined; output = pending.pop()) {
    if (outputs.has(output)) continue;
    outputs.add(output);
    for (const imported of META.outputs[output]?.imports ?? []) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else pending.push(imported.path);
    }
  }
  return { sources: [...outputs].flatMap((output) => Object.keys(META.outputs[output]?.inputs ?? {})), packages: [...packages] };
}

/** Every source with code in an output: a file the bundler read but left out entirely (unused) is not one. */
const bundled = [
  ...new Set(
    Object.values(META.outputs).flatMap((output) =>
      Object.entries(output.inputs).flatMap(([source, { bytesInOutput }]) => (bytesInOutput > 0 ? [source] : [])),
    ),
  ),
];

/** Heavy code only some commands or modes need: it must wait for its first use. */
const HEAVY_SOURCES = [
  'node_modules/compromise/',
  'src/domain/questions/checker.ts',
  'src/domain/practice/engine.ts',
  'src/domain/practice/understand/model.ts',
  'src/domain/practice/understand/word-vectors.ts',
  'src/domain/questions/training/',
];
const HEAVY_PACKAGES = ['@slack/bolt', 'discord.js', 'pg', 'prom-client', 'chrono-node', 'chrono-node/en', 'vega', 'vega-lite', '@resvg/resvg-js'];

describe('what the built Rapport loads at start (npm start)', () => {
  const start = loadedAtStart(MAIN);

  it('leaves the question checker, the rehearsal engine and its models for their first use', () => {
    for (const heavy of HEAVY_SOURCES) {
      expect(bundled.some((source) => source.startsWith(heavy))).toBe(true);
      expect(start.sources.filter((source) => source.startsWith(heavy))).toEqual([]);
    }
  });

  it('loads no platform SDK, PostgreSQL driver, metrics library, date parser or chart library until configured or used', () => {
    expect(start.packages.filter((name) => HEAVY_PACKAGES.includes(name))).toEqual([]);
  });

  it('bundles only the parts of zod it uses: of its translations, English alone', () => {
    expect(start.sources.some((source) => source.startsWith('node_modules/zod/'))).toBe(true);
    expect(bundled.filter((source) => source.startsWith('node_modules/zod/v4/locales/'))).toEqual(['node_modules/zod/v4/locales/en.js']);
  });
});
