import type * as Checker from '../../src/domain/questions/checker.js';

/**
 * The question checker, loaded on its first use rather than at start: with compromise (whose
 * English lexicon is built as it loads) and its labelled examples it adds about 35 MiB of resident
 * memory, which a process where nobody checks a question should not hold. Later calls get the
 * module already loaded.
 */
export function questionChecker(): Promise<typeof Checker> {
  return import('../../src/domain/questions/checker.js');
}
