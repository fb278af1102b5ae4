/**
 * Prints `line` on standard error and exits with status 2: how Rapport's programs (`npm start`,
 * `npm run db:migrate`, `npm run slack:manifest`, `npm run discord:register`) stop on a problem the person can fix,
 * with one line that says what to do.
 */
export function exitWithLine(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}
