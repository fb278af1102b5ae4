import { afterEach, beforeEach } from 'vitest';
import { SlackFake, type FakeUser } from '../fakes/slack/slack-fake.js';

/**
 * Starts a Slack fake that knows `users` before each test of the enclosing suite and stops it
 * after; returns a getter for the current one.
 */
export function useSlackFake(...users: FakeUser[]): () => SlackFake {
  let fake: SlackFake | undefined;
  beforeEach(async () => {
    fake = await SlackFake.start();
    fake.addUsers(...users);
  });
  afterEach(async () => {
    await fake?.stop();
    fake = undefined;
  });
  return () => {
    if (fake === undefined) throw new Error('No Slack fake: call it inside a test.');
    return fake;
  };
}
