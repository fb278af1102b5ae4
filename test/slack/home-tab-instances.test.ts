import { SLACK_COMMANDS } from '../support/command-writers.js';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HomeTab } from '../../adapters/slack/home-tab.js';
import { homePage } from '../../commands/home/home-page.js';
import { requestClientOptions } from '../../adapters/slack/web-api.js';
import { silentLogger } from '../../src/logger.js';
import { SlackFake } from '../fakes/slack/slack-fake.js';
import { Harness } from '../support/harness.js';

const tenant = { platform: 'slack' as const, workspaceId: 'T1' };
const ana = { tenant, userId: 'UANA' };

/** Two Rapport instances' Home tabs over one database and one Slack, as behind a load balancer. */
describe('the Home tab across instances', () => {
  let fake: SlackFake;
  let harness: Harness;
  const instance = () =>
    new HomeTab({
      client: new webApi.WebClient('xoxb-test', requestClientOptions(fake.apiUrl, silentLogger())),
      services: harness.services,
      clock: harness.clock,
      logger: silentLogger(),
      commands: SLACK_COMMANDS,
      run: (task) => task(),
      page: (student, profile, now) => homePage(harness.services, student, profile, now),
    });

  beforeEach(async () => {
    fake = await SlackFake.start();
    harness = await Harness.create();
  });
  afterEach(async () => {
    await harness.close();
    await fake.stop();
  });

  it('refreshes on the instance that handles the next command a tab opened on another', async () => {
    const [first, second] = [instance(), instance()];
    first.opened(ana);
    await first.drain();
    expect(fake.callsOf('views.publish')).toHaveLength(1);

    second.refresh(ana);
    await second.drain();
    expect(fake.callsOf('views.publish')).toHaveLength(2);
    expect((await harness.services.users.find(tenant, ana.userId))?.homeOpenedAt).toEqual(harness.clock.now());
  });

  it('does not publish for a student who has not opened the tab lately', async () => {
    const [first, second] = [instance(), instance()];
    second.refresh(ana);
    await second.drain();
    expect(fake.callsOf('views.publish')).toHaveLength(0);

    first.opened(ana);
    await first.drain();
    harness.clock.advance(25 * 60 * 60_000); // a day and an hour later
    second.refresh(ana);
    await second.drain();
    expect(fake.callsOf('views.publish')).toHaveLength(1);
  });
});
