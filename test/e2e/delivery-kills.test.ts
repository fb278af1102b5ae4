import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/open-database.js';
import { loadConfig } from '../../src/config.js';
import { deliverThroughKills, fakeDiscord, fakeSlack, scheduleNudges, type FakePlatform } from '../support/kill-run.js';
import { freshDatabaseEnv, type DatabaseEnv } from '../support/test-database.js';

const STUDENTS = 2000;

/**
 * Exactly once through crashes: 2,000 due nudges delivered by real Rapport processes (the real
 * scheduler and platform adapter) to a platform's fake, with 6 SIGKILLs while they go out. The
 * ledger records each delivery before it is sent, so whatever a killed process left unsure is
 * checked first (Slack's history, Discord's DM messages) rather than doubled.
 */
describe.each([
  ['Slack', fakeSlack],
  ['Discord', fakeDiscord],
])('nudges on %s through 6 SIGKILLs', (_name, startFake) => {
  let platform: FakePlatform | undefined;
  let database: DatabaseEnv | undefined;
  afterEach(async () => {
    await platform?.stop();
    await database?.drop();
  });

  it('arrive exactly once each on SQLite: none lost, none doubled', { timeout: 420_000 }, async () => {
    platform = await startFake();
    database = await freshDatabaseEnv('sqlite');
    const store = await openDatabase(loadConfig(database.env).database);
    await scheduleNudges(platform, store, STUDENTS);
    await store.close();

    expect(await deliverThroughKills(platform, database.env, { instances: 1, kills: 6, every: 150 })).toBe(6);

    const messages = platform.messagesPer(STUDENTS);
    expect(messages.filter((count) => count === 0)).toHaveLength(0);
    expect(messages.filter((count) => count > 1)).toHaveLength(0);
    // The kills did land mid-delivery: some deliveries were left unsure, and were settled without a repeat.
    expect(platform.rechecks()).toBeGreaterThan(0);
  });
});
