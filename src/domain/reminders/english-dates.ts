import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node/en';

let parser: typeof chrono | undefined;

/**
 * chrono-node's English parser, loaded the first time a date is read. chrono-node's main entry
 * loads every locale (19 MiB and 420-550 ms at start on a 2-core machine); its English entry
 * alone is 7.7 MiB and 60 ms, and a session that never reads a date does not pay even that.
 */
export function englishDates(): typeof chrono {
  parser ??= createRequire(import.meta.url)('chrono-node/en') as typeof chrono;
  return parser;
}
