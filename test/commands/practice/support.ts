import { afterEach, beforeEach } from 'vitest';
import { sql } from 'kysely';
import type { Rehearsal } from '../../../src/domain/practice/rehearsal-repository.js';
import type { RehearsalsTable } from '../../../src/storage/schema.js';
import { Harness, TEST_TENANT, type Replies, type Speaker } from '../../support/harness.js';

/** A fresh harness per test whose rehearsal seeds the test chooses; call `harness()` while a test runs. */
export interface PracticeHarness {
  readonly harness: () => Harness;
  /** The seeds the next rehearsals get, in order; once used up, every rehearsal gets seed 1. */
  readonly seeds: (...values: number[]) => void;
}

/** Sets up a {@link PracticeHarness} for each test of the calling suite. */
export function usePracticeHarness(): PracticeHarness {
  let harness: Harness | undefined;
  let queue: number[] = [];
  beforeEach(async () => {
    queue = [];
    harness = await Harness.create({ services: { seeds: () => queue.shift() ?? 1 } });
  });
  afterEach(() => harness?.close());
  return {
    harness: () => {
      if (harness === undefined) throw new Error('The harness exists only while a test runs.');
      return harness;
    },
    seeds: (...values) => {
      queue = values;
    },
  };
}

/** Sends each line in turn, as the student would, and returns the replies to the last one. */
export async function sendAll(speaker: Speaker, lines: readonly string[]): Promise<Replies> {
  let last: Replies | undefined;
  for (const line of lines) last = await speaker.send(line);
  if (last === undefined) throw new Error('Nothing was sent.');
  return last;
}

/** The student's active rehearsal, as stored. */
export function activeRehearsal(harness: Harness, userId: string): Promise<Rehearsal | undefined> {
  return harness.services.rehearsals.active({ tenant: TEST_TENANT, userId });
}

/** Every rehearsal row of a student, oldest first (of two started at the same moment, the one that ended first). */
export function rehearsalRows(harness: Harness, userId: string): Promise<RehearsalsTable[]> {
  return harness.database.db
    .selectFrom('rehearsals')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('started_at')
    .orderBy(sql`finished_at is null`)
    .execute();
}
