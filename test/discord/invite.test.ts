import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { BOT_PERMISSIONS, inviteUrl } from '../../adapters/discord/invite.js';
import { PROJECT_ROOT } from '../support/run-rapport.js';

describe('the bot invite link', () => {
  it('asks for what the cohort digest needs in a channel, and nothing more', () => {
    expect(new PermissionsBitField(BOT_PERMISSIONS).toArray().sort()).toEqual(['CreatePublicThreads', 'EmbedLinks', 'SendMessages', 'SendMessagesInThreads']);
  });

  it('adds the bot with its commands and those permissions, as the README shows', () => {
    const url = inviteUrl('APP_ID');
    expect(url).toBe('https://discord.com/oauth2/authorize?client_id=APP_ID&scope=bot+applications.commands&permissions=309237663744');
    expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain(url);
  });
});
