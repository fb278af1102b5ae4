import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/open-database.js';
import { deliverThroughKills, fakeDiscord, fakeSlack, scheduleNudges, type FakePlatform } from '../support/kill-run.js';
import { freshDatabaseEnv, type DatabaseEnv } from '../support/test-database.js';

const STUDENTS = 2000;

/**
 * Exactly once through crashes with several instances: three Rapport processes share one
 * PostgreSQL database and deliver 2,000 due nudges to a platform's fake, one of them killed
 * (SIGKILL) six times, in turn, while the nudges go out, and started again each time.
 */
describe.each([
  ['Slack', fakeSlack],
  ['Discord', fakeDiscord],
])('nudges on %s from 3 instances on PostgreSQL through 6 SIGKILLs', (_name, startFake) => {
  let platform: FakePlatform | undefined;
  let database: DatabaseEnv | undefined;
  afterEach(async () => {
    await platform?.stop();
    await database?.drop();
  });

  it('arrive exactly once each: none lost, none doubled', { timeout: 600_000 }, async () => {
    platform = await startFake();
    database = await freshDatabaseEnv('postgres');
    const store = await openDatabase({ kind: 'postgres', url: database.env.DATABASE_URL ?? '', poolSize: 2 });
    await scheduleNudges(platform, store, STUDENTS);
    await store.close();

    expect(await deliverThroughKills(platform, database.env, { instances: 3, kills: 6, every: 100 })).toBe(6);

    const messages = platform.messagesPer(STUDENTS);
    expect(messages.filter((count) => count === 0)).toHaveLength(0);
    expect(messages.filter((count) => count > 1)).toHaveLength(0);
    expect(platform.rechecks()).toBeGreaterThan(0);
  });
});
