import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_TEAM } from '../../fakes/slack/slack-fake.js';
import { ANA, SlackWorld, textOf } from './slack-world.js';

const tenant = { platform: 'slack' as const, workspaceId: FAKE_TEAM };
const mine = { tenant, userId: ANA.id };

describe('Slack end to end: the everyday flows a student relies on', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start('http');
  });
  afterEach(() => world.stop());

  it('asks about a command word instead of storing it, and the button adds the contact only when pressed', async () => {
    const { responseUrl } = await world.slash(ANA, '/log lsit');
    const asked = await world.reply(responseUrl, /Did you mean `\/log list`\?/);
    expect(await world.app.services.contacts.list(mine)).toEqual([]);
    const pressUrl = world.fake.responseUrl();
    await world.press(ANA, asked, 'Add contact “lsit”', { type: 'message', channelId: `D${ANA.id}`, responseUrl: pressUrl });
    await world.reply(pressUrl, /Added \*lsit\* to your journal/);
    expect((await world.app.services.contacts.list(mine)).map((contact) => contact.name)).toEqual(['lsit']);
  });

  it('shows help after a subcommand with --help, in Slack\'s spelling of the command', async () => {
    const { responseUrl } = await world.slash(ANA, '/nudge snooze --help');
    const help = await world.reply(responseUrl, /\/nudge snooze/);
    expect(textOf(help)).toMatch(/`\/nudge snooze (<|&lt;)number(>|&gt;) (<|&lt;)duration\.\.\.(>|&gt;)`/);
    expect(await world.app.services.reminders.upcoming(mine, 5)).toEqual([]);
  });

  it('takes an unquoted multi-word name', async () => {
    const { responseUrl } = await world.slash(ANA, '/log request Dana Lee');
    await world.reply(responseUrl, /Request sent to \*Dana Lee\*/);
  });
});
