import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { CONFIG_VARIABLES } from './config.js';
import { closestMatch } from './core/suggest.js';

/** Where Rapport looks for its settings file: `.env` in the folder it is started from. */
export const ENV_FILE = '.env';

/**
 * Prefixes of the environment variables that look like Rapport's: an unknown one is most likely
 * a setting misnamed or one from another version, so it is named in a warning.
 */
const RAPPORT_PREFIXES = ['RAPPORT_', 'SLACK_', 'DISCORD_', 'DATABASE_', 'SHARD_', 'CADENCE_', 'METRICS_'];

/**
 * Reads the settings file at `path` into `env`, where a variable already set keeps its value
 * (the environment wins over the file, as a service manager's settings should), and returns a
 * warning for each variable Rapport does not know: every unknown name in the file, and in the
 * environment each unknown name that looks like Rapport's or is one typo away from one of its
 * settings. No file, no change.
 */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env, path: string = ENV_FILE): string[] {
  const fromFile = existsSync(path) ? parseEnv(readFileSync(path, 'utf8')) : {};
  for (const [name, value] of Object.entries(fromFile)) env[name] ??= value;
  const known = new Set<string>(CONFIG_VARIABLES);
  const inFile = new Set(Object.keys(fromFile));
  const warnings: string[] = [];
  for (const name of Object.keys(env)) {
    if (known.has(name)) continue;
    const suggestion = closestMatch(name, CONFIG_VARIABLES);
    if (!inFile.has(name) && !looksLikeRapports(name, suggestion)) continue;
    const where = inFile.has(name) ? `in ${path}` : 'in the environment';
    const hint = suggestion === undefined ? `the settings are listed in .env.example` : `did you mean ${suggestion}?`;
    warnings.push(`${name} (${where}) is not a Rapport setting and is ignored: ${hint}`);
  }
  return warnings;
}

/** An upper-case name with one of Rapport's prefixes, or close to one of its settings. */
function looksLikeRapports(name: string, suggestion: string | undefined): boolean {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  return suggestion !== undefined || RAPPORT_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * {@link readEnvironment} for the command-line programs (`npm run db:migrate`, `slack:manifest`,
 * `discord:register`), which have no log: each warning on a line of its own on standard error.
 */
export function readEnvironmentForCommandLine(): void {
  for (const warning of readEnvironment()) process.stderr.write(`Warning: ${warning}\n`);
}
