import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startRapportOnDiscord, type RapportOnDiscord, type RapportOnDiscordOptions } from './rapport-on-discord.js';

/**
 * Serves Rapport on a fake Discord, through the real discord.js client, for the enclosing suite:
 * a fresh one before each test and stopped after it, or with `'suite'` one shared by all its tests;
 * returns a getter for the current one.
 */
export function useRapportOnDiscord(options: RapportOnDiscordOptions = {}, lifetime: 'test' | 'suite' = 'test'): () => RapportOnDiscord {
  let rapport: RapportOnDiscord | undefined;
  const [before, after] = lifetime === 'test' ? [beforeEach, afterEach] : [beforeAll, afterAll];
  before(async () => {
    rapport = await startRapportOnDiscord(options);
  });
  after(async () => {
    await rapport?.stop();
    rapport = undefined;
  });
  return () => {
    if (rapport === undefined) throw new Error('No Rapport on Discord: call it inside a test.');
    return rapport;
  };
}
