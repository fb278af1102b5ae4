import { afterEach, beforeEach } from 'vitest';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { Harness, TEST_TENANT, type Speaker } from './harness.js';

/** Monday 23 November 2026, 09:00 in Toronto (the harness's default zone). */
export const MONDAY_9AM_TORONTO = new Date('2026-11-23T14:00:00Z');

/** One student, Ana, on a fresh harness for each test of the enclosing suite. */
export interface StudentUnderTest {
  /** The current harness. */
  readonly harness: () => Harness;
  /** Ana, in her DM with Rapport. */
  readonly ana: () => Speaker;
  /** Ana as a repository recipient. */
  readonly mine: Recipient;
}

/** Creates a harness starting Monday 09:00 in Toronto before each test and closes it after. */
export function useStudent(): StudentUnderTest {
  let current: Harness | undefined;
  beforeEach(async () => {
    current = await Harness.create({ start: MONDAY_9AM_TORONTO });
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const harness = (): Harness => {
    if (current === undefined) throw new Error('No harness: call it inside a test.');
    return current;
  };
  return { harness, ana: () => harness().as('ana'), mine: { tenant: TEST_TENANT, userId: 'ana' } };
}
