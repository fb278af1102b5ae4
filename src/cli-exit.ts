/**
 * Prints `line` on standard error and exits with status 2: how Rapport's programs (`npm start`,
 * `npm run db:migrate`, `npm run slack:manifest`, `npm run discord:register`) stop on a problem the person can fix,
 * with one line that says what to do.
 */
export function exitWithLine(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}

/** The oldest Node.js major version Rapport runs on: better-sqlite3 13 needs 22. */
const OLDEST_NODE = 22;

/**
 * Exits with one line when this Node.js is too old for Rapport (run directly with a system Node
 * 20, say, rather than through npm, whose scripts use the Node 24 that `npm ci` installed).
 */
export function exitOnOldNode(version: string = process.versions.node): void {
  const major = Number(version.split('.')[0]);
  if (major >= OLDEST_NODE) return;
  exitWithLine(
    `Rapport needs Node.js ${OLDEST_NODE} or newer (24 LTS recommended), but this is Node.js ${version}: start it with npm (npm start runs the Node 24 that npm ci installed in node_modules/.bin), with node_modules/.bin/node, or install Node.js 24.`,
  );
}
