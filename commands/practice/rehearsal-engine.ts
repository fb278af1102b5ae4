import type * as Engine from '../../src/domain/practice/engine.js';

/**
 * The rehearsal engine, loaded when a rehearsal starts or goes on rather than at start: its
 * scenarios, graders, the question checker and the models that understand the student add tens
 * of MiB that a process where nobody rehearses should not hold. Later calls get the module
 * already loaded.
 */
export function rehearsalEngine(): Promise<typeof Engine> {
  return import('../../src/domain/practice/engine.js');
}
