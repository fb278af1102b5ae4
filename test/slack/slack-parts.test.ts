import { describe, expect, it } from 'vitest';
import { actionIdOf, refOfActionId, refOfCallbackId } from '../../adapters/slack/action-id.js';
import { slackCommandNames } from '../../adapters/slack/command-names.js';
import { commandText, fromMessage, typedText } from '../../adapters/slack/slack-inbound.js';
import { BOT_EVENTS, BOT_SCOPES, slackManifest } from '../../adapters/slack/manifest.js';
import { deliveryFailure } from '../../adapters/slack/slack-messenger.js';
import { webApi } from '@slack/bolt';
import { COMMANDS } from '../../commands/index.js';

const NAMES = COMMANDS.map((command) => command.name);

describe('Slack command names', () => {
  it("renames /remind (Slack's own) and /help by default, and maps both ways", () => {
    const names = slackCommandNames(NAMES, {});
    expect(names.slashOf('remind')).toBe('/nudge');
    expect(names.slashOf('help')).toBe('/rapport');
    expect(names.slashOf('log')).toBe('/log');
    expect(names.commandOf('/nudge')).toBe('remind');
    expect(names.commandOf('/remind')).toBeUndefined();
    expect(slackCommandNames(NAMES, { log: 'journal' }).commandOf('/journal')).toBe('log');
  });

  it('refuses a rename of no command, a built-in name and two commands on one name', () => {
    expect(() => slackCommandNames(NAMES, { reminder: 'x' })).toThrow(/renames "reminder", which is not a command/);
    expect(() => slackCommandNames(NAMES, { remind: 'remind' })).toThrow(/\/remind is a Slack built-in command/);
    expect(() => slackCommandNames(NAMES, { log: 'questions' })).toThrow(/questions and log would both be \/questions/);
  });
});

describe('action and callback ids', () => {
  it('carry an action reference, payload colons and all', () => {
    const ref = { command: 'questions', action: 'more', payload: 'abc:2' };
    expect(refOfActionId(actionIdOf(ref, 3))).toEqual(ref);
    expect(refOfActionId(actionIdOf({ command: 'log', action: 'add-form' }, 0))).toEqual({ command: 'log', action: 'add-form' });
    expect(refOfActionId('someone-else')).toBeUndefined();
    expect(refOfCallbackId('other-modal')).toBeUndefined();
  });
});

describe('inbound messages', () => {
  it("reads what the person typed out of Slack's escaping", () => {
    expect(typedText('R&amp;D &lt;3 <https://x.org|x.org> <mailto:a@b.c|a@b.c> <@U1>')).toBe('R&D <3 x.org a@b.c @U1');
  });

  it('hands a command the people mentioned in it as person tokens, so they are named by id', () => {
    expect(commandText('add <@U1|ben> and <@W2> at <https://x.org|x.org>, R&amp;D')).toBe('add <u:U1> and <u:W2> at x.org, R&D');
    expect(typedText('ask <@U1|ben>')).toBe('ask ben');
  });

  it("takes only people's new messages in a DM", () => {
    const event = { channel_type: 'im', user: 'U1', text: 'hi', channel: 'D1' };
    expect(fromMessage(event, 'T1', 'UBOT')?.inbound).toEqual({ kind: 'message', text: 'hi' });
    expect(fromMessage({ ...event, user: 'UBOT' }, 'T1', 'UBOT')).toBeUndefined();
    expect(fromMessage({ ...event, bot_id: 'B2' }, 'T1', 'UBOT')).toBeUndefined();
    expect(fromMessage({ ...event, subtype: 'message_changed' }, 'T1', 'UBOT')).toBeUndefined();
    expect(fromMessage({ ...event, channel_type: 'channel' }, 'T1', 'UBOT')).toBeUndefined();
  });
});

describe('slackManifest', () => {
  it('needs no request URL in Socket Mode', () => {
    const manifest = slackManifest(COMMANDS, slackCommandNames(NAMES, {}), { socketMode: true }) as {
      features: { slash_commands: { command: string; usage_hint: string; url?: string }[] };
      oauth_config: unknown;
      settings: Record<string, unknown>;
    };
    expect(manifest.features.slash_commands.map((command) => command.command)).toContain('/nudge');
    expect(manifest.features.slash_commands.every((command) => command.url === undefined && command.usage_hint.length <= 100)).toBe(true);
    expect(manifest.oauth_config).toEqual({ scopes: { bot: [...BOT_SCOPES] } });
    expect(manifest.settings).toEqual({
      event_subscriptions: { bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: true,
      token_rotation_enabled: false,
    });
  });

  it('points every request URL at the public URL in HTTP mode', () => {
    const manifest = slackManifest(COMMANDS, slackCommandNames(NAMES, { log: 'journal' }), { socketMode: false, publicUrl: 'https://rapport.example.org/' });
    const text = JSON.stringify(manifest);
    expect(text.match(/"(url|request_url)":"https:\/\/rapport\.example\.org\/slack\/events"/g)).toHaveLength(COMMANDS.length + 2);
    expect(text).toContain('"command":"/journal"');
    expect(text).toContain('"socket_mode_enabled":false');
  });
});

describe('delivery outcomes', () => {
  const platformError = (code: string) => Object.assign(new Error(code), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error: code } });

  it('treats a person gone, a bot or a missing channel as permanent, and the rest as worth a retry', () => {
    for (const code of ['user_not_found', 'cannot_dm_bot', 'account_inactive', 'channel_not_found', 'user_disabled']) {
      expect(deliveryFailure(platformError(code), false)).toEqual({ ok: false, permanent: true, reason: `slack: ${code}`, maybeSent: false });
    }
    expect(deliveryFailure(platformError('internal_error'))).toMatchObject({ ok: false, permanent: false });
    // Slack's answer may have been lost after it posted: perhaps sent, whatever came before.
    expect(deliveryFailure(new Error('socket hang up'), false)).toEqual({ ok: false, permanent: false, reason: 'socket hang up', maybeSent: true });
  });
});
